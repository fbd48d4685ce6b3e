/**
 * packagesCombine and packageUncombine: checked against our rules and TikTok's own proposals (Search
 * Combinable Packages, whose pre-generated package id Combine Package needs), recorded as a
 * PackageChange and pushed by a job; the re-shaped packages arrive when the job re-reads the orders.
 */
import type { Pool, Tx } from '../db/pool.js';
import type { Hub } from '../hub.js';
import { enqueue } from '../jobs/queue.js';
import { requireRole, type Actor } from '../platform/actor.js';
import { idOf } from '../platform/global-id.js';
import { idempotent } from '../platform/idempotency.js';
import { actorName, claimPackages, insertChange, journalChange, PACKAGE_CHANGE_JOB } from './change-record.js';
import { combineOrderBlocker, combineSetError, uncombineBlocker } from './combine-rules.js';
import { loadOrderFacts, ordersOfPackage, type OrderFacts, type PackageFacts } from './facts.js';
import { changeError, type ChangeOutcome, type PackageChangeUserError } from './package-change.errors.js';
import { connectedShop, isCheckFailure, tiktokCombinableGroups } from './tiktok-checks.js';

export interface CombineRequest {
  packageIds?: string[] | null;
  orderIds?: string[] | null;
  dryRun?: boolean | null;
  idempotencyKey?: string | null;
}

type Checked<T> = T | { errors: PackageChangeUserError[] };

/** The hub order ids the request names, directly or through their packages. */
async function requestedOrders(db: Pool | Tx, input: CombineRequest): Promise<Checked<{ ids: number[]; field: string }>> {
  const byPackage = input.packageIds?.length ? input.packageIds : null;
  const byOrder = input.orderIds?.length ? input.orderIds : null;
  if (Boolean(byPackage) === Boolean(byOrder)) return { errors: [changeError('INVALID_INPUT', undefined, 'Name the orders either by packageIds or by orderIds.')] };
  if (byOrder) {
    const ids = byOrder.map((gid) => idOf(gid, 'Order') ?? -1);
    return { ids, field: 'orderIds' };
  }
  const ids: number[] = [];
  for (const [i, gid] of byPackage!.entries()) {
    const packageId = idOf(gid, 'Package');
    const orders = packageId ? await ordersOfPackage(db, packageId) : [];
    if (!orders.length) return { errors: [changeError('NOT_FOUND', ['packageIds', i], 'No such package, or it holds no units.')] };
    ids.push(...orders);
  }
  return { ids, field: 'packageIds' };
}

async function checkCombine(hub: Hub, db: Pool | Tx, input: CombineRequest): Promise<Checked<{ orders: OrderFacts[]; tiktokPackageId: string }>> {
  const named = await requestedOrders(db, input);
  if ('errors' in named) return named;
  const { ids, field } = named;
  if (new Set(ids).size !== ids.length) return { errors: [changeError('INVALID_INPUT', [field], 'An order is named twice.')] };
  if (ids.length > 20) return { errors: [changeError('TOO_MANY_ORDERS', [field])] };
  const orders = await loadOrderFacts(db, ids);
  for (const [i, id] of ids.entries()) if (!orders.some((o) => o.id === id)) return { errors: [changeError('NOT_FOUND', [field, i], 'No such order.')] };
  const setError = combineSetError(orders);
  if (setError) return { errors: [changeError(setError, [field])] };
  for (const [i, order] of orders.entries()) {
    const blocker = combineOrderBlocker(order);
    if (blocker) return { errors: [changeError(blocker, [field, i])] };
  }
  const shop = await connectedShop(hub, orders[0]!.shopId);
  if (isCheckFailure(shop)) return { errors: [changeError(shop.code, [field], shop.message)] };
  const groups = await tiktokCombinableGroups(hub, shop);
  if (isCheckFailure(groups)) return { errors: [changeError(groups.code, [field], groups.message)] };
  const group = groups.find((g) => orders.every((o) => g.orderIds.includes(o.tiktokOrderId)));
  if (!group) return { errors: [changeError('NOT_COMBINABLE_AT_TIKTOK', [field])] };
  return { orders, tiktokPackageId: group.id };
}

function reused(result: ChangeOutcome | { reused: true }): ChangeOutcome {
  return 'reused' in result ? { changeId: null, userErrors: [changeError('IDEMPOTENCY_KEY_REUSED', ['idempotencyKey'])] } : result;
}

