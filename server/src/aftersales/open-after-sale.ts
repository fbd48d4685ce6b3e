import type { Pool } from '../db/pool.js';

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
