/**
 * packageSplit and packageSplitUndo. The hub's packages mirror TikTok's: a split is recorded as a
 * PackageChange holding the planned groups, the order's packages go PENDING, and a job sends it to TikTok
 * (Split Orders) after the undo window; the new packages arrive when the job re-reads the order.
 */
import type { Pool, Tx } from '../db/pool.js';
import type { Hub } from '../hub.js';
import { enqueue } from '../jobs/queue.js';
import { requireRole, type Actor } from '../platform/actor.js';
import { idOf } from '../platform/global-id.js';
import { idempotent } from '../platform/idempotency.js';
import { tiktokSplitAnswer } from './change-actions.js';
import { actorName, claimPackages, insertChange, journalChange, PACKAGE_CHANGE_JOB } from './change-record.js';
import { loadOrderFacts, type OrderFacts } from './facts.js';
import { changeError, type ChangeOutcome, type PackageChangeUserError } from './package-change.errors.js';
import { splitBlocker, splitPlanError } from './split-rules.js';
import { connectedShop, isCheckFailure, tiktokSplitVerdict } from './tiktok-checks.js';

export interface SplitRequest {
  orderId: string;
  packages: { lineIds: string[] }[];
  dryRun?: boolean | null;
  idempotencyKey?: string | null;
}

/** Our rules, then TikTok's split attributes; the order's facts when the split may go ahead. */
async function check(hub: Hub, db: Pool | Tx, input: SplitRequest, groups: number[][]): Promise<{ order: OrderFacts } | { errors: PackageChangeUserError[] }> {
  const orderId = idOf(input.orderId, 'Order');
  const [order] = orderId ? await loadOrderFacts(db, [orderId]) : [];
  if (!order) return { errors: [changeError('NOT_FOUND', ['orderId'], 'No such order.')] };
  const blocker = splitBlocker(order);
  if (blocker) return { errors: [changeError(blocker, ['orderId'])] };
  const planError = splitPlanError(order, groups);
  if (planError) {
    const field = planError.group === undefined ? ['packages'] : ['packages', planError.group, 'lineIds'];
    return { errors: [changeError(planError.code, field)] };
  }
  const shop = await connectedShop(hub, order.shopId);
  if (isCheckFailure(shop)) return { errors: [changeError(shop.code, ['orderId'], shop.message)] };
  const refusal = tiktokSplitAnswer(await tiktokSplitVerdict(hub, shop, order.tiktokOrderId));
  if (refusal) return { errors: [changeError(refusal.code, ['orderId'], refusal.message)] };
  return { order };
}

export async function splitPackage(hub: Hub, actor: Actor, input: SplitRequest): Promise<ChangeOutcome> {
  const user = requireRole(actor, 'PACKER');
  // Ids that are not OrderLine ids become -1: "not a unit of the order", never a thrown error.
  const groups = input.packages.map((p) => p.lineIds.map((id) => idOf(id, 'OrderLine') ?? -1));
  if (input.dryRun) {
    const checked = await check(hub, hub.pool, input, groups);
    return { changeId: null, userErrors: 'errors' in checked ? checked.errors : [] };
  }
  // TikTok is asked outside the transaction: a connection is not held across an HTTP call.
  const checked = await check(hub, hub.pool, input, groups);
  const { dryRun: _dryRun, idempotencyKey, ...request } = input;
  const result = await idempotent(hub.pool, { actor, operation: 'packageSplit', key: idempotencyKey, input: request }, async (tx): Promise<ChangeOutcome> => {
    if ('errors' in checked) return { changeId: null, userErrors: checked.errors };
    const { order } = checked;
    // Optimistic lock: the packages must still be at the versions checked above.
    if (!(await claimPackages(tx, order.packages))) return { changeId: null, userErrors: [changeError('CONFLICT', ['orderId'])] };
    // The order itself (status, pending changes, after-sales) as of now, under the claimed packages' row locks;
    // its packages as checked, which the claim proved unchanged (and just marked PENDING itself).
    const [current] = await loadOrderFacts(tx, [order.id]);
    const blocker = splitBlocker({ ...current!, packages: order.packages });
    if (blocker) return { changeId: null, userErrors: [changeError(blocker, ['orderId'])] };
    const unitById = new Map(order.units.map((u) => [u.id, u.tiktokLineItemId]));
    const change = {
      shopId: order.shopId,
      kind: 'SPLIT' as const,
      actor: actorName(user),
      orderIds: [order.id],
      packageIds: order.packages.map((p) => p.id),
      plan: { groups: groups.map((g) => g.map((id) => unitById.get(id)!)) },
    };
    const id = await insertChange(tx, change);
    await enqueue(hub.boss, PACKAGE_CHANGE_JOB, { changeId: id, shopId: order.shopId }, { tx, singletonKey: `change:${id}`, startAfterSeconds: hub.config.SPLIT_UNDO_SECONDS });
    await journalChange(tx, { id, ...change }, 'REQUESTED', 'USER', { packages: groups.length });
    return { changeId: id, userErrors: [] };
  });
  return 'reused' in result ? { changeId: null, userErrors: [changeError('IDEMPOTENCY_KEY_REUSED', ['idempotencyKey'])] } : result;
}

/**
 * Withdraws a split that has not reached TikTok yet. TikTok has no unsplit endpoint and Combine Package
 * joins different orders only, so once the push job has claimed the split, undoing is refused.
 */
export async function undoSplit(hub: Hub, actor: Actor, input: { changeId: string; idempotencyKey?: string | null }): Promise<ChangeOutcome> {
  const user = requireRole(actor, 'PACKER');
  const changeId = idOf(input.changeId, 'PackageChange') ?? -1;
  const result = await idempotent(hub.pool, { actor, operation: 'packageSplitUndo', key: input.idempotencyKey, input: { changeId: input.changeId } }, async (tx): Promise<ChangeOutcome> => {
    const { rows } = await tx.query(
      `update app.package_change set state = 'UNDONE', updated_at = now() where id = $1 and kind = 'SPLIT' and state = 'PENDING'
       returning id, shop_id, order_ids, package_ids, actor`,
      [changeId],
    );
    const undone = rows[0];
    if (!undone) {
      const exists = await tx.query(`select state from app.package_change where id = $1 and kind = 'SPLIT'`, [changeId]);
      if (!exists.rowCount) return { changeId: null, userErrors: [changeError('NOT_FOUND', ['changeId'], 'No such split.')] };
      const state = exists.rows[0].state as string;
      const message = state === 'UNDONE' ? 'The split was already undone.' : state === 'FAILED' ? 'TikTok refused the split; there is nothing to undo.' : undefined;
      return { changeId, userErrors: [changeError('NOT_UNDOABLE', ['changeId'], message)] };
    }
    await tx.query(
      `update app.package set sync_status = 'SYNCED', sync_error = null, version = version + 1, updated_at = now() where id = any($1::int[])`,
      [undone.package_ids],
    );
    await journalChange(tx, { id: undone.id, shopId: undone.shop_id, kind: 'SPLIT', orderIds: undone.order_ids, actor: actorName(user) }, 'UNDONE', 'USER');
    return { changeId, userErrors: [] };
  });
  return 'reused' in result ? { changeId: null, userErrors: [changeError('IDEMPOTENCY_KEY_REUSED', ['idempotencyKey'])] } : result;
}
