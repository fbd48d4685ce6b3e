import { withTransaction } from '../db/pool.js';
import type { Hub } from '../hub.js';
import { appendJournal } from '../journal/journal.js';
import { refreshOrders } from '../sync/order-refresh.js';
import { loadShop, type SyncShop } from '../sync/shop-ref.js';
import { isTikTokError } from '../tiktok/index.js';
import { refreshAfterSales } from './after-sale-refresh.js';

interface ActionRow {
  id: number;
  shop_id: number;
  after_sale_id: number | null;
  order_id: number | null;
  action: string;
  input: Record<string, any>;
  tiktok_idempotency_key: string;
  actor: string;
  status: string;
  created_at: Date;
  tiktok_id: string | null;
  kind: string | null;
  tiktok_order_id: string | null;
}

/** TikTok refusals and lost access cannot be fixed by retrying: the action fails at once. */
const FINAL_KINDS = new Set(['REJECTED', 'NOT_FOUND', 'AUTH_EXPIRED']);

/**
 * Sends one decision to TikTok. Decisions carry the action's idempotency key, so a retry after a
 * timeout is the same request to TikTok; Cancel Order takes no key, so a retry first looks for the
 * cancellation the earlier attempt may have created. Afterwards the order and its cases are re-read:
 * that is how TikTok's outcome (status, refund amounts, a replacement order) reaches the hub.
 */
export async function pushAction(hub: Hub, actionId: number, lastAttempt: boolean): Promise<void> {
  const { rows } = await hub.pool.query<ActionRow>(
    `select x.*, a.tiktok_id, a.kind, coalesce(a.tiktok_order_id, o.tiktok_order_id) as tiktok_order_id
     from app.after_sale_action x left join app.after_sale a on a.id = x.after_sale_id left join app."order" o on o.id = x.order_id
     where x.id = $1`,
    [actionId],
  );
  const action = rows[0];
  if (!action || action.status !== 'PENDING') return;
  const shop = await loadShop(hub.pool, action.shop_id);
  if (!shop?.connected) return finish(hub, action, 'The shop was disconnected before the decision reached TikTok.');
  try {
    await send(hub, shop, action);
  } catch (e) {
    if (isTikTokError(e) && FINAL_KINDS.has(e.kind)) {
      // TikTok's truth first, so a released case never shows the status the refusal was about.
      await refreshQuietly(hub, shop, action);
      await finish(hub, action, `TikTok refused it${e.code ? ` (${e.code})` : ''}: ${e.message}`);
      return;
    }
    if (lastAttempt) await finish(hub, action, `TikTok could not be reached: ${e instanceof Error ? e.message : String(e)}`);
    throw e;
  }
  await refresh(hub, shop, action);
  await finish(hub, action, null);
}

async function send(hub: Hub, shop: SyncShop, a: ActionRow): Promise<void> {
  const rr = hub.tiktok.returnRefund;
  const key = { idempotency_key: a.tiktok_idempotency_key };
  const input = a.input;
  const reject = { reject_reason: input.reason as string, ...(input.comment ? { comment: input.comment as string } : {}) };
  switch (a.action) {
    case 'APPROVE_CANCELLATION':
      await rr.approveCancellation(shop, a.tiktok_id!, key);
      return;
    case 'REJECT_CANCELLATION':
      await rr.rejectCancellation(shop, a.tiktok_id!, reject, key);
      return;
    case 'REJECT_REFUND':
    case 'REJECT_RETURN':
    case 'REJECT_RECEIVED_PACKAGE':
    case 'REJECT_REPLACEMENT':
      await rr.rejectReturn(shop, a.tiktok_id!, { decision: a.action, ...reject }, key);
      return;
    case 'CANCEL_ORDER': {
      if (await alreadyCancelled(hub, shop, a)) return;
      await rr.cancelOrder(shop, {
        order_id: a.tiktok_order_id!,
        cancel_reason: input.reason as string,
        ...(input.lineItemIds ? { order_line_item_ids: input.lineItemIds as string[] } : {}),
      });
      return;
    }
    default:
      await rr.approveReturn(
        shop,
        a.tiktok_id!,
        {
          decision: a.action as 'APPROVE_REFUND',
          ...(input.buyerKeepItem ? { buyer_keep_item: true } : {}),
          ...(input.partialRefund ? { partial_refund: input.partialRefund as { amount: string; currency: string } } : {}),
        },
        key,
      );
  }
}

