/**
 * supportedActions across the three domains, end to end: what an order or package offers agrees with what
 * the shipping and split/combine mutations answer, for open after-sale requests, TikTok's split verdict,
 * combined packages and splits waiting out their undo window.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTikTokEmulator, type TikTokEmulator } from '../../fixtures/tiktok-shop/index.js';
import { singleHostTikTokApp } from '../src/hub.js';
import { toGlobalId } from '../src/platform/global-id.js';
import { WEBHOOK_PATH } from '../src/sync/webhook-intake.js';
import { backfilled, connectShop } from './shops.js';
import { startTestHub, type TestHub } from './harness.js';
import { SplitFixture, type HubOrder } from './split-combine.fixture.js';
import { waitUntil } from './wait.js';

let emu: TikTokEmulator;
let hub: TestHub;
let fx: SplitFixture;
let packer: string;

beforeAll(async () => {
  emu = await startTikTokEmulator({ port: 0, seed: 31, orders: 4, webhookRetryScale: 1, config: { onHoldSeconds: 1 } });
  // A long undo window: splits made here stay withdrawable for the whole test.
  hub = await startTestHub({ workers: true, tiktokApp: singleHostTikTokApp(emu), env: { SPLIT_UNDO_SECONDS: '300' } });
  emu.controls.setWebhookUrl(hub.url + WEBHOOK_PATH);
  fx = new SplitFixture(emu, hub, (await connectShop(hub, emu))[0]!);
  await backfilled(hub, fx.shopDbId);
  packer = await hub.signIn('PACKER');
});
afterAll(async () => {
  await hub?.close();
  await emu?.stop();
});

interface Action {
  action: string;
  allowed: boolean;
  reason: string | null;
  message: string | null;
}

const ACTIONS = 'supportedActions { action allowed reason message }';
const orderGid = (id: number) => toGlobalId('Order', id);
const packageGid = (id: number) => toGlobalId('Package', id);
const lineGid = (id: number) => toGlobalId('OrderLine', id);

async function orderActions(orderId: number): Promise<{ order: Action[]; packages: { id: string; shippingType: string; actions: Action[] }[] }> {
  const res = await hub.gql(`query($id: ID!) { node(id: $id) { ... on Order { ${ACTIONS} packages { id shippingType ${ACTIONS} } } } }`, { id: orderGid(orderId) }, packer);
  expect(res.errors).toBeUndefined();
  const node = res.data.node;
  return { order: node.supportedActions, packages: node.packages.map((p: any) => ({ id: p.id, shippingType: p.shippingType, actions: p.supportedActions })) };
}

const find = (actions: Action[], action: string) => actions.find((a) => a.action === action)!;

const splitEachUnit = (order: HubOrder) => ({ orderId: orderGid(order.id), packages: order.lines.map((l) => ({ lineIds: [lineGid(l.id)] })) });

async function split(input: Record<string, unknown>) {
  const res = await hub.gql(`mutation($input: PackageSplitInput!) { r: packageSplit(input: $input) { packageChange { id } userErrors { code field message } } }`, { input }, packer);
  return res.data.r as { packageChange: { id: string } | null; userErrors: { code: string; field: string[]; message: string }[] };
}

/** Ships the package the way its shipping type is shipped; the after-sale check comes before carrier and handover checks. */
async function ship(pkg: { id: string; shippingType: string }) {
  const res =
    pkg.shippingType === 'TIKTOK'
      ? await hub.gql(`mutation($input: PackageShipInput!) { r: packageShip(input: $input) { userErrors { code field message } } }`, { input: { packageId: pkg.id } }, packer)
      : await hub.gql(
          `mutation($input: PackageMarkShippedInput!) { r: packageMarkShipped(input: $input) { userErrors { code field message } } }`,
          { input: { packageId: pkg.id, carrierId: toGlobalId('Carrier', 1), trackingNumber: '9400111899223100000000' } },
          packer,
        );
  return res.data.r.userErrors as { code: string; message: string }[];
}

