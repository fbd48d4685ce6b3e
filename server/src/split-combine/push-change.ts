/**
 * The job that sends a PackageChange to TikTok. Idempotent: the change is claimed (PENDING → PUSHING)
 * before the call; a later attempt of a claimed change first re-reads the orders and, if TikTok already
 * holds the planned shape (the earlier attempt landed but its answer was lost), only records it.
 */
import { withTransaction } from '../db/pool.js';
import type { Hub } from '../hub.js';
import type { JobDefinition } from '../jobs/queue.js';
import { recordIncident } from '../sync/incidents.js';
import { refreshOrders } from '../sync/order-refresh.js';
import { loadShop, type SyncShop } from '../sync/shop-ref.js';
import { isTikTokError, isTikTokRefusal } from '../tiktok/index.js';
import { journalChange, PACKAGE_CHANGE_JOB, type PackageChangeRow } from './change-record.js';

const RETRY_LIMIT = 5;

/** TikTok refused the change itself: retrying cannot help. */
class Refused extends Error {}

export function packageChangeJobs(hub: Hub): JobDefinition<any>[] {
  return [
    {
      name: PACKAGE_CHANGE_JOB,
      retryLimit: RETRY_LIMIT,
      retryDelaySeconds: 2,
      handler: (data: { changeId: number }, attempt) => pushChange(hub, data.changeId, attempt.retryCount),
    },
  ];
}

export async function pushChange(hub: Hub, changeId: number, retryCount = 0): Promise<void> {
  const { rows } = await hub.pool.query<PackageChangeRow & { previous: string }>(
    `with previous as (select id, state from app.package_change where id = $1 for update)
     update app.package_change c set state = 'PUSHING', updated_at = now() from previous
     where c.id = previous.id and previous.state in ('PENDING', 'PUSHING')
     returning c.*, previous.state as previous`,
    [changeId],
  );
  const change = rows[0];
  if (!change) return;
  const shop = await loadShop(hub.pool, change.shop_id);
  const orders = await tiktokOrderIds(hub, change.order_ids);
  try {
    if (!shop?.connected) throw new Refused('The shop is no longer connected.');
    let result = change.previous === 'PUSHING' ? await landedResult(hub, shop, change, orders) : null;
    result ??= await send(hub, shop, change, orders);
    await refreshOrders(hub, shop.dbId, orders, 'SYSTEM');
    await finish(hub, change, 'SYNCED', result, null);
  } catch (e) {
    if (e instanceof Refused || isTikTokRefusal(e)) {
      return fail(hub, change, e instanceof Error ? e.message : String(e));
    }
    if (isTikTokError(e) && e.kind === 'AUTH_EXPIRED') {
      // Not a verdict on the change: it waits, PENDING, for the shop's re-authorization and the incident's retry.
      await hub.pool.query(`update app.package_change set state = 'PENDING', sync_error = $2, updated_at = now() where id = $1`, [change.id, e.message]);
      await recordIncident(hub, { shopId: change.shop_id, kind: `${PACKAGE_CHANGE_JOB}:AUTH_EXPIRED`, message: e.message, retryJob: PACKAGE_CHANGE_JOB, retryData: { changeId: change.id, shopId: change.shop_id } });
      return;
    }
    if (retryCount >= RETRY_LIMIT) return fail(hub, change, `Gave up after ${RETRY_LIMIT + 1} attempts: ${e instanceof Error ? e.message : String(e)}`);
    throw e;
  }
}

async function tiktokOrderIds(hub: Hub, orderIds: number[]): Promise<string[]> {
  const { rows } = await hub.pool.query('select tiktok_order_id from app.order where id = any($1::int[]) order by id', [orderIds]);
  return rows.map((r) => r.tiktok_order_id as string);
}

/** One call to TikTok; TikTok's package ids of the result. */
async function send(hub: Hub, shop: SyncShop, change: PackageChangeRow, orders: string[]): Promise<string[]> {
  const f = hub.tiktok.fulfillment;
  switch (change.kind) {
    case 'SPLIT': {
      const groups = change.plan.groups!;
      const data = await f.splitOrder(shop, orders[0]!, {
        splittable_groups: groups.map((ids, i) => ({ id: String(i + 1), order_line_item_ids: ids })),
      });
      const byGroup = new Map((data.packages ?? []).map((p) => [p.splittable_group_id, p.id]));
      return groups.map((_, i) => byGroup.get(String(i + 1)) ?? '');
    }
    case 'COMBINE': {
      const data = await f.combinePackages(shop, { combinable_packages: [{ id: change.plan.tiktokPackageId!, order_ids: change.plan.tiktokOrderIds! }] });
      const refusal = (data.errors ?? [])[0];
      if (refusal) throw new Refused(`TikTok refused the combination (${refusal.code}): ${refusal.message}`);
      return (data.packages ?? []).map((p) => p.id ?? '');
    }
    case 'UNCOMBINE': {
      const data = await f.uncombinePackage(shop, change.plan.tiktokPackageId!, { order_ids: change.plan.tiktokOrderIds! });
      return (data.packages ?? []).map((p) => p.id ?? '');
    }
  }
}