/** A seller cancellation of the order created since the action was taken: an earlier attempt got through. */
async function alreadyCancelled(hub: Hub, shop: SyncShop, a: ActionRow): Promise<boolean> {
  const since = Math.floor(a.created_at.getTime() / 1000) - 1;
  for await (const page of hub.tiktok.returnRefund.searchCancellationsPages(
    shop,
    { order_ids: [a.tiktok_order_id!], cancel_types: ['CANCEL'] },
    { page_size: 50 },
  )) {
    if ((page.cancellations ?? []).some((c) => c.role === 'SELLER' && (c.create_time ?? 0) >= since)) return true;
  }
  return false;
}

async function refresh(hub: Hub, shop: SyncShop, a: ActionRow): Promise<void> {
  if (!a.tiktok_order_id) return;
  await refreshOrders(hub, shop.dbId, [a.tiktok_order_id], 'SYSTEM');
  await refreshAfterSales(hub, shop.dbId, { orderIds: [a.tiktok_order_id] }, 'SYSTEM');
  if (a.action === 'CANCEL_ORDER') {
    // The cancellation TikTok created for this cancel: the newest seller cancel of the order.
    await hub.pool.query(
      `update app.after_sale_action x set after_sale_id = (
         select c.id from app.after_sale c where c.order_id = x.order_id and c.kind = 'CANCELLATION' and c.type = 'CANCEL' and c.role = 'SELLER'
         order by c.tiktok_created_at desc, c.id desc limit 1)
       where x.id = $1 and x.after_sale_id is null`,
      [a.id],
    );
  }
}

async function refreshQuietly(hub: Hub, shop: SyncShop, a: ActionRow): Promise<void> {
  // The refusal is recorded already; the next poll catches up if TikTok cannot be read right now.
  await refresh(hub, shop, a).catch((e) => hub.log.warn({ err: e, actionId: a.id }, 'after-sale refresh after a refusal failed'));
}

/** Ends the action (error null: done) and releases the case for the next decision. */
async function finish(hub: Hub, a: ActionRow, error: string | null): Promise<void> {
  await withTransaction(hub.pool, async (tx) => {
    const done = await tx.query(
      `update app.after_sale_action set status = $2, error = $3, finished_at = now() where id = $1 and status = 'PENDING' returning id`,
      [a.id, error ? 'FAILED' : 'DONE', error],
    );
    if (!done.rowCount) return;
    if (a.after_sale_id) {
      await tx.query(`update app.after_sale set sync_status = $2, sync_error = $3, updated_at = now() where id = $1`, [
        a.after_sale_id,
        error ? 'FAILED' : 'SYNCED',
        error,
      ]);
    }
    const kind = error ? 'AFTER_SALE_DECISION_FAILED' : 'AFTER_SALE_DECISION_SYNCED';
    const data = { action: a.action, actionId: a.id, ...(error ? { error } : {}) };
    await appendJournal(tx, [
      ...(a.after_sale_id ? [{ shopId: a.shop_id, entityType: 'AfterSale', entityId: a.after_sale_id, kind, source: 'SYSTEM' as const, actor: a.actor, data }] : []),
      ...(a.order_id ? [{ shopId: a.shop_id, entityType: 'Order', entityId: a.order_id, kind, source: 'SYSTEM' as const, actor: a.actor, data }] : []),
    ]);
  });
}
