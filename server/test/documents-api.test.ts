import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedHub } from '../../fixtures/demo/seed-hub.js';
import { startTestHub, type TestHub } from './harness.js';

let hub: TestHub;
let packer: string;
let shipped: { id: number; tracking: string };
let tiktokShipped: number;

beforeAll(async () => {
  hub = await startTestHub();
  await seedHub(hub.pool, { orders: 60, seed: 5 });
  packer = await hub.signIn('PACKER');
  const { rows } = await hub.pool.query(
    `select id, tracking_number from app.package where shipping_type = 'SELLER' and tracking_number is not null order by id limit 1`,
  );
  shipped = { id: rows[0].id, tracking: rows[0].tracking_number };
  tiktokShipped = (await hub.pool.query(`select id from app.package where shipping_type = 'TIKTOK' order by id limit 1`)).rows[0].id;
});
afterAll(() => hub?.close());

const get = (path: string, token?: string) => fetch(`${hub.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

test('a packer downloads a package’s packing slip, label and ZPL label', async () => {
  const slip = await get(`/documents/packages/${shipped.id}/packing-slip.pdf`, packer);
  expect(slip.status).toBe(200);
  expect(slip.headers.get('content-type')).toBe('application/pdf');
  expect(Buffer.from(await slip.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

  const label = await get(`/documents/packages/${encodeURIComponent(`gid://consign/Package/${shipped.id}`)}/label.pdf`, packer);
  expect(label.status).toBe(200);
  const pdf = Buffer.from(await label.arrayBuffer());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  if (existsSync('/usr/bin/pdftotext')) {
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
    expect(text.replace(/\s/g, '')).toContain(shipped.tracking);
  } else {
    console.warn('pdftotext missing: the label text was not checked');
  }

  const zpl = await (await get(`/documents/packages/${shipped.id}/label.zpl`, packer)).text();
  expect(zpl.startsWith('^XA')).toBe(true);
  expect(zpl).toContain(shipped.tracking);
});

test('TikTok-shipped packages have no label of ours; strangers and partners get nothing', async () => {
  const noLabel = await get(`/documents/packages/${tiktokShipped}/label.pdf`, packer);
  expect(noLabel.status).toBe(409);
  expect((await noLabel.json()).errors[0].extensions.code).toBe('NO_LABEL');
  expect((await get(`/documents/packages/${shipped.id}/packing-slip.pdf`)).status).toBe(401);
  expect((await get(`/documents/packages/999999/packing-slip.pdf`, packer)).status).toBe(404);

  const admin = await hub.signIn('ADMIN');
  const partner = (await hub.gql(`mutation { partnerCreate(name: "Docs 3PL") { partner { id } } }`, {}, admin)).data.partnerCreate.partner;
  const token = (
    await hub.gql(`mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token } }`, { i: { name: '3pl', kind: 'THREE_PL', partnerId: partner.id } }, admin)
  ).data.apiTokenCreate.token;
  expect((await get(`/documents/packages/${shipped.id}/packing-slip.pdf`, token)).status).toBe(404);
  await hub.pool.query('update app.package set partner_id = $1 where id = $2', [Number(partner.id.split('/').pop()), shipped.id]);
  expect((await get(`/documents/packages/${shipped.id}/packing-slip.pdf`, token)).status).toBe(200);
});
