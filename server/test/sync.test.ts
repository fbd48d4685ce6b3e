import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTikTokEmulator, type TikTokEmulator } from '../../fixtures/tiktok-shop/index.js';
import { completeConnect, startConnect } from '../src/shops/shop-connection.js';
import { BACKFILL_WINDOWS } from '../src/sync/backfill.js';
import { pollShop } from '../src/sync/poll.js';
import { WEBHOOK_PATH } from '../src/sync/webhook-intake.js';
import { singleHostTikTokApp } from '../src/hub.js';
import { startTestHub, type TestHub } from './harness.js';
import { waitUntil } from './wait.js';

let emu: TikTokEmulator;
let hub: TestHub;
let shopDbId: number;

/** What TikTok holds for the shop: order id → [status, update_time]. */
function truth(): Map<string, [string, number]> {
  const shop = emu.controls.defaultShop();
  return new Map(emu.controls.findOrders({ shopId: shop.id, limit: 1_000_000 }).map((o: any) => [o.id, [o.status, o.updateTime]]));
}

async function hubOrders(): Promise<Map<string, [string, number]>> {
  const { rows } = await hub.pool.query(
    `select tiktok_order_id, status, extract(epoch from tiktok_updated_at)::bigint as t from app.order where shop_id = $1`,
    [shopDbId],
  );
  return new Map(rows.map((r) => [r.tiktok_order_id, [r.status, Number(r.t)]]));
}

beforeAll(async () => {
  emu = await startTikTokEmulator({ port: 0, seed: 11, orders: 400, webhookRetryScale: 1 });
  hub = await startTestHub({
    workers: true,
    tiktokApp: singleHostTikTokApp(emu),
  });
  emu.controls.setWebhookUrl(hub.url + WEBHOOK_PATH);
});
afterAll(async () => {
  await hub?.close();
  await emu?.stop();
});

