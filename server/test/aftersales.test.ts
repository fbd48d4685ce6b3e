import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scanDeadlines, DEADLINE_THRESHOLDS_MINUTES } from '../src/aftersales/deadline-warnings.js';
import { pollAfterSales } from '../src/aftersales/after-sale-poll.js';
import { openAfterSalesFor } from '../src/aftersales/open-after-sale.js';
import { upsertAfterSales } from '../src/aftersales/after-sale-upsert.js';
import { afterSaleFromReturn } from '../src/aftersales/wire-after-sale.js';
import { withTransaction } from '../src/db/pool.js';
import {
  actionsOf,
  CASE_FIELDS,
  expectLedgerMatchesHub,
  hubCase,
  hubOrderId,
  hubOrderStatus,
  key,
  ledgerOf,
  settled,
  startAfterSaleWorld,
  truth,
  type AfterSaleWorld,
} from './aftersales-support.js';
import { subscribeAs } from './live.js';
import { waitUntil } from './wait.js';

let w: AfterSaleWorld;

beforeAll(async () => {
  w = await startAfterSaleWorld(31);
}, 120_000);
afterAll(async () => {
  await w?.stop();
});

const DECISION = `afterSale { ${CASE_FIELDS} } userErrors { code field message }`;
const M = {
  cancellationApprove: `mutation($input: CancellationApproveInput!) { r: cancellationApprove(input: $input) { ${DECISION} } }`,
  cancellationReject: `mutation($input: CancellationRejectInput!) { r: cancellationReject(input: $input) { ${DECISION} } }`,
  returnApprove: `mutation($input: ReturnApproveInput!) { r: returnApprove(input: $input) { ${DECISION} } }`,
  returnReject: `mutation($input: ReturnRejectInput!) { r: returnReject(input: $input) { ${DECISION} } }`,
  orderCancel: `mutation($input: OrderCancelInput!) { r: orderCancel(input: $input) { order { id status } userErrors { code field message } } }`,
};

