import type { Hub } from '../hub.js';
import { userError, type UserErrorShape } from '../graphql/user-errors.js';
import type { Actor } from '../platform/actor.js';
import { requireRole } from '../platform/actor.js';
import { idempotent } from '../platform/idempotency.js';
import { agentOf, queueAction } from './after-sale-actions.js';
import type { AfterSaleErrorCode } from './after-sale.errors.js';
import { partialCancelAllowed, sellerCancelReasons } from './decision-rules.js';
import { withGifts } from './gift-lines.js';

export interface OrderCancelInput {
  orderId: number;
  reason: string;
  /** Units to cancel (out of stock only); the whole order when absent. Gifts follow their paid unit. */
  lineIds?: number[] | null;
}

export interface OrderCancelOutcome {
  orderId: number | null;
  actionId: number | null;
  userErrors: UserErrorShape<AfterSaleErrorCode>[];
}

const fail = (code: AfterSaleErrorCode, message: string, field?: string[]): OrderCancelOutcome => ({
  orderId: null,
  actionId: null,
  userErrors: [userError(code, message, field)],
});

/**
 * The seller cancels an order, whole or some units, with a reason TikTok accepts for the order's
 * status. Checked under the order's row lock; the cancellation itself is created by TikTok when the
 * job pushes it, and lands in the hub with the refresh that follows.
 */
export async function cancelOrder(hub: Hub, actor: Actor, input: OrderCancelInput, idempotencyKey: string | null | undefined): Promise<OrderCancelOutcome> {
  const user = requireRole(actor, 'CUSTOMER_SERVICE');
  const result = await idempotent(hub.pool, { actor, operation: 'orderCancel', key: idempotencyKey, input }, async (tx) => {
    const { rows } = await tx.query(
      `select o.id, o.shop_id, o.status, o.tiktok_order_id, o.is_buyer_request_cancel, s.region, s.status as shop_status
       from app."order" o join app.shop s on s.id = o.shop_id where o.id = $1 for update of o`,
      [input.orderId],
    );
    const order = rows[0];
    if (!order) return fail('NOT_FOUND', 'No such order.', ['input', 'orderId']);
    if (order.shop_status !== 'CONNECTED') return fail('SHOP_DISCONNECTED', 'The shop is not connected to TikTok; reconnect it first.');
    const reasons = sellerCancelReasons(order.status, order.region);
    if (!reasons.length) return fail('ORDER_NOT_CANCELLABLE', `A seller cannot cancel an order that is ${order.status}.`, ['input', 'orderId']);
    if (!reasons.some((r) => r.name === input.reason)) {
      return fail('INVALID_REASON', `"${input.reason}" is not a cancel reason for a ${order.status} order; use one of ${reasons.map((r) => r.name).join(', ')}.`, ['input', 'reason']);
    }
    const busy = await tx.query(
      `select 1 from app.after_sale where order_id = $1 and is_open
       union all select 1 from app.after_sale_action where order_id = $1 and status = 'PENDING'`,
      [order.id],
    );
    if (order.is_buyer_request_cancel || busy.rowCount) {
      return fail('CASE_OPEN', 'The order has an open cancellation or after-sale case, or a decision on its way; settle that first.');
    }
    const lines = await tx.query(
      `select id, tiktok_line_item_id, is_gift, position, display_status from app.order_line where order_id = $1 order by position, id`,
      [order.id],
    );
    const live = lines.rows.filter((l) => l.display_status !== 'CANCELLED');
    let lineItemIds: string[] | null = null;
    if (input.lineIds?.length) {
      const unknown = input.lineIds.filter((id) => !live.some((l) => l.id === id));
      if (unknown.length) return fail('INVALID_LINES', 'Some units are not live units of this order.', ['input', 'lineIds']);
      const picked = withGifts(
        live.map((l) => ({ id: l.id, isGift: l.is_gift, position: l.position })),
        input.lineIds,
      );
      if (!picked.ok) return fail('GIFT_WITHOUT_PARENT', 'A gift is cancelled only with the unit it came with.', ['input', 'lineIds']);
      if (picked.lineIds.length < live.length) {
        if (!partialCancelAllowed(input.reason)) return fail('PARTIAL_NOT_ALLOWED', 'Only an out-of-stock cancel may take some units of an order.', ['input', 'lineIds']);
        lineItemIds = live.filter((l) => picked.lineIds.includes(l.id)).map((l) => l.tiktok_line_item_id);
      }
    }
    const actionId = await queueAction(hub, tx, {
      shopId: order.shop_id,
      afterSaleId: null,
      orderId: order.id,
      action: 'CANCEL_ORDER',
      input: { tiktokOrderId: order.tiktok_order_id, reason: input.reason, ...(lineItemIds ? { lineItemIds } : {}) },
      actor: agentOf(user.userId),
    });
    return { orderId: order.id as number, actionId, userErrors: [] };
  });
  if ('reused' in result) return fail('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for a different request.', ['input', 'idempotencyKey']);
  return result;
}
