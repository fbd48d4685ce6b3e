import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTikTokEmulator, type TikTokEmulator } from '../../fixtures/tiktok-shop/index.js';
import { WEBHOOK_PATH } from '../src/sync/webhook-intake.js';
import { singleHostTikTokApp } from '../src/hub.js';
import { startTestHub, type TestHub } from './harness.js';
import { waitUntil } from './wait.js';

let emu: TikTokEmulator;
let hub: TestHub;
let admin: string;

const SHOPS = `{ shops { id tiktokShopId status sync { reauthorizeBy backfill { status } lastWebhookAt } } }`;

beforeAll(async () => {
  // An authorization that lasts 30 days and 5 seconds: TikTok's expiry notices start 30 days before the
  // end, so 5 seconds after consent (a small clock step keeps requests inside TikTok's timestamp window).
  emu = await startTikTokEmulator({ port: 0, seed: 3, orders: 30, config: { authorizationLifetimeSeconds: 30 * 86_400 + 5 } });
  hub = await startTestHub({
    workers: true,
    tiktokApp: singleHostTikTokApp(emu),
  });
  emu.controls.setWebhookUrl(hub.url + WEBHOOK_PATH);
  admin = await hub.signIn('ADMIN');
});
afterAll(async () => {
  await hub?.close();
  await emu?.stop();
});

async function connect() {
  const started = await hub.gql(`mutation { shopConnectStart { authorizeUrl userErrors { code } } }`, {}, admin);
  const state = new URL(started.data.shopConnectStart.authorizeUrl).searchParams.get('state')!;
  // The seller approves on TikTok's page, which redirects to our callback with a code.
  const res = await fetch(`${hub.url}/oauth/tiktok/callback?code=${encodeURIComponent(emu.controls.authorize())}&state=${state}`, { redirect: 'manual' });
  expect(res.status).toBe(303);
  expect(res.headers.get('location')).toMatch(/^\/#\/shops\?connected=\d+/);
}

test('connecting through the consent callback imports the shop and its orders', async () => {
  await connect();
  await waitUntil(hub.databaseUrl, 'the backfill is done', async () => {
    const { rows } = await hub.pool.query(`select count(*)::int as n from app.shop_sync where backfill_status = 'DONE'`);
    return rows[0].n > 0;
  });
  const shops = (await hub.gql(SHOPS, {}, admin)).data.shops;
  expect(shops.find((s: any) => s.tiktokShopId === emu.controls.defaultShop().id)).toMatchObject({ status: 'CONNECTED', sync: { backfill: { status: 'DONE' } } });
});

test('a used or forged state is refused at the callback', async () => {
  const res = await fetch(`${hub.url}/oauth/tiktok/callback?code=x&state=forged`, { redirect: 'manual' });
  expect(res.headers.get('location')).toMatch(/connectError=/);
});

test('UPCOMING_AUTHORIZATION_EXPIRATION raises a re-authorization notice; re-authorizing clears it', async () => {
  emu.controls.advanceClock(10);
  await waitUntil(hub.databaseUrl, 'the notice is recorded', async () => {
    const { rows } = await hub.pool.query(`select count(*)::int as n from app.shop_sync where reauthorize_by is not null`);
    return rows[0].n > 0;
  });
  const noticed = (await hub.gql(SHOPS, {}, admin)).data.shops.find((s: any) => s.sync.reauthorizeBy);
  expect(Date.parse(noticed.sync.reauthorizeBy)).toBeGreaterThan(Date.now());
  const { rows } = await hub.pool.query(`select count(*)::int as n from app.journal where kind = 'REAUTHORIZATION_NEEDED'`);
  expect(rows[0].n).toBeGreaterThan(0);
  await connect();
  const after = (await hub.gql(SHOPS, {}, admin)).data.shops.find((s: any) => s.id === noticed.id);
  expect(after.sync.reauthorizeBy).toBeNull();
});

test('SELLER_DEAUTHORIZATION disconnects the shop, drops its tokens and keeps its orders readable', async () => {
  const shop = emu.controls.defaultShop();
  emu.controls.deauthorizeShop(shop.id);
  await waitUntil(hub.databaseUrl, 'the shop is disconnected', async () => {
    const { rows } = await hub.pool.query(`select status from app.shop where tiktok_shop_id = $1`, [shop.id]);
    return rows[0]?.status === 'DISCONNECTED';
  });
  const { rows } = await hub.pool.query(`select access_token_sealed, refresh_token_sealed from app.shop where tiktok_shop_id = $1`, [shop.id]);
  expect(rows[0]).toEqual({ access_token_sealed: null, refresh_token_sealed: null });
  const orders = await hub.gql(`{ orders(first: 5) { totalCount } }`, {}, admin);
  expect(orders.data.orders.totalCount).toBeGreaterThan(0);
});

test('only administrators connect and disconnect shops; bad ids get typed errors', async () => {
  const packer = await hub.signIn('PACKER');
  const denied = await hub.gql(`mutation { shopConnectStart { authorizeUrl } }`, {}, packer);
  expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const unknown = await hub.gql(`mutation { shopDisconnect(input: { shopId: "gid://consign/Shop/999" }) { userErrors { code field } } }`, {}, admin);
  expect(unknown.data.shopDisconnect.userErrors).toEqual([{ code: 'SHOP_NOT_FOUND', field: ['shopId'] }]);
});