describe('shop connection and order sync', () => {
  test('the consent link carries the service id and a single-use state', async () => {
    const { url, state } = await startConnect(hub.hub, null, null);
    const link = new URL(url);
    expect(link.searchParams.get('service_id')).toBe(emu.serviceId);
    expect(link.searchParams.get('state')).toBe(state);
    const result = await completeConnect(hub.hub, emu.controls.authorize(), state);
    expect('shopIds' in result && result.shopIds.length).toBeGreaterThan(0);
    shopDbId = (result as { shopIds: number[] }).shopIds[0]!;
    const again = await completeConnect(hub.hub, emu.controls.authorize(), state);
    expect(again).toMatchObject({ error: 'STATE_INVALID' });
  });

  test('tokens are stored sealed, never in clear', async () => {
    const { rows } = await hub.pool.query('select access_token_sealed, refresh_token_sealed from app.shop where id = $1', [shopDbId]);
    const token = await hub.hub.tokens.get(emu.controls.defaultShop().id);
    expect(token?.accessToken).toBeTruthy();
    expect(rows[0].access_token_sealed).toMatch(/^v1\./);
    expect(rows[0].access_token_sealed).not.toContain(token!.accessToken);
  });

  test('the backfill imports every order of the look-back window, one line per unit', async () => {
    await waitUntil(hub.databaseUrl, 'the backfill is done', async () => {
      const { rows } = await hub.pool.query(`select backfill_status from app.shop_sync where shop_id = $1`, [shopDbId]);
      return rows[0]?.backfill_status === 'DONE';
    });
    const expected = truth();
    const actual = await hubOrders();
    expect(actual.size).toBe(expected.size);
    expect(actual).toEqual(expected);
    const shop = emu.controls.defaultShop();
    const sample = emu.controls.findOrders({ shopId: shop.id, limit: 5 });
    for (const o of sample as any[]) {
      const { rows } = await hub.pool.query(
        'select count(*)::int as n from app.order_line l join app.order o on o.id = l.order_id where o.tiktok_order_id = $1',
        [o.id],
      );
      expect(rows[0].n).toBe(o.lineItems.length);
    }
  });

  test('the backfill journals its new orders a page at a time, and the history of each imported order starts with its import', async () => {
    const { rows: pages } = await hub.pool.query(
      `select seq, kind, source, entity_ids, data from app.journal where entity_type = 'OrderImport' and shop_id = $1 order by seq`,
      [shopDbId],
    );
    const imported = pages.flatMap((p) => p.entity_ids as number[]);
    const { rows: held } = await hub.pool.query(`select id, status from app.order where shop_id = $1`, [shopDbId]);
    // 400 orders at 100 a page (each create_time window's last page may be short): a handful of
    // entries, naming every order the hub holds exactly once.
    expect(pages.length).toBeLessThanOrEqual(Math.ceil(held.length / 100) + BACKFILL_WINDOWS);
    expect(pages.every((p) => p.kind === 'ORDERS_IMPORTED' && p.source === 'BACKFILL' && p.data.count === p.entity_ids.length)).toBe(true);
    expect(imported.sort((x, y) => x - y)).toEqual(held.map((r) => r.id).sort((x, y) => x - y));
    const perOrder = await hub.pool.query(`select count(*)::int as n from app.journal where entity_type = 'Order' and source = 'BACKFILL'`);
    expect(perOrder.rows[0].n).toBe(0);

    // An order nothing has changed since: its whole history is the import, in the status it has now.
    const { rows: quiet } = await hub.pool.query(
      `select o.id, o.status from app.order o where o.shop_id = $1
         and not exists (select 1 from app.journal j where j.entity_type = 'Order' and j.entity_id = o.id) order by o.id desc limit 1`,
      [shopDbId],
    );
    const admin = await hub.signIn('ADMIN');
    const { data, errors } = await hub.gql(`query($id: ID!) { order(id: $id) { history { seq kind source from to } } }`, { id: `gid://consign/Order/${quiet[0].id}` }, admin);
    expect(errors).toBeUndefined();
    const page = pages.find((p) => p.entity_ids.includes(quiet[0].id))!;
    expect(data.order.history).toEqual([{ seq: Number(page.seq), kind: 'ORDERS_IMPORTED', source: 'BACKFILL', from: null, to: quiet[0].status }]);
  });

  test('a new order placed by a buyer arrives by webhook and is journaled', async () => {
    const [order] = emu.controls.createOrders({ count: 1 }) as any[];
    await waitUntil(hub.databaseUrl, 'the new order is in the hub', async () => (await hubOrders()).has(order.id));
    const { rows } = await hub.pool.query(
      `select j.kind, j.source from app.journal j join app.order o on o.id = j.entity_id and j.entity_type = 'Order' where o.tiktok_order_id = $1`,
      [order.id],
    );
    expect(rows).toContainEqual({ kind: 'ORDER_CREATED', source: 'WEBHOOK' });
  });

  test('a cancellation in the same second as the order was placed is applied, and journaled from → to', async () => {
    const [order] = emu.controls.createOrders({ count: 1 }) as any[];
    emu.controls.buyer.cancel(order.id, 'Ordered by mistake');
    const truthStatus = (emu.controls.findOrders({ shopId: emu.controls.defaultShop().id, limit: 1_000_000 }) as any[]).find((o) => o.id === order.id).status;
    await waitUntil(hub.databaseUrl, 'the hub has the final status', async () => (await hubOrders()).get(order.id)?.[0] === truthStatus);
    const { rows } = await hub.pool.query(
      `select j.kind, j.from_state, j.to_state from app.journal j join app.order o on o.id = j.entity_id and j.entity_type = 'Order'
       where o.tiktok_order_id = $1 and j.kind = 'ORDER_STATUS_CHANGED'`,
      [order.id],
    );
    for (const r of rows) expect(r.from_state).not.toBeNull();
    if (truthStatus !== order.status) expect(rows.at(-1)).toMatchObject({ to_state: truthStatus });
  });

  test('the same webhook posted 1,000 times at once has one effect; 1,000 forged ones are all refused', async () => {
    const body = JSON.stringify({
      type: 1,
      tts_notification_id: '9900000000000000001',
      shop_id: emu.controls.defaultShop().id,
      timestamp: Math.floor(Date.now() / 1000),
      data: { order_id: [...truth().keys()][0], order_status: 'AWAITING_SHIPMENT', is_on_hold_order: false, update_time: 1 },
    });
    const sign = createHmac('sha256', emu.appSecret).update(emu.appKey + body).digest('hex');
    const post = (authorization: string) =>
      fetch(hub.url + WEBHOOK_PATH, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body }).then((r) => r.status);
    const statuses = await Promise.all(Array.from({ length: 1000 }, () => post(sign)));
    expect(new Set(statuses)).toEqual(new Set([200]));
    const stored = await hub.pool.query(`select count(*)::int as n from app.inbound_event where dedupe_key = '9900000000000000001'`);
    expect(stored.rows[0].n).toBe(1);
    const jobs = await hub.pool.query(`select count(*)::int as n from pgboss.job where name = 'webhook-process' and data->>'eventId' in (select id::text from app.inbound_event where dedupe_key = '9900000000000000001')`);
    expect(jobs.rows[0].n).toBe(1);

    const storedBefore = (await hub.pool.query(`select count(*)::int as n from app.inbound_event`)).rows[0].n;
    const forged = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => post(sign.slice(0, 60) + ((parseInt(sign.slice(60), 16) + i + 1) % 65536).toString(16).padStart(4, '0'))),
    );
    expect(new Set(forged)).toEqual(new Set([401]));
    expect((await hub.pool.query(`select count(*)::int as n from app.inbound_event`)).rows[0].n).toBe(storedBefore);
  });

  test('10k orders with 5 % of webhooks lost, 5 % duplicated, 10 % reordered: two polls reconcile to the truth', { timeout: 480_000 }, async () => {
    emu.controls.setFaults({ webhook: { dropRate: 0.05, duplicateRate: 0.05, reorderWindow: 10 } });
    try {
      // Buyers place orders in waves, as on a busy day; each wave's webhooks are delivered (or lost) before the next.
      for (let wave = 0; wave < 20; wave++) {
        emu.controls.createOrders({ count: 500 });
        await emu.controls.webhooks.idle(120_000);
      }
      for (const o of emu.controls.findOrders({ shopId: emu.controls.defaultShop().id, status: 'AWAITING_SHIPMENT', limit: 500 }) as any[]) {
        emu.controls.buyer.cancel(o.id, 'Changed my mind');
      }
      await emu.controls.webhooks.idle(120_000);
      const regressions = await stateRegressionsDuring(async () => {
        await pollShop(hub.hub, shopDbId);
        await pollShop(hub.hub, shopDbId);
      });
      expect(await hubOrders()).toEqual(truth());
      expect(regressions).toBe(0);
      const dupes = await hub.pool.query(`select count(*)::int as n from (select tiktok_order_id from app.order group by 1 having count(*) > 1) d`);
      expect(dupes.rows[0].n).toBe(0);
    } finally {
      emu.controls.setFaults({ webhook: { dropRate: 0, duplicateRate: 0, reorderWindow: 0 } });
    }
  });
});

