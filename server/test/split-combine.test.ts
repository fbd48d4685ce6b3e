/**
 * Split, combine and uncombine end to end: GraphQL → PackageChange + job → the emulator's ledger →
 * the order re-read from TikTok; TikTok's refusals, undo, Seller Center re-shaping by webhook, and the
 * userErrors of bad requests, against real PostgreSQL and the TikTok emulator.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTikTokEmulator, type TikTokEmulator } from '../../fixtures/tiktok-shop/index.js';
import type { Order as EmuOrder } from '../../fixtures/tiktok-shop/state.js';
import { singleHostTikTokApp } from '../src/hub.js';
import { WEBHOOK_PATH } from '../src/sync/webhook-intake.js';
import { toGlobalId } from '../src/platform/global-id.js';
import { graphql } from './gql/index.js';
import type { TypedDocumentString } from './gql/graphql.js';
import { backfilled, connectShop } from './shops.js';
import { startTestHub, type GqlResult, type TestHub } from './harness.js';
import { subscribeAs } from './live.js';
import { waitUntil } from './wait.js';
import { SplitFixture } from './split-combine.fixture.js';

let emu: TikTokEmulator;
let hub: TestHub;
let fx: SplitFixture;
let packer: string;

const Split = graphql(`
  mutation Split($input: PackageSplitInput!) {
    packageSplit(input: $input) {
      packageChange { id kind state syncStatus actor }
      userErrors { code field message }
    }
  }
`);
const SplitUndo = graphql(`
  mutation SplitUndo($input: PackageSplitUndoInput!) {
    packageSplitUndo(input: $input) {
      packageChange { id state syncStatus }
      userErrors { code field message }
    }
  }
`);
const Combine = graphql(`
  mutation Combine($input: PackagesCombineInput!) {
    packagesCombine(input: $input) {
      packageChange { id kind state }
      userErrors { code field message }
    }
  }
`);
const Uncombine = graphql(`
  mutation Uncombine($input: PackageUncombineInput!) {
    packageUncombine(input: $input) {
      packageChange { id kind state }
      userErrors { code field message }
    }
  }
`);
const Suggestions = graphql(`
  query Suggestions($shopId: ID) {
    combineSuggestions(shopId: $shopId) { tiktokPackageId combinable orders { id tiktokOrderId } }
  }
`);
const NodeType = graphql(`
  query NodeType($id: ID!) {
    node(id: $id) { __typename id }
  }
`);
const ChangeDetail = graphql(`
  query ChangeDetail($id: ID!) {
    packageChange(id: $id) {
      kind state syncStatus syncError actor tiktokPackageIds
      orders { tiktokOrderId packageChanges { id } }
      packagesAfter { tiktokPackageId syncStatus lines { tiktokLineItemId } packageChanges { id } }
      plannedPackages { tiktokLineItemIds lines { id } }
    }
  }
`);

beforeAll(async () => {
  // ON_HOLD lasts a second (request signatures carry real time: the emulator's clock must not jump ahead).
  emu = await startTikTokEmulator({ port: 0, seed: 23, orders: 10, webhookRetryScale: 1, config: { onHoldSeconds: 1 } });
  hub = await startTestHub({ workers: true, tiktokApp: singleHostTikTokApp(emu), env: { SPLIT_UNDO_SECONDS: '2' } });
  emu.controls.setWebhookUrl(hub.url + WEBHOOK_PATH);
  fx = new SplitFixture(emu, hub, (await connectShop(hub, emu))[0]!);
  await backfilled(hub, fx.shopDbId);
  packer = await hub.signIn('PACKER');
});
afterAll(async () => {
  await hub?.close();
  await emu?.stop();
});

/** A typed call: the result has the document's shape. */
const call = <R, V>(doc: TypedDocumentString<R, V>, variables: V, token: string): Promise<GqlResult<R>> =>
  hub.gql<R>(doc, variables as Record<string, unknown>, token);

