import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/pool.js';
import { enqueue } from '../jobs/queue.js';
import type { Hub } from '../hub.js';
import { appendJournal } from '../journal/journal.js';

export const AFTER_SALE_PUSH_JOB = 'after-sale-push';

/** Who took a decision, as the journal names them. */
export function agentOf(userId: number): string {
  return `user:${userId}`;
}

/**
 * Records a decision for TikTok and queues its push, in the caller's transaction (so the job exists
 * exactly when the decision was committed), then journals it with the agent; the journal goes last.
 */
export async function queueAction(
  hub: Hub,
  tx: Tx,
  a: { shopId: number; afterSaleId: number | null; orderId: number | null; action: string; input: Record<string, unknown>; actor: string },
): Promise<number> {
  const { rows } = await tx.query(
    `insert into app.after_sale_action (shop_id, after_sale_id, order_id, action, input, tiktok_idempotency_key, actor, status, created_at)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7, 'PENDING', now()) returning id`,
    [a.shopId, a.afterSaleId, a.orderId, a.action, JSON.stringify(a.input), randomUUID(), a.actor],
  );
  const actionId: number = rows[0].id;
  await enqueue(hub.boss, AFTER_SALE_PUSH_JOB, { actionId, shopId: a.shopId }, { tx });
  const data = { action: a.action, actionId, ...a.input };
  await appendJournal(tx, [
    ...(a.afterSaleId ? [{ shopId: a.shopId, entityType: 'AfterSale', entityId: a.afterSaleId, kind: 'AFTER_SALE_DECIDED', source: 'USER' as const, actor: a.actor, data }] : []),
    ...(a.orderId ? [{ shopId: a.shopId, entityType: 'Order', entityId: a.orderId, kind: 'AFTER_SALE_DECIDED', source: 'USER' as const, actor: a.actor, data }] : []),
  ]);
  return actionId;
}