async function mutate(name: keyof typeof M, input: Record<string, unknown>, token = w.agent) {
  const res = await w.hub.gql(M[name], { input }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.r as { afterSale?: any; order?: any; userErrors: { code: string; message: string; field: string[] | null }[] };
}

async function caseView(gid: string) {
  const res = await w.hub.gql(`query($id: ID!) { afterSale(id: $id) { ${CASE_FIELDS} order { id tiktokOrderId status } replacementOrder { id tiktokOrderId originalOrder { tiktokOrderId } } } }`, { id: gid }, w.agent);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.afterSale;
}

async function rejectReasons(gid: string): Promise<string[]> {
  const res = await w.hub.gql(`query($id: ID!) { afterSaleRejectReasons(id: $id) { name text } }`, { id: gid }, w.agent);
  return res.data.afterSaleRejectReasons.map((r: { name: string }) => r.name);
}

/** A paid order past ON_HOLD, in the hub. */
async function readyOrder(overrides: Record<string, unknown> = {}) {
  const [order] = w.emu.controls.createOrders({ scenario: 'single', ...overrides }) as any[];
  if (order.status === 'ON_HOLD') w.emu.controls.advanceClock(3601);
  await waitUntil(w.hub.databaseUrl, 'the order is AWAITING_SHIPMENT in the hub', async () => (await hubOrderStatus(w, order.id)) === 'AWAITING_SHIPMENT');
  return order as { id: string; lineItems: { id: string; isGift: boolean }[] };
}

async function deliveredOrder(overrides: Record<string, unknown> = {}) {
  const order = await readyOrder(overrides);
  w.emu.controls.sellerCenter.ship(order.id);
  w.emu.controls.carrier.scan(order.id);
  w.emu.controls.carrier.scan(order.id);
  await waitUntil(w.hub.databaseUrl, 'the order is DELIVERED in the hub', async () => (await hubOrderStatus(w, order.id)) === 'DELIVERED');
  return order;
}

function requestReturn(orderId: string, returnType: string, extra: Record<string, unknown> = {}) {
  return w.emu.controls.afterSales.requestReturn(orderId, { returnType: returnType as any, evidence: { note: 'see photos' }, ...extra }) as { id: string };
}

describe('cancellations', () => {
  test("approving a buyer's cancel request cancels the order, records the refund and the agent", async () => {
    const order = await readyOrder();
    const c = w.emu.controls.afterSales.requestCancel(order.id);
    const pending = await settled(w, c.id);
    expect(pending).toMatchObject({ status: 'CANCELLATION_REQUEST_PENDING', nextAction: 'SELLER_RESPOND_CANCEL', type: 'BUYER_CANCEL' });
    expect(pending.deadline).toBeGreaterThan(0);

    const orderDbId = await hubOrderId(w, order.id);
    expect((await openAfterSalesFor(w.hub.pool, orderDbId)).cases).toMatchObject([{ afterSaleId: pending.id, status: 'CANCELLATION_REQUEST_PENDING', pending: false }]);
    const r = await mutate('cancellationApprove', { id: pending.gid, version: pending.version, idempotencyKey: key() });
    expect(r.userErrors).toEqual([]);
    expect(r.afterSale.syncStatus).toBe('PENDING');
    const done = await settled(w, c.id);
    expect((await openAfterSalesFor(w.hub.pool, orderDbId)).cases).toEqual([]);
    expect(done.status).toBe('CANCELLATION_REQUEST_COMPLETE');
    await waitUntil(w.hub.databaseUrl, 'the order is cancelled in the hub', async () => (await hubOrderStatus(w, order.id)) === 'CANCELLED');
    await expectLedgerMatchesHub(w, order.id);

    const view = await w.hub.gql(
      `query($t: String!) { order(tiktokOrderId: $t) { refunds { amount { amount } afterSale { tiktokId } } refundedTotal { amount } afterSales { tiktokId } history { kind actor } } }`,
      { t: order.id },
      w.agent,
    );
    const o = view.data.order;
    expect(o.afterSales.map((a: any) => a.tiktokId)).toEqual([c.id]);
    expect(o.refunds).toEqual([{ amount: { amount: truth(w, c.id).refund_amount.refund_total }, afterSale: { tiktokId: c.id } }]);
    expect(Number(o.refundedTotal.amount)).toBe(Number(truth(w, c.id).refund_amount.refund_total));
    const decided = o.history.find((h: any) => h.kind === 'AFTER_SALE_DECIDED');
    expect(decided.actor).toMatch(/^user:\d+$/);
  });

  test('rejecting needs one of TikTok\'s reasons; the order carries on', async () => {
    const order = await readyOrder();
    const c = w.emu.controls.afterSales.requestCancel(order.id);
    const pending = await settled(w, c.id);
    expect((await mutate('cancellationReject', { id: pending.gid, reason: ' ' })).userErrors[0]!.code).toBe('REASON_REQUIRED');
    expect((await mutate('cancellationReject', { id: pending.gid, reason: 'because' })).userErrors[0]!.code).toBe('INVALID_REASON');
    const reasons = await rejectReasons(pending.gid);
    expect(reasons.length).toBeGreaterThan(0);
    const r = await mutate('cancellationReject', { id: pending.gid, reason: reasons[0], comment: 'Already packed', idempotencyKey: key() });
    expect(r.userErrors).toEqual([]);
    expect((await settled(w, c.id)).status).toBe('CANCELLATION_REQUEST_CANCELLED');
    expect(await hubOrderStatus(w, order.id)).toBe('AWAITING_SHIPMENT');
    expect(ledgerOf(w, order.id)).toMatchObject([{ kind: 'cancellation.rejected', detail: { reason: reasons[0], comment: 'Already packed' } }]);
    await expectLedgerMatchesHub(w, order.id);
  });

  test('a request the buyer withdrew cannot be decided: typed error naming the status, nothing pushed', async () => {
    const order = await readyOrder();
    const c = w.emu.controls.afterSales.requestCancel(order.id);
    const pending = await settled(w, c.id);
    w.emu.controls.afterSales.withdraw(c.id);
    await settled(w, c.id);
    const r = await mutate('cancellationApprove', { id: pending.gid, idempotencyKey: key() });
    expect(r.userErrors[0]).toMatchObject({ code: 'WRONG_STATUS' });
    expect(r.userErrors[0]!.message).toContain('CANCELLATION_REQUEST_CANCELLED');
    expect(await actionsOf(w, order.id)).toEqual([]);
    expect(ledgerOf(w, order.id)).toEqual([]);
  });

  test('the seller cancels a whole order with a reason valid for its status', async () => {
    const order = await readyOrder();
    const orderGid = `gid://consign/Order/${await hubOrderId(w, order.id)}`;
    const reasons = await w.hub.gql(`query($id: ID!) { orderCancelReasons(orderId: $id) { name } }`, { id: orderGid }, w.agent);
    expect(reasons.data.orderCancelReasons.map((r: any) => r.name)).toContain('seller_cancel_reason_wrong_price');
    expect((await mutate('orderCancel', { orderId: orderGid, reason: 'ecom_order_delivered_refund_reason_damaged' })).userErrors[0]!.code).toBe('INVALID_REASON');
    const r = await mutate('orderCancel', { orderId: orderGid, reason: 'seller_cancel_reason_wrong_price', idempotencyKey: key() });
    expect(r.userErrors).toEqual([]);
    await waitUntil(w.hub.databaseUrl, 'the order is cancelled in the hub', async () => (await hubOrderStatus(w, order.id)) === 'CANCELLED');
    const [cancel] = w.emu.controls.ledger({ orderId: order.id, kind: 'cancellation.seller_cancel' });
    const c = await settled(w, (cancel!.detail as any).cancelId);
    expect(c).toMatchObject({ status: 'CANCELLATION_REQUEST_COMPLETE', type: 'CANCEL' });
    await waitUntil(w.hub.databaseUrl, 'the action is done', async () => (await actionsOf(w, order.id))[0]?.status === 'DONE');
    await expectLedgerMatchesHub(w, order.id);
    const again = await mutate('orderCancel', { orderId: orderGid, reason: 'seller_cancel_reason_wrong_price' });
    expect(again.userErrors[0]).toMatchObject({ code: 'ORDER_NOT_CANCELLABLE' });
    expect(again.userErrors[0]!.message).toContain('CANCELLED');
  });

  test('cancelling some units: out of stock only, and a gift goes with the unit it came with', async () => {
    let order: { id: string; lineItems: { id: string; isGift: boolean }[] } | undefined;
    for (let i = 0; i < 30 && !order; i++) {
      const [o] = w.emu.controls.createOrders({ scenario: 'gift' }) as any[];
      if (o.lineItems.filter((l: any) => !l.isGift).length >= 2) order = o;
    }
    expect(order).toBeDefined();
    if (w.emu.controls.order(order!.id)!.status === 'ON_HOLD') w.emu.controls.advanceClock(3601);
    await waitUntil(w.hub.databaseUrl, 'the gift order is ready in the hub', async () => (await hubOrderStatus(w, order!.id)) === 'AWAITING_SHIPMENT');
    const orderDbId = await hubOrderId(w, order!.id);
    const { rows: lines } = await w.hub.pool.query(`select id, tiktok_line_item_id, is_gift from app.order_line where order_id = $1 order by position, id`, [orderDbId]);
    const paid = lines.filter((l) => !l.is_gift);
    const gift = lines.find((l) => l.is_gift)!;
    const gid = (id: number) => `gid://consign/OrderLine/${id}`;
    const orderGid = `gid://consign/Order/${orderDbId}`;

    expect((await mutate('orderCancel', { orderId: orderGid, reason: 'seller_cancel_reason_out_of_stock', lineIds: [gid(gift.id)] })).userErrors[0]!.code).toBe('GIFT_WITHOUT_PARENT');
    expect((await mutate('orderCancel', { orderId: orderGid, reason: 'seller_cancel_reason_wrong_price', lineIds: [gid(paid[0].id)] })).userErrors[0]!.code).toBe('PARTIAL_NOT_ALLOWED');

    const preview = await w.hub.gql(
      `query($input: RefundPreviewInput!) { refundPreview(input: $input) { refund { total { amount } } lineIds } }`,
      { input: { orderId: orderGid, requestType: 'CANCEL', lineIds: [gid(paid[0].id)] } },
      w.agent,
    );
    expect(preview.data.refundPreview.lineIds).toEqual(lines.filter((l) => l.id === paid[0].id || l.id === gift.id).map((l) => gid(l.id)));

    const r = await mutate('orderCancel', { orderId: orderGid, reason: 'seller_cancel_reason_out_of_stock', lineIds: [gid(paid[0].id)], idempotencyKey: key() });
    expect(r.userErrors).toEqual([]);
    await waitUntil(w.hub.databaseUrl, 'the cancel is pushed', async () => (await actionsOf(w, order!.id))[0]?.status === 'DONE');
    const [cancel] = w.emu.controls.ledger({ orderId: order!.id, kind: 'cancellation.seller_cancel' });
    expect(new Set((cancel!.detail as any).lineItemIds)).toEqual(new Set([paid[0].tiktok_line_item_id, gift.tiktok_line_item_id]));
    expect((cancel!.detail as any).whole).toBe(false);
    const c = await settled(w, (cancel!.detail as any).cancelId);
    expect(Number(preview.data.refundPreview.refund.total.amount)).toBe(Number(c.refundTotal));
    const view = await caseView(c.gid);
    const giftLine = view.lines.find((l: any) => l.isGift);
    expect(giftLine.giftParentLine.id).toBe(gid(paid[0].id));
    expect(w.emu.controls.order(order!.id)!.status).toBe('AWAITING_SHIPMENT');
    await expectLedgerMatchesHub(w, order!.id);
  });
});

describe('refunds, returns and replacements', () => {
  test('refund only: preview, approve, refund recorded; the same key twice has one effect', async () => {
    const order = await deliveredOrder();
    const ret = requestReturn(order.id, 'REFUND');
    const pending = await settled(w, ret.id);
    expect(pending).toMatchObject({ status: 'RETURN_OR_REFUND_REQUEST_PENDING', nextAction: 'SELLER_RESPOND_REFUND' });
    const idem = key();
    const first = await mutate('returnApprove', { id: pending.gid, decision: 'APPROVE_REFUND', idempotencyKey: idem });
    const replay = await mutate('returnApprove', { id: pending.gid, decision: 'APPROVE_REFUND', idempotencyKey: idem });
    expect(first.userErrors).toEqual([]);
    expect(replay.userErrors).toEqual([]);
    const reused = await mutate('returnApprove', { id: pending.gid, decision: 'OFFER_PARTIAL_REFUND', partialRefund: { amount: '1.00', currency: 'USD' }, idempotencyKey: idem });
    expect(reused.userErrors[0]!.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const done = await settled(w, ret.id);
    expect(done.status).toBe('RETURN_OR_REFUND_REQUEST_COMPLETE');
    expect(await actionsOf(w, order.id)).toHaveLength(1);
    expect(ledgerOf(w, order.id).filter((e) => e.kind === 'return.approved')).toHaveLength(1);
    await expectLedgerMatchesHub(w, order.id);
    const view = await caseView(done.gid);
    expect(view.records.length).toBe(w.emu.services.state.returns.get(ret.id)!.records!.length);
    expect(view.actions).toMatchObject([{ action: 'APPROVE_REFUND', status: 'DONE' }]);
  });

  test('refund only rejected, appealed and ruled for the seller: the case closes', async () => {
    const order = await deliveredOrder();
    const ret = requestReturn(order.id, 'REFUND');
    const pending = await settled(w, ret.id);
    const reasons = await rejectReasons(pending.gid);
    expect((await mutate('returnReject', { id: pending.gid, decision: 'REJECT_RETURN', reason: reasons[0] })).userErrors[0]!.code).toBe('WRONG_TYPE');
    const r = await mutate('returnReject', { id: pending.gid, decision: 'REJECT_REFUND', reason: reasons[0], idempotencyKey: key() });
    expect(r.userErrors).toEqual([]);
    expect((await settled(w, ret.id)).status).toBe('REFUND_OR_RETURN_REQUEST_REJECT');
    w.emu.controls.afterSales.appeal(ret.id);
    // An appeal is not a status change: no webhook, so the poll brings it in.
    await pollAfterSales(w.hub.hub, w.shopDbId);
    const appealed = await settled(w, ret.id);
    expect(appealed.arbitration).toBe('IN_PROGRESS');
    w.emu.controls.afterSales.rule(ret.id, 'SUPPORT_SELLER');
    const closed = await settled(w, ret.id);
    expect(closed).toMatchObject({ status: 'RETURN_OR_REFUND_REQUEST_CANCEL', arbitration: 'SUPPORT_SELLER' });
    await expectLedgerMatchesHub(w, order.id);
  });

  test('return and refund: approve, hub return label, buyer ships, package accepted', async () => {
    const order = await deliveredOrder();
    const ret = requestReturn(order.id, 'RETURN_AND_REFUND', { shipmentType: 'BUYER_ARRANGE' });
    const pending = await settled(w, ret.id);
    expect(pending.nextAction).toBe('SELLER_RESPOND_RETURN');
    expect((await mutate('returnApprove', { id: pending.gid, decision: 'APPROVE_RECEIVED_PACKAGE' })).userErrors[0]!.code).toBe('WRONG_STATUS');
    expect((await mutate('returnApprove', { id: pending.gid, decision: 'APPROVE_RETURN', idempotencyKey: key() })).userErrors).toEqual([]);
    const awaiting = await settled(w, ret.id);
    expect(awaiting.status).toBe('AWAITING_BUYER_SHIP');

    const { rows } = await w.hub.pool.query(`insert into app.carrier (code, name, created_at) values ('ups-ret', 'UPS', now()) returning id`);
    const label = await w.hub.gql(
      `mutation($input: ReturnLabelCreateInput!) { returnLabelCreate(input: $input) { afterSale { returnLabel { url trackingNumber carrierName } } userErrors { code } } }`,
      { input: { id: awaiting.gid, carrierId: `gid://consign/Carrier/${rows[0].id}`, trackingNumber: '1Z999AA10123456784', idempotencyKey: key() } },
      w.agent,
    );
    expect(label.data.returnLabelCreate.userErrors).toEqual([]);
    const { url } = label.data.returnLabelCreate.afterSale.returnLabel;
    const pdf = await fetch(w.hub.url + url, { headers: { authorization: `Bearer ${w.agent}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await fetch(w.hub.url + url)).status).toBe(401);

    w.emu.controls.afterSales.shipReturn(ret.id, { trackingNumber: '1Z999AA10123456784' });
    const shipped = await settled(w, ret.id);
    expect(shipped).toMatchObject({ status: 'BUYER_SHIPPED_ITEM', nextAction: 'SELLER_RESPOND_RECEIVE_PACKAGE' });
    expect((await caseView(shipped.gid)).returnTrackingNumber).toBe('1Z999AA10123456784');
    expect((await mutate('returnApprove', { id: shipped.gid, decision: 'APPROVE_RECEIVED_PACKAGE', idempotencyKey: key() })).userErrors).toEqual([]);
    expect((await settled(w, ret.id)).status).toBe('RETURN_OR_REFUND_REQUEST_COMPLETE');
    await expectLedgerMatchesHub(w, order.id);
  });

  test('returned package rejected, appealed: no decision while TikTok arbitrates; ruled for the buyer it is refunded', async () => {
    const order = await deliveredOrder();
    const ret = requestReturn(order.id, 'RETURN_AND_REFUND');
    const pending = await settled(w, ret.id);
    await mutate('returnApprove', { id: pending.gid, decision: 'APPROVE_RETURN', idempotencyKey: key() });
    await settled(w, ret.id);
    w.emu.controls.afterSales.shipReturn(ret.id);
    const shipped = await settled(w, ret.id);
    const reasons = await rejectReasons(shipped.gid);
    expect(reasons.some((r) => r.startsWith('reverse_reject_return_parcel'))).toBe(true);
    const parcelReason = reasons.find((r) => r.startsWith('reverse_reject_return_parcel'))!;
    expect((await mutate('returnReject', { id: shipped.gid, decision: 'REJECT_RECEIVED_PACKAGE', reason: parcelReason, idempotencyKey: key() })).userErrors).toEqual([]);
    const rejected = await settled(w, ret.id);
    expect(rejected.status).toBe('REJECT_RECEIVE_PACKAGE');
    w.emu.controls.afterSales.appeal(ret.id);
    await pollAfterSales(w.hub.hub, w.shopDbId);
    const appealed = await settled(w, ret.id);
    expect(appealed.arbitration).toBe('IN_PROGRESS');
    w.emu.controls.afterSales.rule(ret.id, 'SUPPORT_BUYER');
    const won = await settled(w, ret.id);
    expect(won).toMatchObject({ status: 'RETURN_OR_REFUND_REQUEST_COMPLETE', arbitration: 'SUPPORT_BUYER' });
    await expectLedgerMatchesHub(w, order.id);
  });

  test('a return request rejected without appeal; a returnless refund lets the buyer keep the item', async () => {
    const order = await deliveredOrder({ scenario: 'multi_unit' });
    const first = requestReturn(order.id, 'RETURN_AND_REFUND', { lineItemIds: [order.lineItems[0]!.id] });
    const p1 = await settled(w, first.id);
    const reasons = await rejectReasons(p1.gid);
    expect((await mutate('returnReject', { id: p1.gid, decision: 'REJECT_RETURN', reason: reasons[0], idempotencyKey: key() })).userErrors).toEqual([]);
    expect((await settled(w, first.id)).status).toBe('REFUND_OR_RETURN_REQUEST_REJECT');

    const second = requestReturn(order.id, 'RETURN_AND_REFUND', { lineItemIds: [order.lineItems[1]!.id] });
    const p2 = await settled(w, second.id);
    expect((await mutate('returnApprove', { id: p2.gid, decision: 'APPROVE_REFUND', buyerKeepItem: true })).userErrors[0]!.code).toBe('WRONG_TYPE');
    expect((await mutate('returnApprove', { id: p2.gid, decision: 'APPROVE_RETURN', buyerKeepItem: true, idempotencyKey: key() })).userErrors).toEqual([]);
    const done = await settled(w, second.id);
    expect(done.status).toBe('RETURN_OR_REFUND_REQUEST_COMPLETE');
    expect((await caseView(done.gid)).canBuyerKeepItem).toBe(true);
    await expectLedgerMatchesHub(w, order.id);
  });

  test('a partial refund (the return shipping fee deducted): accepted, or declined and decided again', async () => {
    const order = await deliveredOrder({ scenario: 'multi_unit' });
    const ret = requestReturn(order.id, 'RETURN_AND_REFUND', { lineItemIds: [order.lineItems[0]!.id] });
    const pending = await settled(w, ret.id);
    const full = Number(pending.refundTotal);
    const offer = (full - 1).toFixed(2);
    expect((await mutate('returnApprove', { id: pending.gid, decision: 'OFFER_PARTIAL_REFUND', partialRefund: { amount: (full + 5).toFixed(2), currency: 'USD' } })).userErrors[0]!.code).toBe('INVALID_AMOUNT');
    expect((await mutate('returnApprove', { id: pending.gid, decision: 'OFFER_PARTIAL_REFUND', partialRefund: { amount: offer, currency: 'USD' }, idempotencyKey: key() })).userErrors).toEqual([]);
    expect((await settled(w, ret.id)).status).toBe('AWAITING_BUYER_RESPONSE');
    w.emu.controls.afterSales.respondToPartialRefund(ret.id, true);
    const done = await settled(w, ret.id);
    expect(done).toMatchObject({ status: 'RETURN_OR_REFUND_REQUEST_COMPLETE', refundTotal: offer });

    const other = requestReturn(order.id, 'REFUND', { lineItemIds: [order.lineItems[1]!.id] });
    const p2 = await settled(w, other.id);
    const offer2 = (Number(p2.refundTotal) / 2).toFixed(2);
    await mutate('returnApprove', { id: p2.gid, decision: 'OFFER_PARTIAL_REFUND', partialRefund: { amount: offer2, currency: 'USD' }, idempotencyKey: key() });
    await settled(w, other.id);
    w.emu.controls.afterSales.respondToPartialRefund(other.id, false);
    const declined = await settled(w, other.id);
    expect(declined.status).toBe('RETURN_OR_REFUND_REQUEST_PENDING');
    expect((await caseView(declined.gid)).availableDecisions).toContain('APPROVE_REFUND');
    expect((await mutate('returnApprove', { id: p2.gid, decision: 'APPROVE_REFUND', idempotencyKey: key() })).userErrors).toEqual([]);
    expect((await settled(w, other.id)).status).toBe('RETURN_OR_REFUND_REQUEST_COMPLETE');
    await expectLedgerMatchesHub(w, order.id);
  });

  test('replacement approved: the new order is linked to its original', async () => {
    const order = await deliveredOrder();
    const rep = requestReturn(order.id, 'REPLACEMENT');
    const pending = await settled(w, rep.id);
    expect(pending).toMatchObject({ status: 'REPLACEMENT_REQUEST_PENDING', nextAction: 'SELLER_RESPOND_REPLACEMENT' });
    expect((await mutate('returnApprove', { id: pending.gid, decision: 'APPROVE_REPLACEMENT', idempotencyKey: key() })).userErrors).toEqual([]);
    expect((await settled(w, rep.id)).status).toBe('REPLACEMENT_REQUEST_COMPLETE');
    const replacementId = w.emu.services.state.returns.get(rep.id)!.replacementOrderId!;
    await hubOrderId(w, replacementId);
    const view = await caseView(pending.gid);
    expect(view.replacementOrder).toMatchObject({ tiktokOrderId: replacementId, originalOrder: { tiktokOrderId: order.id } });
    await expectLedgerMatchesHub(w, order.id);
  });

  test('replacement rejected, or refunded instead', async () => {
    const a = await deliveredOrder();
    const repA = requestReturn(a.id, 'REPLACEMENT');
    const pA = await settled(w, repA.id);
    const reasons = await rejectReasons(pA.gid);
    expect((await mutate('returnReject', { id: pA.gid, decision: 'REJECT_REPLACEMENT', reason: reasons[0], idempotencyKey: key() })).userErrors).toEqual([]);
    expect((await settled(w, repA.id)).status).toBe('REPLACEMENT_REQUEST_REJECT');
    await expectLedgerMatchesHub(w, a.id);

    const b = await deliveredOrder();
    const repB = requestReturn(b.id, 'REPLACEMENT');
    const pB = await settled(w, repB.id);
    expect((await mutate('returnApprove', { id: pB.gid, decision: 'ISSUE_REPLACEMENT_REFUND', idempotencyKey: key() })).userErrors).toEqual([]);
    const refunded = await settled(w, repB.id);
    expect(refunded.status).toBe('REPLACEMENT_REQUEST_REFUND_SUCCESS');
    expect(Number(refunded.refundTotal)).toBeGreaterThan(0);
    await expectLedgerMatchesHub(w, b.id);
  });
});

describe('more paths of the state machines', () => {
  test('a request rejected, appealed and ruled for the buyer goes on as approved: the buyer ships the item back', async () => {
    const order = await deliveredOrder();
    const ret = requestReturn(order.id, 'RETURN_AND_REFUND');
    const pending = await settled(w, ret.id);
    const reasons = await rejectReasons(pending.gid);
    await mutate('returnReject', { id: pending.gid, decision: 'REJECT_RETURN', reason: reasons[0], idempotencyKey: key() });
    await settled(w, ret.id);
    w.emu.controls.afterSales.appeal(ret.id);
    await pollAfterSales(w.hub.hub, w.shopDbId);
    const appealed = await settled(w, ret.id);
    const blocked = await mutate('returnApprove', { id: appealed.gid, decision: 'APPROVE_RETURN' });
    expect(blocked.userErrors[0]!.code).toBe('ARBITRATION_IN_PROGRESS');
    w.emu.controls.afterSales.rule(ret.id, 'SUPPORT_BUYER');
    expect(await settled(w, ret.id)).toMatchObject({ status: 'AWAITING_BUYER_SHIP', arbitration: 'SUPPORT_BUYER' });
    await expectLedgerMatchesHub(w, order.id);
  });

  test('a rejected replacement the buyer wins in arbitration completes with a replacement order', async () => {
    const order = await deliveredOrder();
    const rep = requestReturn(order.id, 'REPLACEMENT');
    const pending = await settled(w, rep.id);
    const reasons = await rejectReasons(pending.gid);
    await mutate('returnReject', { id: pending.gid, decision: 'REJECT_REPLACEMENT', reason: reasons[0], idempotencyKey: key() });
    await settled(w, rep.id);
    w.emu.controls.afterSales.appeal(rep.id);
    await pollAfterSales(w.hub.hub, w.shopDbId);
    await settled(w, rep.id);
    w.emu.controls.afterSales.rule(rep.id, 'SUPPORT_BUYER');
    expect((await settled(w, rep.id)).status).toBe('REPLACEMENT_REQUEST_COMPLETE');
    const replacementId = w.emu.services.state.returns.get(rep.id)!.replacementOrderId!;
    await hubOrderId(w, replacementId);
    expect((await caseView(pending.gid)).replacementOrder.tiktokOrderId).toBe(replacementId);
    await expectLedgerMatchesHub(w, order.id);
  });

  test('the buyer withdraws a return the hub has not heard about: TikTok refuses the push, the case shows why and its real status', async () => {
    const order = await deliveredOrder();
    const ret = requestReturn(order.id, 'REFUND');
    const pending = await settled(w, ret.id);
    w.emu.controls.setFaults({ webhook: { dropRate: 1, duplicateRate: 0, reorderWindow: 0, delayMs: 0 } });
    w.emu.controls.afterSales.withdraw(ret.id);
    const r = await mutate('returnApprove', { id: pending.gid, decision: 'APPROVE_REFUND', idempotencyKey: key() });
    w.emu.controls.setFaults({ webhook: { dropRate: 0, duplicateRate: 0, reorderWindow: 0, delayMs: 0 } });
    expect(r.userErrors).toEqual([]);
    await waitUntil(w.hub.databaseUrl, 'the push failed', async () => (await actionsOf(w, order.id))[0]?.status === 'FAILED');
    const [action] = await actionsOf(w, order.id);
    expect(action!.error).toContain('25020009');
    const view = await caseView(pending.gid);
    expect(view).toMatchObject({ status: 'RETURN_OR_REFUND_REQUEST_CANCEL', syncStatus: 'FAILED', availableDecisions: [] });
    expect(view.syncError).toContain('25020009');
    expect(ledgerOf(w, order.id)).toEqual([]);
    const again = await mutate('returnApprove', { id: pending.gid, decision: 'APPROVE_REFUND', idempotencyKey: key() });
    expect(again.userErrors[0]!.message).toContain('RETURN_OR_REFUND_REQUEST_CANCEL');
  });
});

describe('races and roles', () => {
  test('two agents deciding the same case at once: one wins, the other gets a conflict', async () => {
    const order = await deliveredOrder();
    const ret = requestReturn(order.id, 'REFUND');
    const pending = await settled(w, ret.id);
    const other = await w.hub.signIn('CUSTOMER_SERVICE');
    const reasons = await rejectReasons(pending.gid);
    const [a, b] = await Promise.all([
      mutate('returnApprove', { id: pending.gid, decision: 'APPROVE_REFUND', idempotencyKey: key() }),
      mutate('returnReject', { id: pending.gid, decision: 'REJECT_REFUND', reason: reasons[0], idempotencyKey: key() }, other),
    ]);
    const errors = [...a.userErrors, ...b.userErrors];
    expect(errors).toHaveLength(1);
    expect(['DECISION_PENDING', 'WRONG_STATUS']).toContain(errors[0]!.code);
    await settled(w, ret.id);
    expect((await actionsOf(w, order.id)).filter((x) => x.status === 'DONE')).toHaveLength(1);
    await expectLedgerMatchesHub(w, order.id);
  });

  test('TikTok failing half the calls: the push is retried with the same key and takes effect once', { timeout: 120_000 }, async () => {
    const order = await deliveredOrder();
    const ret = requestReturn(order.id, 'REFUND');
    const pending = await settled(w, ret.id);
    w.emu.controls.setFaults({ api: { serverErrorRate: 0.5, burst429: 0, slowMs: 0, overloadRate: 0 } });
    try {
      expect((await mutate('returnApprove', { id: pending.gid, decision: 'APPROVE_REFUND', idempotencyKey: key() })).userErrors).toEqual([]);
      await waitUntil(w.hub.databaseUrl, 'the push is done', async () => (await actionsOf(w, order.id))[0]?.status === 'DONE', 90_000);
    } finally {
      w.emu.controls.setFaults({ api: { serverErrorRate: 0, burst429: 0, slowMs: 0, overloadRate: 0 } });
    }
    expect((await settled(w, ret.id)).status).toBe('RETURN_OR_REFUND_REQUEST_COMPLETE');
    expect(ledgerOf(w, order.id)).toHaveLength(1);
    await expectLedgerMatchesHub(w, order.id);
  });

  test('a stale version is refused; packers cannot decide', async () => {
    const order = await deliveredOrder();
    const ret = requestReturn(order.id, 'REFUND');
    const pending = await settled(w, ret.id);
    const stale = await mutate('returnApprove', { id: pending.gid, decision: 'APPROVE_REFUND', version: pending.version - 1 });
    expect(stale.userErrors[0]!.code).toBe('VERSION_CONFLICT');
    const packer = await w.hub.signIn('PACKER');
    const res = await w.hub.gql(M.returnApprove, { input: { id: pending.gid, decision: 'APPROVE_REFUND' } }, packer);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await actionsOf(w, order.id)).toEqual([]);
  });
});

describe('sync', () => {
  test('the after-sale backfill brings in every case of the look-back window, as TikTok holds it', async () => {
    const shopId = w.emu.controls.defaultShop().id;
    const state = w.emu.services.state;
    const expected = new Map<string, [string, number]>();
    for (const c of state.cancellations.values()) if (c.shopId === shopId) expected.set(c.id, [c.status, c.updateTime]);
    for (const r of state.returns.values()) if (r.shopId === shopId) expected.set(r.id, [r.status, r.updateTime]);
    expect([...state.returns.values()].filter((r) => r.shopId === shopId).length).toBeGreaterThan(0);
    const { rows } = await w.hub.pool.query(`select tiktok_id, status, extract(epoch from tiktok_updated_at)::bigint as t from app.after_sale where shop_id = $1`, [w.shopDbId]);
    const actual = new Map(rows.map((r) => [r.tiktok_id as string, [r.status as string, Number(r.t)] as [string, number]]));
    for (const [id, [status, t]] of expected) expect([id, actual.get(id)]).toEqual([id, [status, t]]);
  });

  test('lost webhooks: the poll brings every case in; an older update never replaces a newer one', async () => {
    const order = await deliveredOrder();
    w.emu.controls.setFaults({ webhook: { dropRate: 1, duplicateRate: 0, reorderWindow: 0, delayMs: 0 } });
    const ret = requestReturn(order.id, 'RETURN_AND_REFUND');
    const c = w.emu.controls.afterSales.requestCancel((await readyOrder()).id);
    await w.emu.controls.webhooks.idle();
    // No delivery about either case reached the hub. (Whether the hub already holds them is not asked:
    // the scheduled poll, every minute, may have run meanwhile, which is what this test is about too.)
    const { rows: deliveries } = await w.hub.pool.query(`select count(*)::int as n from app.inbound_event where payload::text like any($1::text[])`, [
      [`%${ret.id}%`, `%${c.id}%`],
    ]);
    expect(deliveries[0].n).toBe(0);
    w.emu.controls.setFaults({ webhook: { dropRate: 0, duplicateRate: 0, reorderWindow: 0, delayMs: 0 } });
    await pollAfterSales(w.hub.hub, w.shopDbId);
    const polled = await settled(w, ret.id);
    await settled(w, c.id);
    const again = await pollAfterSales(w.hub.hub, w.shopDbId);
    expect((await hubCase(w, ret.id))!.version).toBe(polled.version);
    expect(again.changed).toBe(0);

    const wire = truth(w, ret.id);
    const older = afterSaleFromReturn({ ...wire, return_status: 'RETURN_OR_REFUND_REQUEST_CANCEL', update_time: wire.update_time - 60 } as any);
    const changed = await withTransaction(w.hub.hub.pool, (tx) => upsertAfterSales(tx, w.shopDbId, [older], 'WEBHOOK'));
    expect(changed).toEqual([]);
    expect((await hubCase(w, ret.id))!.status).toBe('RETURN_OR_REFUND_REQUEST_PENDING');
  });

  test('duplicated and reordered webhooks change nothing', async () => {
    w.emu.controls.setFaults({ webhook: { dropRate: 0, duplicateRate: 1, reorderWindow: 3, delayMs: 0 } });
    const order = await deliveredOrder();
    const ret = requestReturn(order.id, 'REFUND');
    const pending = await settled(w, ret.id);
    await mutate('returnApprove', { id: pending.gid, decision: 'APPROVE_REFUND', idempotencyKey: key() });
    const done = await settled(w, ret.id);
    await w.emu.controls.webhooks.idle();
    w.emu.controls.setFaults({ webhook: { dropRate: 0, duplicateRate: 0, reorderWindow: 0, delayMs: 0 } });
    expect(done.status).toBe('RETURN_OR_REFUND_REQUEST_COMPLETE');
    await waitUntil(w.hub.databaseUrl, 'every delivery is processed', async () => {
      const { rows } = await w.hub.pool.query(`select count(*)::int as n from app.inbound_event where processed_at is null`);
      return rows[0].n === 0;
    });
    expect(await hubCase(w, ret.id)).toMatchObject({ status: 'RETURN_OR_REFUND_REQUEST_COMPLETE', version: done.version });
  });
});

describe('subscriptions', () => {
  test('case changes stream to staff as they are committed, with their source', async () => {
    const live = subscribeAs(w.hub.url, w.agent, `subscription { afterSaleChanged { event { kind source to } afterSale { tiktokId } } }`, {}, (d) => {
      const x = d.afterSaleChanged;
      return x ? { kind: x.event.kind as string, source: x.event.source as string, tiktokId: x.afterSale.tiktokId as string, to: x.event.to as string | null } : null;
    });
    const seen = live.events;
    await new Promise((r) => setTimeout(r, 300)); // let the subscription register before the change
    const order = await deliveredOrder();
    const ret = requestReturn(order.id, 'REFUND');
    const pending = await settled(w, ret.id);
    await mutate('returnApprove', { id: pending.gid, decision: 'APPROVE_REFUND', idempotencyKey: key() });
    await settled(w, ret.id);
    await waitUntil(w.hub.databaseUrl, 'the decision reached the subscriber', async () => seen.some((e) => e.tiktokId === ret.id && e.kind === 'AFTER_SALE_DECISION_SYNCED'));
    await live.close();
    const mine = seen.filter((e) => e.tiktokId === ret.id);
    expect(mine[0]).toMatchObject({ kind: 'AFTER_SALE_CREATED', source: 'WEBHOOK', to: 'RETURN_OR_REFUND_REQUEST_PENDING' });
    expect(mine.map((e) => e.kind)).toContain('AFTER_SALE_DECIDED');
    expect(mine.some((e) => e.kind === 'AFTER_SALE_STATUS_CHANGED' && e.to === 'RETURN_OR_REFUND_REQUEST_COMPLETE')).toBe(true);
  });
});

describe('deadlines', () => {
  test('one DEADLINE_APPROACHING per case and threshold, and the inbox sorts by deadline', async () => {
    const order = await deliveredOrder();
    const ret = requestReturn(order.id, 'REFUND');
    const pending = await settled(w, ret.id);
    const deadline = pending.deadline! * 1000;
    const count = async () =>
      (await w.hub.pool.query(`select count(*)::int as n from app.journal where entity_type = 'AfterSaleDeadline' and entity_id = $1`, [pending.id])).rows[0].n;
    const live = subscribeAs(
      w.hub.url,
      w.agent,
      `subscription { afterSaleDeadlineApproaching { event { kind } thresholdMinutes deadline afterSale { tiktokId } } }`,
      {},
      (d) => {
        const x = d.afterSaleDeadlineApproaching;
        return x ? { tiktokId: x.afterSale.tiktokId as string, thresholdMinutes: x.thresholdMinutes as number, kind: x.event.kind as string, deadline: x.deadline as string } : null;
      },
    );
    const warnings = live.events;
    await new Promise((r) => setTimeout(r, 300)); // let the subscription register before the scan
    await scanDeadlines(w.hub.hub, new Date(deadline - 30 * 60_000));
    await scanDeadlines(w.hub.hub, new Date(deadline - 20 * 60_000));
    expect(await count()).toBe(DEADLINE_THRESHOLDS_MINUTES.length);
    await waitUntil(w.hub.databaseUrl, 'the warnings reached the subscriber', async () => warnings.filter((x) => x.tiktokId === ret.id).length === 3);
    await live.close();
    expect(warnings.filter((x) => x.tiktokId === ret.id).map((x) => x.thresholdMinutes).sort((a, b) => a - b)).toEqual([60, 240, 1440]);
    expect(warnings.every((x) => x.kind === 'DEADLINE_APPROACHING')).toBe(true);
    expect(Date.parse(warnings.find((x) => x.tiktokId === ret.id)!.deadline)).toBe(deadline);

    const inbox = await w.hub.gql(
      `{ afterSales(first: 100, filter: { kinds: [RETURN], awaitingSeller: true }) { totalCount nodes { tiktokId deadline } } }`,
      {},
      w.agent,
    );
    const deadlines = inbox.data.afterSales.nodes.map((n: any) => Date.parse(n.deadline));
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    expect(inbox.data.afterSales.nodes.map((n: any) => n.tiktokId)).toContain(ret.id);
  });

  test('TikTok decides when the deadline passes: the late decision is refused with the new status', async () => {
    const order = await deliveredOrder();
    const ret = requestReturn(order.id, 'REFUND');
    const pending = await settled(w, ret.id);
    w.emu.controls.advanceClock(49 * 3600);
    const auto = await settled(w, ret.id);
    expect(auto.status).toBe('RETURN_OR_REFUND_REQUEST_COMPLETE');
    const late = await mutate('returnApprove', { id: pending.gid, decision: 'APPROVE_REFUND', idempotencyKey: key() });
    expect(late.userErrors[0]).toMatchObject({ code: 'WRONG_STATUS' });
    expect(late.userErrors[0]!.message).toContain('RETURN_OR_REFUND_REQUEST_COMPLETE');
    expect(ledgerOf(w, order.id)).toEqual([]);
  });
});
