import type { Pool, Tx } from '../db/pool.js';

export interface OpenAfterSale {
  afterSaleId: number;
  kind: 'CANCELLATION' | 'RETURN';
  type: string;
  status: string;
  deadlineAt: Date | null;
  /** A decision on it is on its way to TikTok. */
  pending: boolean;
}

/**
 * The open cases of an order, soonest deadline first, plus whether a seller cancel is on its way: for
 * the order's supportedActions (TikTok refuses a new case or a cancel while one is open, 25001011).
 */
export async function openAfterSalesFor(db: Pool, orderId: number): Promise<{ cases: OpenAfterSale[]; cancelPending: boolean }> {
  const { rows } = await db.query(
    `select id, kind, type, status, deadline_at, sync_status from app.after_sale where order_id = $1 and is_open
     order by deadline_at asc nulls last, id`,
    [orderId],
  );
  const pending = await db.query(`select 1 from app.after_sale_action where order_id = $1 and action = 'CANCEL_ORDER' and status = 'PENDING' limit 1`, [orderId]);
  return {
    cases: rows.map((r) => ({ afterSaleId: r.id, kind: r.kind, type: r.type, status: r.status, deadlineAt: r.deadline_at, pending: r.sync_status === 'PENDING' })),
    cancelPending: (pending.rowCount ?? 0) > 0,
  };
}

/**
 * What an open after-sale holds up: CANCELLATION (an open cancel request, or the seller's own cancel on its
 * way) stops shipping and re-packing; RETURN (an open return, refund or replacement) stops shipping, which
 * TikTok refuses while an item has an open after-sale (21011007).
 */
export type AfterSaleHold = 'CANCELLATION' | 'RETURN';

/** The hold of each order that has one, in one statement for any number of orders; a cancellation wins. */
export async function afterSaleHolds(db: Pool | Tx, orderIds: readonly number[]): Promise<Map<number, AfterSaleHold>> {
  const out = new Map<number, AfterSaleHold>();
  if (!orderIds.length) return out;
  const { rows } = await db.query(
    `select order_id, bool_or(kind = 'CANCELLATION') as cancellation from (
       select order_id, kind from app.after_sale where order_id = any($1::int[]) and is_open
       union all
       select order_id, 'CANCELLATION' from app.after_sale_action where order_id = any($1::int[]) and action = 'CANCEL_ORDER' and status = 'PENDING'
     ) open group by order_id`,
    [orderIds],
  );
  for (const r of rows) out.set(r.order_id, r.cancellation ? 'CANCELLATION' : 'RETURN');
  return out;
}