/**
 * After a lost answer: re-reads the orders and returns the resulting package ids if TikTok already holds
 * the planned shape, else null (the change is sent).
 */
async function landedResult(hub: Hub, shop: SyncShop, change: PackageChangeRow, orders: string[]): Promise<string[] | null> {
  await refreshOrders(hub, shop.dbId, orders, 'SYSTEM');
  const { rows } = await hub.pool.query(
    `select o.tiktok_order_id, l.tiktok_line_item_id, p.tiktok_package_id,
            (select count(distinct l2.order_id) from app.order_line l2 where l2.package_id = p.id)::int as orders_in_package
     from app.order_line l join app.order o on o.id = l.order_id left join app.package p on p.id = l.package_id
     where l.order_id = any($1::int[]) and l.cancel_reason is null`,
    [change.order_ids],
  );
  const packageOfLine = new Map(rows.map((r) => [r.tiktok_line_item_id as string, r.tiktok_package_id as string | null]));
  const packagesOf = (pred: (r: Record<string, any>) => boolean) => [...new Set(rows.filter(pred).map((r) => r.tiktok_package_id as string | null))];
  switch (change.kind) {
    case 'SPLIT': {
      const result = change.plan.groups!.map((g) => [...new Set(g.map((id) => packageOfLine.get(id)))]);
      const ids = result.map((r) => (r.length === 1 ? r[0] : null));
      return ids.every((id) => id) && new Set(ids).size === ids.length ? (ids as string[]) : null;
    }
    case 'COMBINE': {
      const ids = packagesOf(() => true);
      return ids.length === 1 && ids[0] ? [ids[0]] : null;
    }
    case 'UNCOMBINE': {
      const removed = change.plan.tiktokOrderIds!;
      const solo = removed.map((o) => packagesOf((r) => r.tiktok_order_id === o));
      const landed = solo.every((ids) => ids.length === 1 && rows.some((r) => r.tiktok_package_id === ids[0] && r.orders_in_package === 1));
      return landed ? packagesOf(() => true).filter((id): id is string => id !== null) : null;
    }
  }
}

async function finish(hub: Hub, change: PackageChangeRow, state: 'SYNCED' | 'FAILED', result: string[] | null, error: string | null): Promise<void> {
  await withTransaction(hub.pool, async (tx) => {
    await tx.query(
      `update app.package_change set state = $2, result_tiktok_package_ids = $3, sync_error = $4, updated_at = now(),
         synced_at = case when $2 = 'SYNCED' then now() else synced_at end where id = $1`,
      [change.id, state, result ? JSON.stringify(result) : null, error],
    );
    // The orders' packages now: re-read from TikTok (SYNCED), or unchanged because TikTok refused (FAILED).
    await tx.query(
      `update app.package set sync_status = $2, sync_error = $3, version = version + 1, updated_at = now()
       where id in (select package_id from app.order_line where order_id = any($1::int[]) and package_id is not null)
          or id = any($4::int[])`,
      [change.order_ids, state, error, change.package_ids],
    );
    await journalChange(
      tx,
      { id: change.id, shopId: change.shop_id, kind: change.kind, orderIds: change.order_ids, actor: change.actor },
      state,
      'SYSTEM',
      state === 'SYNCED' ? { tiktokPackageIds: result } : { error },
    );
  });
}

async function fail(hub: Hub, change: PackageChangeRow, message: string): Promise<void> {
  await finish(hub, change, 'FAILED', null, message);
  await recordIncident(hub, {
    shopId: change.shop_id,
    kind: `${PACKAGE_CHANGE_JOB}:${change.kind}`,
    message: `TikTok refused the ${change.kind.toLowerCase()} of order(s) ${change.order_ids.join(', ')}: ${message}`,
    retryJob: null,
    retryData: { changeId: change.id },
  });
}