/** Order events after `afterSeq` as `orderChanged` streams them to a console, until `stop()`. */
function watchOrders(token: string, afterSeq: number) {
  const live = subscribeAs(
    hub.url,
    token,
    'subscription($afterSeq: Int) { orderChanged(afterSeq: $afterSeq) { event { kind source actor } order { tiktokOrderId } } }',
    { afterSeq },
    (d): { kind: string; source: string; actor: string | null; tiktokOrderId: string } | null =>
      d.orderChanged ? { ...d.orderChanged.event, tiktokOrderId: d.orderChanged.order.tiktokOrderId } : null,
  );
  return { events: live.events, stop: live.close };
}

const lineGid = (id: number) => toGlobalId('OrderLine', id);
const orderGid = (id: number) => toGlobalId('Order', id);

describe('split', () => {
  test('a dry run answers without writing anything', async () => {
    const [o] = await fx.ready(1, { units: 3 });
    const hubOrder = await fx.hubOrder(o!.id);
    const before = await fx.snapshot();
    const res = await call(
      Split,
      { input: { orderId: orderGid(hubOrder.id), dryRun: true, packages: [{ lineIds: [lineGid(hubOrder.lines[0]!.id)] }, { lineIds: hubOrder.lines.slice(1).map((l) => lineGid(l.id)) }] } },
      packer,
    );
    expect(res.data!.packageSplit).toEqual({ packageChange: null, userErrors: [] });
    expect(await fx.snapshot()).toEqual(before);
    expect(emu.controls.ledger({ kind: 'package.split', orderId: o!.id })).toEqual([]);
  });

  test('a split reaches TikTok through the job, the order is re-read and the new package ids are recorded', async () => {
    const [o] = await fx.ready(1, { units: 3 });
    const hubOrder = await fx.hubOrder(o!.id);
    const [a, b, c] = hubOrder.lines;
    const watch = watchOrders(packer, (await hub.gql<{ journalSeq: number }>('{ journalSeq }', {}, packer)).data!.journalSeq);
    const res = await call(
      Split,
      { input: { orderId: orderGid(hubOrder.id), idempotencyKey: 'split-1', packages: [{ lineIds: [lineGid(a!.id)] }, { lineIds: [lineGid(b!.id), lineGid(c!.id)] }] } },
      packer,
    );
    expect(res.data!.packageSplit.userErrors).toEqual([]);
    const change = res.data!.packageSplit.packageChange!;
    expect(change).toMatchObject({ kind: 'SPLIT', state: 'PENDING', syncStatus: 'PENDING' });
    expect(change.actor).toMatch(/^user:\d+$/);
    const { rows: pending } = await hub.pool.query('select distinct sync_status from app.package where id = any($1::int[])', [hubOrder.packageIds]);
    expect(pending).toEqual([{ sync_status: 'PENDING' }]);

    // The same key and input replay the first outcome instead of splitting twice.
    const replay = await call(
      Split,
      { input: { orderId: orderGid(hubOrder.id), idempotencyKey: 'split-1', packages: [{ lineIds: [lineGid(a!.id)] }, { lineIds: [lineGid(b!.id), lineGid(c!.id)] }] } },
      packer,
    );
    expect(replay.data!.packageSplit.packageChange!.id).toBe(change.id);

    await fx.waitForChange(change.id, 'SYNCED');
    const ledger = emu.controls.ledger({ kind: 'package.split', orderId: o!.id });
    expect(ledger).toHaveLength(1);
    const sent = (ledger[0]!.detail as { source: string; packages: { packageId: string; lineItemIds: string[] }[] });
    expect(sent.source).toBe('open_api');
    expect(sent.packages.map((p) => p.lineItemIds)).toEqual([[a!.tiktokLineItemId], [b!.tiktokLineItemId, c!.tiktokLineItemId]]);

    const detail = (await call(ChangeDetail, { id: change.id }, packer)).data!.packageChange!;
    expect(detail).toMatchObject({ state: 'SYNCED', syncStatus: 'SYNCED', syncError: null });
    expect(detail.tiktokPackageIds).toEqual(sent.packages.map((p) => p.packageId));
    expect(detail.packagesAfter.map((p) => [p.tiktokPackageId, p.syncStatus, p.lines.map((l) => l.tiktokLineItemId)]).sort()).toEqual(
      sent.packages.map((p) => [p.packageId, 'SYNCED', p.lineItemIds]).sort(),
    );
    expect(detail.packagesAfter.every((p) => p.packageChanges.some((c) => c.id === change.id))).toBe(true);
    expect(detail.orders[0]!.packageChanges.map((c) => c.id)).toContain(change.id);
    expect(detail.plannedPackages.map((p) => p.lines.length)).toEqual([1, 2]);
    expect((await call(NodeType, { id: change.id }, packer)).data!.node).toEqual({ __typename: 'PackageChange', id: change.id });
    await fx.expectMatchesTikTok(o!.id);
    const journal = await fx.journal(hubOrder.id);
    expect(journal).toEqual(expect.arrayContaining([
      { kind: 'SPLIT_REQUESTED', source: 'USER', actor: change.actor },
      { kind: 'SPLIT_SYNCED', source: 'SYSTEM', actor: change.actor },
    ]));
    // Consoles hear of it through orderChanged.
    await waitUntil(hub.databaseUrl, 'the subscription streamed the split', async () => watch.events.some((e) => e.kind === 'SPLIT_SYNCED'));
    watch.stop();
    expect(watch.events.filter((e) => e.tiktokOrderId === o!.id && e.kind.startsWith('SPLIT_'))).toEqual([
      { kind: 'SPLIT_REQUESTED', source: 'USER', actor: change.actor, tiktokOrderId: o!.id },
      { kind: 'SPLIT_SYNCED', source: 'SYSTEM', actor: change.actor, tiktokOrderId: o!.id },
    ]);
  });

  test('a split whose answer was lost is recognized on the retry from what TikTok holds, not sent twice', async () => {
    const [o] = await fx.ready(1, { units: 2 });
    const hubOrder = await fx.hubOrder(o!.id);
    const res = await call(Split, { input: { orderId: orderGid(hubOrder.id), packages: hubOrder.lines.map((l) => ({ lineIds: [lineGid(l.id)] })) } }, packer);
    const change = res.data!.packageSplit.packageChange!;
    // TikTok applies the split but the answer never arrives (a gateway timeout after the write).
    emu.controls.setFaults({ api: { lostAnswerRate: 1 } });
    try {
      await waitUntil(hub.databaseUrl, 'TikTok applied the split', async () => emu.controls.ledger({ kind: 'package.split', orderId: o!.id }).length > 0);
    } finally {
      emu.controls.setFaults({ api: { lostAnswerRate: 0 } });
    }
    await fx.waitForChange(change.id, 'SYNCED');
    const ledger = emu.controls.ledger({ kind: 'package.split', orderId: o!.id });
    expect(ledger).toHaveLength(1);
    const sent = ledger[0]!.detail as { packages: { packageId: string }[] };
    const detail = (await call(ChangeDetail, { id: change.id }, packer)).data!.packageChange!;
    expect(detail.tiktokPackageIds).toEqual(sent.packages.map((p) => p.packageId));
    await fx.expectMatchesTikTok(o!.id);
  });

  test('a split TikTok refuses ends FAILED with its error and an incident', async () => {
    const [o] = await fx.ready(1, { units: 2 });
    const hubOrder = await fx.hubOrder(o!.id);
    const res = await call(
      Split,
      { input: { orderId: orderGid(hubOrder.id), packages: hubOrder.lines.map((l) => ({ lineIds: [lineGid(l.id)] })) } },
      packer,
    );
    const change = res.data!.packageSplit.packageChange!;
    // Within the undo window, the seller cancels the order in Seller Center: TikTok then refuses the split.
    emu.controls.sellerCenter.cancelOrder(o!.id);
    await fx.waitForChange(change.id, 'FAILED');
    const detail = (await call(ChangeDetail, { id: change.id }, packer)).data!.packageChange!;
    expect(detail.syncStatus).toBe('FAILED');
    expect(detail.syncError).toMatch(/cancel/i);
    expect(emu.controls.ledger({ kind: 'package.split', orderId: o!.id })).toEqual([]);
    const { rows } = await hub.pool.query(`select message from app.incident where kind = 'package-change-push:SPLIT' and resolved_at is null`);
    expect(rows.some((r) => r.message.includes(String(hubOrder.id)))).toBe(true);
    expect(await fx.journal(hubOrder.id)).toContainEqual({ kind: 'SPLIT_FAILED', source: 'SYSTEM', actor: expect.stringMatching(/^user:/) });
  });

  test('a split can be undone until it is sent; after that TikTok has no way back', async () => {
    const [o] = await fx.ready(1, { units: 2 });
    const hubOrder = await fx.hubOrder(o!.id);
    const input = { orderId: orderGid(hubOrder.id), packages: hubOrder.lines.map((l) => ({ lineIds: [lineGid(l.id)] })) };
    const first = (await call(Split, { input }, packer)).data!.packageSplit.packageChange!;
    const undo = await call(SplitUndo, { input: { changeId: first.id } }, packer);
    expect(undo.data!.packageSplitUndo).toMatchObject({ packageChange: { state: 'UNDONE', syncStatus: null }, userErrors: [] });
    const { rows } = await hub.pool.query('select distinct sync_status from app.package where id = any($1::int[])', [hubOrder.packageIds]);
    expect(rows).toEqual([{ sync_status: 'SYNCED' }]);

    // The job of the undone split finds nothing to do; a new split goes through.
    const second = (await call(Split, { input }, packer)).data!.packageSplit.packageChange!;
    await fx.waitForChange(second.id, 'SYNCED');
    expect(emu.controls.ledger({ kind: 'package.split', orderId: o!.id })).toHaveLength(1);
    const { rows: undone } = await hub.pool.query(`select state from app.package_change where id = $1`, [Number(first.id.split('/').pop())]);
    expect(undone[0].state).toBe('UNDONE');
    const late = await call(SplitUndo, { input: { changeId: second.id } }, packer);
    expect(late.data!.packageSplitUndo.userErrors.map((e) => e.code)).toEqual(['NOT_UNDOABLE']);
    expect(await fx.journal(hubOrder.id)).toContainEqual({ kind: 'SPLIT_UNDONE', source: 'USER', actor: expect.stringMatching(/^user:/) });
  });

  test('bad requests are refused with a code and change nothing', async () => {
    const [o, other] = await fx.ready(2, { units: 3 });
    const order = await fx.hubOrder(o!.id);
    const otherOrder = await fx.hubOrder(other!.id);
    const [a, b, c] = order.lines.map((l) => lineGid(l.id));
    const codeOf = async (packages: string[][], orderId = orderGid(order.id)) => {
      const res = await call(Split, { input: { orderId, packages: packages.map((lineIds) => ({ lineIds })) } }, packer);
      expect(res.data!.packageSplit.packageChange).toBeNull();
      return res.data!.packageSplit.userErrors.map((e) => [e.code, e.field]);
    };
    const before = await fx.snapshot();
    expect(await codeOf([[a!, b!], [c!, lineGid(otherOrder.lines[0]!.id)]])).toEqual([['LINE_NOT_IN_ORDER', ['packages', '1', 'lineIds']]]);
    expect(await codeOf([[a!, b!, c!], []])).toEqual([['EMPTY_PACKAGE', ['packages', '1', 'lineIds']]]);
    expect(await codeOf([[a!, b!], [b!, c!]])).toEqual([['LINE_TWICE', ['packages', '1', 'lineIds']]]);
    expect(await codeOf([[a!], [b!]])).toEqual([['LINE_MISSING', ['packages']]]);
    expect(await codeOf([[a!, b!, c!]])).toEqual([['TOO_FEW_PACKAGES', ['packages']]]);
    expect(await codeOf([['gid://consign/Order/1'], [a!, b!, c!]])).toEqual([['LINE_NOT_IN_ORDER', ['packages', '0', 'lineIds']]]);
    expect(await codeOf([[a!], [b!, c!]], orderGid(999999))).toEqual([['NOT_FOUND', ['orderId']]]);

    // A pre-order stays ON_HOLD until its release date, days away.
    const [held] = emu.controls.createOrders({ count: 1, scenario: 'pre_order', items: [{ skuId: fx.sku(0), quantity: 2 }], buyerMessage: '' });
    const heldOrder = await fx.waitForOrder(held!.id, 'ON_HOLD');
    expect(await codeOf([[lineGid(heldOrder.lines[0]!.id)], [lineGid(heldOrder.lines[1]!.id)]], orderGid(heldOrder.id))).toEqual([['ORDER_ON_HOLD', ['orderId']]]);

    const [shipped] = await fx.ready(1, { units: 2 });
    emu.controls.sellerCenter.ship(shipped!.id);
    const shippedOrder = await fx.waitForOrder(shipped!.id, 'AWAITING_COLLECTION');
    expect(await codeOf(shippedOrder.lines.map((l) => [lineGid(l.id)]), orderGid(shippedOrder.id))).toEqual([['ORDER_SHIPPED', ['orderId']]]);

    const [cancelled] = await fx.ready(1, { units: 2 });
    emu.controls.sellerCenter.cancelOrder(cancelled!.id);
    const cancelledOrder = await fx.waitForOrder(cancelled!.id, 'CANCELLED');
    expect((await codeOf(cancelledOrder.lines.map((l) => [lineGid(l.id)]), orderGid(cancelledOrder.id)))[0]![0]).toBe('ORDER_CANCELLED');

    // The hub has not heard of the cancellation yet (webhook lost): TikTok's split attributes say no.
    const [stale] = await fx.ready(1, { units: 2 });
    const staleOrder = await fx.hubOrder(stale!.id);
    emu.controls.setFaults({ webhook: { dropRate: 1 } });
    try {
      emu.controls.sellerCenter.cancelOrder(stale!.id);
      const res = await call(Split, { input: { orderId: orderGid(staleOrder.id), packages: staleOrder.lines.map((l) => ({ lineIds: [lineGid(l.id)] })) } }, packer);
      expect(res.data!.packageSplit.userErrors).toEqual([{ code: 'TIKTOK_CANNOT_SPLIT', field: ['orderId'], message: expect.stringContaining('canceled') }]);
    } finally {
      emu.controls.setFaults({ webhook: { dropRate: 0 } });
    }

    const [single] = await fx.ready(1, { units: 1 });
    const singleOrder = await fx.hubOrder(single!.id);
    expect(await codeOf([[lineGid(singleOrder.lines[0]!.id)], []], orderGid(singleOrder.id))).toEqual([['SINGLE_UNIT', ['orderId']]]);

    const service = await hub.signIn('CUSTOMER_SERVICE');
    const forbidden = await call(Split, { input: { orderId: orderGid(order.id), packages: [{ lineIds: [a!] }, { lineIds: [b!, c!] }] } }, service);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const after = await fx.snapshot();
    expect(after.changes).toBe(before.changes);
    expect(after.versions.filter(([id]) => order.packageIds.includes(id))).toEqual(before.versions.filter(([id]) => order.packageIds.includes(id)));

    // A key already used for another request is refused.
    const first = await call(Split, { input: { orderId: orderGid(order.id), idempotencyKey: 'reuse-1', packages: [{ lineIds: [a!] }, { lineIds: [b!, c!] }] } }, packer);
    expect(first.data!.packageSplit.userErrors).toEqual([]);
    const reusedKey = await call(Split, { input: { orderId: orderGid(order.id), idempotencyKey: 'reuse-1', packages: [{ lineIds: [a!, b!] }, { lineIds: [c!] }] } }, packer);
    expect(reusedKey.data!.packageSplit.userErrors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
  });
});

describe('combine', () => {
  test('suggestions, combine and uncombine, each confirmed by TikTok', async () => {
    const orders = await fx.ready(3, { units: 1, sameRecipient: true });
    const ids = orders.map((o) => o.id);
    const hubOrders = await Promise.all(ids.map((id) => fx.hubOrder(id)));

    const suggestions = (await call(Suggestions, { shopId: toGlobalId('Shop', fx.shopDbId) }, packer)).data!.combineSuggestions;
    const mine = suggestions.find((s) => s.orders.some((o) => o.tiktokOrderId === ids[0]))!;
    expect(mine.orders.map((o) => o.tiktokOrderId)).toEqual(ids);
    expect(mine).toMatchObject({ combinable: true, tiktokPackageId: o0Package(orders) });

    const dry = await call(Combine, { input: { orderIds: hubOrders.map((o) => orderGid(o.id)), dryRun: true } }, packer);
    expect(dry.data!.packagesCombine).toEqual({ packageChange: null, userErrors: [] });
    expect(emu.controls.ledger({ kind: 'package.combined' }).filter((e) => (e.detail as { orderIds: string[] }).orderIds.includes(ids[0]!))).toEqual([]);

    const res = await call(
      Combine,
      { input: { packageIds: hubOrders.map((o) => toGlobalId('Package', o.packageIds[0]!)), idempotencyKey: 'combine-1' } },
      packer,
    );
    expect(res.data!.packagesCombine.userErrors).toEqual([]);
    const change = res.data!.packagesCombine.packageChange!;
    await fx.waitForChange(change.id, 'SYNCED');
    const combined = emu.controls.ledger({ kind: 'package.combined' }).filter((e) => (e.detail as { orderIds: string[] }).orderIds.includes(ids[0]!));
    expect(combined).toHaveLength(1);
    const combinedId = (combined[0]!.detail as { packageId: string }).packageId;
    const { rows } = await hub.pool.query(
      `select distinct p.tiktok_package_id from app.order_line l join app.package p on p.id = l.package_id where l.order_id = any($1::int[])`,
      [hubOrders.map((o) => o.id)],
    );
    expect(rows).toEqual([{ tiktok_package_id: combinedId }]);
    // The three emptied packages are gone, as at TikTok.
    const { rows: old } = await hub.pool.query('select id from app.package where id = any($1::int[])', [hubOrders.flatMap((o) => o.packageIds)]);
    expect(old).toEqual([]);
    for (const id of ids) await fx.expectMatchesTikTok(id);

    const combinedDbId = (await hub.pool.query('select id from app.package where tiktok_package_id = $1', [combinedId])).rows[0].id;
    const stranger = await call(Uncombine, { input: { packageId: toGlobalId('Package', combinedDbId), orderIds: [orderGid(999999)] } }, packer);
    expect(stranger.data!.packageUncombine.userErrors.map((e) => [e.code, e.field])).toEqual([['ORDER_NOT_IN_PACKAGE', ['orderIds', '0']]]);
    const un = await call(Uncombine, { input: { packageId: toGlobalId('Package', combinedDbId), orderIds: [orderGid(hubOrders[2]!.id)] } }, packer);
    expect(un.data!.packageUncombine.userErrors).toEqual([]);
    await fx.waitForChange(un.data!.packageUncombine.packageChange!.id, 'SYNCED');
    const ledger = emu.controls.ledger({ kind: 'package.uncombined' }).filter((e) => (e.detail as { packageId: string }).packageId === combinedId);
    expect(ledger).toHaveLength(1);
    expect((ledger[0]!.detail as { removedOrderIds: string[] }).removedOrderIds).toEqual([ids[2]]);
    for (const id of ids) await fx.expectMatchesTikTok(id);
    expect(await fx.journal(hubOrders[2]!.id)).toEqual(expect.arrayContaining([
      { kind: 'COMBINE_REQUESTED', source: 'USER', actor: expect.stringMatching(/^user:/) },
      { kind: 'COMBINE_SYNCED', source: 'SYSTEM', actor: expect.stringMatching(/^user:/) },
      { kind: 'UNCOMBINE_SYNCED', source: 'SYSTEM', actor: expect.stringMatching(/^user:/) },
    ]));

    const notCombined = await call(Uncombine, { input: { packageId: toGlobalId('Package', (await fx.hubOrder(ids[2]!)).packageIds[0]!) } }, packer);
    expect(notCombined.data!.packageUncombine.userErrors.map((e) => e.code)).toEqual(['NOT_COMBINED']);
  });

  test('orders of different buyers, addresses, or more than 20 are refused', async () => {
    const [x, y] = await fx.ready(2, { units: 1 });
    const a = await fx.hubOrder(x!.id);
    const b = await fx.hubOrder(y!.id);
    const codeOf = async (input: Record<string, unknown>) =>
      (await call(Combine, { input }, packer)).data!.packagesCombine.userErrors.map((e) => e.code);
    expect(await codeOf({ orderIds: [orderGid(a.id), orderGid(b.id)] })).toEqual(['DIFFERENT_BUYERS']);
    expect(await codeOf({ orderIds: [orderGid(a.id)] })).toEqual(['TOO_FEW_ORDERS']);
    expect(await codeOf({ orderIds: [orderGid(a.id), orderGid(a.id)] })).toEqual(['INVALID_INPUT']);
    expect(await codeOf({ orderIds: Array.from({ length: 21 }, (_, i) => orderGid(i + 1)) })).toEqual(['TOO_MANY_ORDERS']);
    expect(await codeOf({ orderIds: [orderGid(a.id), orderGid(b.id)], packageIds: [toGlobalId('Package', a.packageIds[0]!)] })).toEqual(['INVALID_INPUT']);

    const pair = await fx.ready(2, { units: 1, sameRecipient: true });
    emu.controls.buyer.updateAddress(pair[1]!.id, { addressLine1: '1 Elsewhere Road' });
    await waitUntil(hub.databaseUrl, 'the new address arrived', async () => {
      const { rows } = await hub.pool.query(`select recipient from app.order where tiktok_order_id = $1`, [pair[1]!.id]);
      return JSON.stringify(rows[0]?.recipient ?? {}).includes('Elsewhere');
    });
    const [p, q] = await Promise.all(pair.map((o) => fx.hubOrder(o.id)));
    expect(await codeOf({ orderIds: [orderGid(p!.id), orderGid(q!.id)] })).toEqual(['DIFFERENT_ADDRESSES']);
  });
});

describe('Seller Center', () => {
  test('splits and combines made in Seller Center arrive by webhook and re-shape the hub packages', async () => {
    const [o] = await fx.ready(1, { units: 3 });
    const before = await fx.hubOrder(o!.id);
    emu.controls.fulfillment.sellerCenter.split(o!.id, [[o!.lineItems[0]!.id], [o!.lineItems[1]!.id, o!.lineItems[2]!.id]]);
    await waitUntil(hub.databaseUrl, 'the split arrived', async () => (await fx.hubOrder(o!.id)).packageIds.length === 2);
    await fx.expectMatchesTikTok(o!.id);
    const { rows } = await hub.pool.query('select id from app.package where id = any($1::int[])', [before.packageIds]);
    expect(rows).toEqual([]);
    // The new packages are worked on from the hub like any other: a packing slip per parcel.
    for (const id of (await fx.hubOrder(o!.id)).packageIds) {
      const slip = await fetch(`${hub.url}/documents/packages/${id}/packing-slip.pdf`, { headers: { authorization: `Bearer ${packer}` } });
      expect(slip.status).toBe(200);
      expect(Buffer.from(await slip.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    }

    const pair = await fx.ready(2, { units: 1, sameRecipient: true });
    const packageId = emu.controls.fulfillment.sellerCenter.combine(pair.map((p) => p.id));
    await waitUntil(hub.databaseUrl, 'the combination arrived', async () => {
      const { rows: r } = await hub.pool.query(
        `select count(distinct l.order_id)::int as n from app.order_line l join app.package p on p.id = l.package_id where p.tiktok_package_id = $1`,
        [packageId],
      );
      return r[0].n === 2;
    });
    for (const p of pair) await fx.expectMatchesTikTok(p.id);

    // The re-shaped package can be worked on from the hub: here, taken apart again.
    const dbId = (await hub.pool.query('select id from app.package where tiktok_package_id = $1', [packageId])).rows[0].id;
    const un = await call(Uncombine, { input: { packageId: toGlobalId('Package', dbId) } }, packer);
    await fx.waitForChange(un.data!.packageUncombine.packageChange!.id, 'SYNCED');
    for (const p of pair) await fx.expectMatchesTikTok(p.id);
  });
});

function o0Package(orders: EmuOrder[]): string {
  return orders[0]!.packageIds[0]!;
}

describe('shipping pushes of a package TikTok replaces', () => {
  test('a Seller Center split empties a package with a failed and a queued push: the queued one fails visibly, both records stay', async () => {
    const [o] = await fx.ready(1, { units: 2 });
    const before = await fx.hubOrder(o!.id);
    const packageId = before.packageIds[0]!;
    // The records packageShip leaves: one TikTok refused, one still queued (its job has not run yet).
    const { rows: pushes } = await hub.pool.query(
      `insert into app.shipping_push (shop_id, package_id, kind, status, request, previous, error, tiktok_code, actor, attempts, created_at, finished_at)
       values ($1, $2, 'SHIP', 'FAILED', '{"handoverMethod":"PICKUP"}', '{}', 'TikTok refused (21011022): invalid', 21011022, 'user:1', 1, now(), now()),
              ($1, $2, 'SHIP', 'PENDING', '{"handoverMethod":"DROP_OFF"}', '{}', null, null, 'user:1', 0, now(), null)
       returning id`,
      [fx.shopDbId, packageId],
    );
    emu.controls.fulfillment.sellerCenter.split(o!.id, [[o!.lineItems[0]!.id], [o!.lineItems[1]!.id]]);
    await waitUntil(hub.databaseUrl, 'the split arrived', async () => (await fx.hubOrder(o!.id)).packageIds.length === 2);
    expect((await hub.pool.query('select id from app.package where id = $1', [packageId])).rows).toEqual([]);
    const { rows: kept } = await hub.pool.query('select id, package_id, status, error, tiktok_code from app.shipping_push where id = any($1::int[]) order by id', [
      pushes.map((p) => p.id),
    ]);
    expect(kept).toEqual([
      { id: pushes[0]!.id, package_id: null, status: 'FAILED', error: 'TikTok refused (21011022): invalid', tiktok_code: 21011022 },
      { id: pushes[1]!.id, package_id: null, status: 'FAILED', error: expect.stringContaining('TikTok replaced the package'), tiktok_code: null },
    ]);
    const { rows: journal } = await hub.pool.query(`select kind, data->>'pushId' as push_id from app.journal where entity_type = 'Package' and entity_id = $1`, [packageId]);
    expect(journal).toEqual([{ kind: 'PACKAGE_SHIP_FAILED', push_id: String(pushes[1]!.id) }]);
    await fx.expectMatchesTikTok(o!.id);
  });
});

describe('concurrency', () => {
  test('20 packers splitting 3 orders at once: one split per order wins, the rest get CONFLICT or CHANGE_PENDING, invariants hold', async () => {
    const orders = await fx.ready(3, { units: 4 });
    const hubOrders = await Promise.all(orders.map((o) => fx.hubOrder(o.id)));
    const tokens = await Promise.all(Array.from({ length: 5 }, () => hub.signIn('PACKER')));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const order = hubOrders[i % 3]!;
        const lines = order.lines.map((l) => lineGid(l.id));
        const cut = 1 + (i % 3);
        return call(Split, { input: { orderId: orderGid(order.id), packages: [{ lineIds: lines.slice(0, cut) }, { lineIds: lines.slice(cut) }] } }, tokens[i % 5]!);
      }),
    );
    const winners: string[] = [];
    for (const [i, res] of results.entries()) {
      const { packageChange, userErrors } = res.data!.packageSplit;
      if (packageChange) winners.push(`${i % 3}:${packageChange.id}`);
      else expect(['CONFLICT', 'CHANGE_PENDING']).toContain(userErrors[0]!.code);
    }
    expect(winners.map((w) => w.split(':')[0]).sort()).toEqual(['0', '1', '2']);
    for (const w of winners) await fx.waitForChange(w.slice(w.indexOf(':') + 1), 'SYNCED');

    const ids = hubOrders.map((o) => o.id);
    const q = async (sql: string) => (await hub.pool.query(sql, [ids])).rows;
    // Every unit is in a package, every package holds units, and only of its own shop.
    expect(await q('select id from app.order_line where order_id = any($1::int[]) and package_id is null')).toEqual([]);
    expect(await q('select p.id from app.package p where not exists (select 1 from app.order_line l where l.package_id = p.id) and $1::int[] is not null')).toEqual([]);
    expect(
      await q(`select p.id from app.package p join app.order_line l on l.package_id = p.id join app.order o on o.id = l.order_id
               where o.shop_id <> p.shop_id and $1::int[] is not null`),
    ).toEqual([]);
    // One change per order, synced; nothing left queued; TikTok split each order once.
    expect(
      await q(`select o.id, count(c.id)::int as n from app.order o join app.package_change c on c.order_ids @> to_jsonb(array[o.id])
               where o.id = any($1::int[]) group by o.id having count(c.id) <> 1 or bool_or(c.state <> 'SYNCED')`),
    ).toEqual([]);
    for (const o of orders) {
      expect(emu.controls.ledger({ kind: 'package.split', orderId: o.id })).toHaveLength(1);
      await fx.expectMatchesTikTok(o.id);
    }
  });
});