/** Counts journal entries where an order moved to an older TikTok update_time than it had. */
async function stateRegressionsDuring(run: () => Promise<void>): Promise<number> {
  const { rows: start } = await hub.pool.query('select coalesce(max(seq), 0) as s from app.journal');
  await run();
  const { rows } = await hub.pool.query(
    `select entity_id, data->>'tiktokUpdatedAt' as t from app.journal where seq > $1 and entity_type = 'Order' order by seq`,
    [start[0].s],
  );
  const last = new Map<number, string>();
  let regressions = 0;
  for (const r of rows) {
    const previous = last.get(r.entity_id);
    if (previous && r.t < previous) regressions += 1;
    last.set(r.entity_id, r.t);
  }
  return regressions;
}

describe('taxes', () => {
  test("an order's tax breakdown is fetched from TikTok's price detail once, then served from the hub", async () => {
    const admin = await hub.signIn('ADMIN');
    const { rows } = await hub.pool.query(`select id, tiktok_order_id from app.order where shop_id = $1 order by id limit 1`, [shopDbId]);
    const query = `query($id: ID!) { order(id: $id) { total { amount } payment { tax { amount } } taxDetail { taxAmount { amount currency } lines { tiktokLineItemId taxAmount { amount } } } } }`;
    const first = await hub.gql(query, { id: `gid://consign/Order/${rows[0].id}` }, admin);
    expect(first.errors).toBeUndefined();
    const detail = first.data.order.taxDetail;
    expect(detail.taxAmount.amount).toBe(first.data.order.payment.tax.amount);
    const lines = await hub.pool.query('select tiktok_line_item_id from app.order_line where order_id = $1 order by position', [rows[0].id]);
    expect(detail.lines.map((l: any) => l.tiktokLineItemId).sort()).toEqual(lines.rows.map((l) => l.tiktok_line_item_id).sort());
    const cached = await hub.pool.query('select price_detail_for = tiktok_updated_at as fresh from app.order where id = $1', [rows[0].id]);
    expect(cached.rows[0].fresh).toBe(true);
  });
});
