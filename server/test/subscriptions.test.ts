import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTikTokEmulator, type TikTokEmulator } from '../../fixtures/tiktok-shop/index.js';
import { completeConnect, startConnect } from '../src/shops/shop-connection.js';
import { WEBHOOK_PATH } from '../src/sync/webhook-intake.js';
import { singleHostTikTokApp } from '../src/hub.js';
import { startTestHub, type TestHub } from './harness.js';
import { subscribeAs } from './live.js';
import { waitUntil } from './wait.js';

let emu: TikTokEmulator;
let a: TestHub;
let b: TestHub;
let tokenA: string;
let tokenB: string;

beforeAll(async () => {
  emu = await startTikTokEmulator({ port: 0, seed: 5, orders: 20 });
  const tiktokApp = singleHostTikTokApp(emu);
  a = await startTestHub({ workers: true, tiktokApp });
  b = await startTestHub({ tiktokApp, shareDatabaseOf: a });
  emu.controls.setWebhookUrl(a.url + WEBHOOK_PATH);
  tokenA = await a.signIn('PACKER');
  tokenB = await b.signIn('CUSTOMER_SERVICE');
  const { state } = await startConnect(a.hub, null, null);
  await completeConnect(a.hub, emu.controls.authorize(), state);
  await waitUntil(a.databaseUrl, 'the backfill is done', async () => {
    const { rows } = await a.pool.query(`select backfill_status from app.shop_sync`);
    return rows[0]?.backfill_status === 'DONE';
  });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
  await emu?.stop();
});

function subscribe(hub: TestHub, token: string, afterSeq?: number) {
  return subscribeAs(
    hub.url,
    token,
    `subscription($afterSeq: Int) { orderChanged(afterSeq: $afterSeq) { event { seq kind source from to } order { tiktokOrderId status } } }`,
    { afterSeq },
    (d) => {
      const c = d.orderChanged;
      return c ? { seq: c.event.seq as number, kind: c.event.kind as string, source: c.event.source as string, tiktokOrderId: c.order.tiktokOrderId as string, status: c.order.status as string } : null;
    },
  );
}

test('a change processed by a worker reaches subscribers on both server instances', async () => {
  const onA = subscribe(a, tokenA);
  const onB = subscribe(b, tokenB);
  await new Promise((r) => setTimeout(r, 300)); // let both subscriptions register before the change
  const [order] = emu.controls.createOrders({ count: 1 }) as any[];
  const arrived = (s: ReturnType<typeof subscribe>) => s.events.some((e) => e.tiktokOrderId === order.id);
  await waitUntil(a.databaseUrl, 'both servers pushed the new order', async () => arrived(onA) && arrived(onB), 15_000);
  expect(onA.errors).toEqual([]);
  expect(onB.errors).toEqual([]);
  const fromA = onA.events.find((e) => e.tiktokOrderId === order.id)!;
  const fromB = onB.events.find((e) => e.tiktokOrderId === order.id)!;
  expect(fromA).toEqual(fromB);
  expect(fromA).toMatchObject({ kind: 'ORDER_CREATED', source: 'WEBHOOK' });
  await onA.close();
  await onB.close();
});

test('a reconnecting client replays everything after afterSeq, in order, with no gaps', async () => {
  const { rows } = await a.pool.query(`select seq from app.journal where entity_type = 'Order' order by seq`);
  const all = rows.map((r) => Number(r.seq));
  const resumeAfter = all[Math.floor(all.length / 2)]!;
  const replay = subscribe(b, tokenB, resumeAfter);
  const expected = all.filter((s) => s > resumeAfter);
  await waitUntil(a.databaseUrl, 'the replay caught up', async () => replay.events.length >= expected.length, 15_000);
  expect(replay.events.map((e) => e.seq)).toEqual(expected);
  await replay.close();
});

test('a backfill reaches subscribers as one event per imported page, naming every imported order once', async () => {
  const live = subscribeAs(b.url, tokenB, 'subscription { ordersImported(afterSeq: 0) { event { kind source } shop { name } count orderIds } }', {}, (d) =>
    d.ordersImported ? ({ ...d.ordersImported.event, ...d.ordersImported } as { kind: string; source: string; count: number; orderIds: string[] }) : null,
  );
  const { events: pages, errors } = live;
  const { rows } = await a.pool.query(`select id from app.order o where not exists (select 1 from app.journal j where j.entity_type = 'Order' and j.entity_id = o.id and j.kind = 'ORDER_CREATED')`);
  const expected = rows.map((r) => `gid://consign/Order/${r.id}`).sort();
  await waitUntil(a.databaseUrl, 'the imports were replayed', async () => pages.reduce((n, p) => n + p.count, 0) >= expected.length, 15_000);
  await live.close();
  expect(errors).toEqual([]);
  expect(pages.every((p) => p.kind === 'ORDERS_IMPORTED' && p.source === 'BACKFILL' && p.count === p.orderIds.length)).toBe(true);
  expect(pages.flatMap((p) => p.orderIds).sort()).toEqual(expected);
});

test('subscriptions need credentials', async () => {
  const anonymous = createClient({ url: a.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, retryAttempts: 0 });
  const result = await new Promise<any>((resolve) => {
    anonymous.subscribe({ query: 'subscription { orderChanged { event { seq } } }' }, { next: resolve, error: resolve, complete: () => undefined });
  });
  await anonymous.dispose();
  expect(JSON.stringify(result)).toMatch(/UNAUTHENTICATED|Sign in/);
});