export async function combinePackages(hub: Hub, actor: Actor, input: CombineRequest): Promise<ChangeOutcome> {
  const user = requireRole(actor, 'PACKER');
  if (input.dryRun) {
    const checked = await checkCombine(hub, hub.pool, input);
    return { changeId: null, userErrors: 'errors' in checked ? checked.errors : [] };
  }
  // TikTok is asked outside the transaction: a connection is not held across an HTTP call.
  const checked = await checkCombine(hub, hub.pool, input);
  const { dryRun: _dryRun, idempotencyKey, ...request } = input;
  return reused(
    await idempotent(hub.pool, { actor, operation: 'packagesCombine', key: idempotencyKey, input: request }, async (tx): Promise<ChangeOutcome> => {
      if ('errors' in checked) return { changeId: null, userErrors: checked.errors };
      const packages = checked.orders.flatMap((o) => o.packages);
      // Optimistic lock: the packages must still be at the versions checked above.
      if (!(await claimPackages(tx, packages))) return { changeId: null, userErrors: [changeError('CONFLICT')] };
      for (const [i, current] of (await loadOrderFacts(tx, checked.orders.map((o) => o.id))).entries()) {
        // Packages as checked: the claim proved them unchanged (and just marked them PENDING itself).
        const blocker = combineOrderBlocker({ ...current, packages: checked.orders[i]!.packages });
        if (blocker) return { changeId: null, userErrors: [changeError(blocker, ['orderIds', i])] };
      }
      const change = {
        shopId: checked.orders[0]!.shopId,
        kind: 'COMBINE' as const,
        actor: actorName(user),
        orderIds: checked.orders.map((o) => o.id),
        packageIds: packages.map((p) => p.id),
        plan: { tiktokPackageId: checked.tiktokPackageId, tiktokOrderIds: checked.orders.map((o) => o.tiktokOrderId) },
      };
      const id = await insertChange(tx, change);
      await enqueue(hub.boss, PACKAGE_CHANGE_JOB, { changeId: id, shopId: change.shopId }, { tx, singletonKey: `change:${id}` });
      await journalChange(tx, { id, ...change }, 'REQUESTED', 'USER');
      return { changeId: id, userErrors: [] };
    }),
  );
}

export interface UncombineRequest {
  packageId: string;
  /** Orders to take out, each into a package of its own; all but the first when omitted. */
  orderIds?: string[] | null;
  idempotencyKey?: string | null;
}

async function checkUncombine(db: Pool | Tx, input: UncombineRequest): Promise<Checked<{ pkg: PackageFacts; orders: OrderFacts[]; removed: OrderFacts[] }>> {
  const packageId = idOf(input.packageId, 'Package');
  const orderIds = packageId ? await ordersOfPackage(db, packageId) : [];
  if (!orderIds.length) return { errors: [changeError('NOT_FOUND', ['packageId'], 'No such package, or it holds no units.')] };
  const orders = await loadOrderFacts(db, orderIds);
  const pkg = orders[0]!.packages.find((p) => p.id === packageId)!;
  const blocker = uncombineBlocker(pkg, orders.some((o) => o.changePending));
  if (blocker) return { errors: [changeError(blocker, ['packageId'])] };
  let removed = orders.slice(1);
  if (input.orderIds?.length) {
    removed = [];
    for (const [i, gid] of input.orderIds.entries()) {
      const order = orders.find((o) => o.id === idOf(gid, 'Order'));
      if (!order) return { errors: [changeError('ORDER_NOT_IN_PACKAGE', ['orderIds', i])] };
      if (removed.includes(order)) return { errors: [changeError('INVALID_INPUT', ['orderIds', i], 'An order is named twice.')] };
      removed.push(order);
    }
  }
  if (!pkg.tiktokPackageId) return { errors: [changeError('CHANGE_PENDING', ['packageId'], 'TikTok does not know this package yet.')] };
  return { pkg, orders, removed };
}

export async function uncombinePackage(hub: Hub, actor: Actor, input: UncombineRequest): Promise<ChangeOutcome> {
  const user = requireRole(actor, 'PACKER');
  const checked = await checkUncombine(hub.pool, input);
  const shop = 'errors' in checked ? null : await connectedShop(hub, checked.pkg.shopId);
  const { idempotencyKey, ...request } = input;
  return reused(
    await idempotent(hub.pool, { actor, operation: 'packageUncombine', key: idempotencyKey, input: request }, async (tx): Promise<ChangeOutcome> => {
      if ('errors' in checked) return { changeId: null, userErrors: checked.errors };
      if (isCheckFailure(shop)) return { changeId: null, userErrors: [changeError(shop.code, ['packageId'], shop.message)] };
      // Optimistic lock: the package must still be at the version checked above.
      if (!(await claimPackages(tx, [checked.pkg]))) return { changeId: null, userErrors: [changeError('CONFLICT', ['packageId'])] };
      if ((await loadOrderFacts(tx, checked.orders.map((o) => o.id))).some((o) => o.changePending)) {
        return { changeId: null, userErrors: [changeError('CHANGE_PENDING', ['packageId'])] };
      }
      const change = {
        shopId: checked.pkg.shopId,
        kind: 'UNCOMBINE' as const,
        actor: actorName(user),
        orderIds: checked.orders.map((o) => o.id),
        packageIds: [checked.pkg.id],
        plan: { tiktokPackageId: checked.pkg.tiktokPackageId!, tiktokOrderIds: checked.removed.map((o) => o.tiktokOrderId) },
      };
      const id = await insertChange(tx, change);
      await enqueue(hub.boss, PACKAGE_CHANGE_JOB, { changeId: id, shopId: change.shopId }, { tx, singletonKey: `change:${id}` });
      await journalChange(tx, { id, ...change }, 'REQUESTED', 'USER', { removedOrderIds: checked.removed.map((o) => o.id) });
      return { changeId: id, userErrors: [] };
    }),
  );
}