describe('supportedActions agree with the mutations', () => {
  test("a buyer's open cancel request blocks shipping (AFTER_SALE_OPEN) and splitting (CANCEL_REQUESTED), as the mutations answer", async () => {
    const [o] = await fx.ready(1, { units: 2 });
    const order = await fx.hubOrder(o!.id);
    expect(find((await orderActions(order.id)).order, 'SPLIT')).toMatchObject({ allowed: true, reason: null });

    emu.controls.afterSales.requestCancel(o!.id);
    await waitUntil(hub.databaseUrl, 'the cancel request is an open case in the hub', async () => {
      const { rows } = await hub.pool.query(`select 1 from app.after_sale where order_id = $1 and kind = 'CANCELLATION' and is_open`, [order.id]);
      return rows.length === 1;
    });
    const actions = await orderActions(order.id);
    const [pkg] = actions.packages;
    for (const list of [actions.order, pkg!.actions]) {
      expect(find(list, 'SHIP')).toMatchObject({ allowed: false, reason: 'AFTER_SALE_OPEN' });
      expect(find(list, 'SPLIT')).toMatchObject({ allowed: false, reason: 'CANCEL_REQUESTED' });
      expect(find(list, 'COMBINE')).toMatchObject({ allowed: false, reason: 'CANCEL_REQUESTED' });
    }
    expect((await ship(pkg!)).map((e) => [e.code, e.message])).toEqual([['AFTER_SALE_OPEN', find(pkg!.actions, 'SHIP').message]]);
    expect((await split(splitEachUnit(order))).userErrors.map((e) => [e.code, e.message])).toEqual([['CANCEL_REQUESTED', find(pkg!.actions, 'SPLIT').message]]);
  });

  test("an order TikTok will not split shows SPLIT disabled with TikTok's reason, the words packageSplit answers", async () => {
    const [o] = await fx.ready(1, { units: 2 });
    const order = await fx.hubOrder(o!.id);
    // The hub misses the cancellation (webhook lost), so only TikTok's split attributes know.
    emu.controls.setFaults({ webhook: { dropRate: 1 } });
    try {
      emu.controls.sellerCenter.cancelOrder(o!.id);
      const spl = find((await orderActions(order.id)).order, 'SPLIT');
      expect(spl).toMatchObject({ allowed: false, reason: 'TIKTOK_CANNOT_SPLIT', message: expect.stringContaining('canceled') });
      const refused = await split(splitEachUnit(order));
      expect(refused.userErrors.map((e) => [e.code, e.message])).toEqual([['TIKTOK_CANNOT_SPLIT', spl.message]]);
    } finally {
      emu.controls.setFaults({ webhook: { dropRate: 0 } });
    }
  });

  test('a combined package offers UNCOMBINE, refuses SPLIT and COMBINE with the mutations’ codes', async () => {
    const orders = await fx.ready(2, { units: 1, sameRecipient: true });
    const hubOrders = await Promise.all(orders.map((o) => fx.hubOrder(o.id)));
    const before = (await orderActions(hubOrders[0]!.id)).packages[0]!.actions;
    expect(find(before, 'UNCOMBINE')).toMatchObject({ allowed: false, reason: 'NOT_COMBINED' });
    expect(find(before, 'COMBINE')).toMatchObject({ allowed: true });

    const res = await hub.gql(
      `mutation($input: PackagesCombineInput!) { r: packagesCombine(input: $input) { packageChange { id } userErrors { code } } }`,
      { input: { orderIds: hubOrders.map((o) => orderGid(o.id)) } },
      packer,
    );
    expect(res.data.r.userErrors).toEqual([]);
    await fx.waitForChange(res.data.r.packageChange.id, 'SYNCED');
    const after = await orderActions(hubOrders[0]!.id);
    expect(after.packages).toHaveLength(1);
    const actions = after.packages[0]!.actions;
    expect(find(actions, 'UNCOMBINE')).toEqual({ action: 'UNCOMBINE', allowed: true, reason: null, message: null });
    expect(find(after.order, 'UNCOMBINE')).toMatchObject({ allowed: true });
    expect(find(actions, 'SPLIT')).toMatchObject({ allowed: false, reason: 'ORDER_COMBINED' });
    expect(find(actions, 'COMBINE')).toMatchObject({ allowed: false, reason: 'ALREADY_COMBINED' });
    const again = await hub.gql(
      `mutation($input: PackagesCombineInput!) { r: packagesCombine(input: $input) { userErrors { code } } }`,
      { input: { orderIds: hubOrders.map((o) => orderGid(o.id)), dryRun: true } },
      packer,
    );
    expect(again.data.r.userErrors.map((e: { code: string }) => e.code)).toEqual(['ALREADY_COMBINED']);
  });

  test('a split waiting out its undo window offers UNDO_SPLIT and refuses another split; once undone, the reverse', async () => {
    const [o] = await fx.ready(1, { units: 2 });
    const order = await fx.hubOrder(o!.id);
    expect(find((await orderActions(order.id)).order, 'UNDO_SPLIT')).toMatchObject({ allowed: false, reason: 'NOT_UNDOABLE' });
    const done = await split(splitEachUnit(order));
    expect(done.userErrors).toEqual([]);
    const waiting = (await orderActions(order.id)).order;
    expect(find(waiting, 'UNDO_SPLIT')).toMatchObject({ allowed: true });
    expect(find(waiting, 'SPLIT')).toMatchObject({ allowed: false, reason: 'CHANGE_PENDING' });
    expect((await split(splitEachUnit(order))).userErrors.map((e) => e.code)).toEqual(['CHANGE_PENDING']);

    const undo = await hub.gql(
      `mutation($input: PackageSplitUndoInput!) { r: packageSplitUndo(input: $input) { userErrors { code } } }`,
      { input: { changeId: done.packageChange!.id } },
      packer,
    );
    expect(undo.data.r.userErrors).toEqual([]);
    const undone = (await orderActions(order.id)).order;
    expect(find(undone, 'UNDO_SPLIT')).toMatchObject({ allowed: false, reason: 'NOT_UNDOABLE' });
    expect(find(undone, 'SPLIT')).toMatchObject({ allowed: true });
  });

  test('a page of orders asks for supportedActions in a fixed number of statements and one TikTok split check per shop', async () => {
    await fx.ready(4, { units: 2 });
    const fulfillment = hub.hub.tiktok.fulfillment;
    const ask = fulfillment.getOrderSplitAttributes;
    let tiktokCalls = 0;
    fulfillment.getOrderSplitAttributes = (...args) => {
      tiktokCalls += 1;
      return ask(...args);
    };
    try {
      const before = hub.statements();
      const res = await hub.gql(`{ orders(first: 100) { nodes { id ${ACTIONS} packages { ${ACTIONS} } } } }`, {}, packer);
      const statements = hub.statements() - before;
      expect(res.errors).toBeUndefined();
      const orders = res.data.orders.nodes as { supportedActions: Action[] }[];
      expect(orders.length).toBeGreaterThanOrEqual(10);
      expect(orders.filter((o) => find(o.supportedActions, 'SPLIT').allowed).length).toBeGreaterThanOrEqual(4);
      // Per request: the session, the page, its packages, 4 for shipping facts, 4 for split/combine facts, the shop; workers may add a few.
      expect(statements).toBeLessThan(30);
      expect(tiktokCalls).toBe(1);
    } finally {
      fulfillment.getOrderSplitAttributes = ask;
    }
  });
});
