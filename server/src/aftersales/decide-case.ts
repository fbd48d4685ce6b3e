import type { Hub } from '../hub.js';
import type { Actor } from '../platform/actor.js';
import { requireRole } from '../platform/actor.js';
import { idempotent } from '../platform/idempotency.js';
import { userError, type UserErrorShape } from '../graphql/user-errors.js';
import { loadShop } from '../sync/shop-ref.js';
import { agentOf, queueAction } from './after-sale-actions.js';
import type { AfterSaleErrorCode } from './after-sale.errors.js';
import type { AfterSaleKind, AfterSaleType } from './after-sale.enums.js';
import { checkDecision, DECISION_RULES, type Decision } from './decision-rules.js';

export interface DecideInput {
  afterSaleId: number;
  decision: Decision;
  /** The case version the agent looked at; a newer one means someone (or TikTok) changed it since. */
  version?: number | null;
  reason?: string | null;
  comment?: string | null;
  /** With APPROVE_RETURN: refund and let the buyer keep the item (returnless refund). */
  buyerKeepItem?: boolean | null;
  /** With OFFER_PARTIAL_REFUND: the amount offered instead of the full refund (how a return shipping fee is deducted). */
  partialRefund?: { amount: string; currency: string } | null;
}

export interface DecideOutcome {
  afterSaleId: number | null;
  actionId: number | null;
  userErrors: UserErrorShape<AfterSaleErrorCode>[];
}

const fail = (code: AfterSaleErrorCode, message: string, field?: string[]): DecideOutcome => ({
  afterSaleId: null,
  actionId: null,
  userErrors: [userError(code, message, field)],
});

const DECIMAL = /^\d{1,12}(\.\d{1,2})?$/;

/**
 * One customer-service decision on a case. Checked under the case's row lock (status, type,
 * arbitration, version, a decision already on its way), recorded with the agent, and pushed to
 * TikTok by a job. Two agents deciding at once: the second waits for the lock and then finds the
 * first decision pending (DECISION_PENDING). The same idempotency key replays the first outcome.
 */
export async function decideCase(hub: Hub, actor: Actor, input: DecideInput, idempotencyKey: string | null | undefined): Promise<DecideOutcome> {
  const user = requireRole(actor, 'CUSTOMER_SERVICE');
  const rule = DECISION_RULES[input.decision];
  const reason = input.reason?.trim() || null;
  if (rule.needsReason && !reason) return fail('REASON_REQUIRED', 'TikTok needs a reject reason: pick one of afterSaleRejectReasons.', ['input', 'reason']);
  if (input.decision === 'OFFER_PARTIAL_REFUND') {
    const offer = input.partialRefund;
    if (!offer || !DECIMAL.test(offer.amount) || Number(offer.amount) <= 0) {
      return fail('INVALID_AMOUNT', 'A partial refund needs a positive amount with at most two decimals.', ['input', 'partialRefund', 'amount']);
    }
  } else if (input.partialRefund) {
    return fail('INVALID_AMOUNT', 'partialRefund goes only with OFFER_PARTIAL_REFUND.', ['input', 'partialRefund']);
  }
  if (input.buyerKeepItem && input.decision !== 'APPROVE_RETURN') {
    return fail('WRONG_TYPE', 'buyerKeepItem (returnless refund) goes only with APPROVE_RETURN.', ['input', 'buyerKeepItem']);
  }

  const result = await idempotent(hub.pool, { actor, operation: 'afterSaleDecide', key: idempotencyKey, input }, async (tx) => {
    const { rows } = await tx.query(
      `select a.id, a.shop_id, a.order_id, a.kind, a.type, a.status, a.arbitration_status, a.version, a.sync_status,
         a.tiktok_id, a.refund_total, a.currency
       from app.after_sale a where a.id = $1`,
      [input.afterSaleId],
    );
    const peek = rows[0];
    if (!peek) return fail('NOT_FOUND', 'No such after-sale case.', ['input', 'id']);
    const shop = await loadShop(tx, peek.shop_id);
    if (!shop?.connected) return fail('SHOP_DISCONNECTED', 'The shop is not connected to TikTok; reconnect it first.');
    if (reason && rule.needsReason) {
      // TikTok's list for this case as it stands; read before taking the lock (it is a network call).
      const { reasons } = await hub.tiktok.returnRefund.getRejectReasons(shop, { return_or_cancel_id: peek.tiktok_id });
      if (!(reasons ?? []).some((r) => r.name === reason)) {
        return fail('INVALID_REASON', `TikTok does not accept "${reason}" for this case now; pick one of afterSaleRejectReasons.`, ['input', 'reason']);
      }
    }
    const locked = await tx.query(
      `select status, type, kind, arbitration_status, version, sync_status, refund_total, currency from app.after_sale where id = $1 for update`,
      [input.afterSaleId],
    );
    const c = locked.rows[0] as {
      status: string;
      type: AfterSaleType;
      kind: AfterSaleKind;
      arbitration_status: string | null;
      version: number;
      sync_status: string;
      refund_total: string | null;
      currency: string | null;
    };
    if (c.sync_status === 'PENDING') return fail('DECISION_PENDING', 'Another decision on this case is being sent to TikTok; reload the case.');
    if (input.version != null && input.version !== c.version) {
      return fail('VERSION_CONFLICT', `The case changed since you loaded it (version ${c.version}, status ${c.status}); reload it.`, ['input', 'version']);
    }
    const violation = checkDecision({ kind: c.kind, type: c.type, status: c.status, arbitrationStatus: c.arbitration_status }, input.decision);
    if (violation) return fail(violation.code, violation.message);
    if (input.partialRefund) {
      if (c.currency && input.partialRefund.currency !== c.currency) {
        return fail('INVALID_AMOUNT', `The case is in ${c.currency}.`, ['input', 'partialRefund', 'currency']);
      }
      if (c.refund_total !== null && Number(input.partialRefund.amount) >= Number(c.refund_total)) {
        return fail('INVALID_AMOUNT', `A partial refund must be below the full refund of ${c.refund_total} ${c.currency ?? ''}.`.trim(), ['input', 'partialRefund', 'amount']);
      }
    }
    await tx.query(`update app.after_sale set sync_status = 'PENDING', sync_error = null, version = version + 1, updated_at = now() where id = $1`, [
      input.afterSaleId,
    ]);
    const actionId = await queueAction(hub, tx, {
      shopId: peek.shop_id,
      afterSaleId: input.afterSaleId,
      orderId: peek.order_id,
      action: input.decision,
      input: {
        decision: input.decision,
        ...(reason ? { reason } : {}),
        ...(input.comment ? { comment: input.comment } : {}),
        ...(input.buyerKeepItem ? { buyerKeepItem: true } : {}),
        ...(input.partialRefund ? { partialRefund: input.partialRefund } : {}),
      },
      actor: agentOf(user.userId),
    });
    return { afterSaleId: input.afterSaleId, actionId, userErrors: [] };
  });
  if ('reused' in result) return fail('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for a different request.', ['input', 'idempotencyKey']);
  return result;
}
