import { withTransaction } from '../db/pool.js';
import type { Hub } from '../hub.js';
import type { JobDefinition } from '../jobs/queue.js';
import { appendJournal } from '../journal/journal.js';
import { incidentOnRefusal, recordIncident } from '../sync/incidents.js';
import { refreshOrders } from '../sync/order-refresh.js';
import { loadShop, type SyncShop } from '../sync/shop-ref.js';
import { isTikTokError, isTikTokRefusal } from '../tiktok/index.js';
import { usesLabelPurchase, usesMarkAsShipped } from './market.js';
import { loadShippingPackages, type ShippingPackage } from './package-facts.js';
import { LOGISTICS_SYNC_JOB, syncShopLogistics } from './logistics-sync.js';
import { PUSH_JOB, RESTORABLE_COLUMNS } from './push.js';
import type { PushKind } from './shipping-push.entity.js';

const RETRY_LIMIT = 5;

interface PushRow {
  id: number;
  package_id: number;
  kind: PushKind;
  request: Record<string, any>;
  previous: Record<string, unknown>;
  attempts: number;
}

interface Attempt {
  push: PushRow;
  pkg: ShippingPackage;
}

/** A refusal for one package inside a batch call that otherwise succeeded. */
class ItemRefused extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

function describe(e: unknown): { message: string; code: number | null } {
  if (e instanceof ItemRefused) return { message: `TikTok refused (${e.code}): ${e.message}`, code: e.code };
  if (isTikTokError(e)) return { message: `TikTok ${isTikTokRefusal(e) ? 'refused' : 'error'}${e.code ? ` (${e.code})` : ''}: ${e.message}`, code: e.code ?? null };
  return { message: e instanceof Error ? e.message : String(e), code: null };
}

function permanent(e: unknown): boolean {
  return e instanceof ItemRefused || isTikTokRefusal(e);
}

/**
 * Whether an earlier attempt already landed: TikTok's fulfillment writes take no idempotency key, and a
 * timeout leaves it unknown, so a retry reads the package before writing again.
 */
async function alreadyApplied(hub: Hub, shop: SyncShop, a: Attempt): Promise<boolean> {
  if (!a.pkg.tiktokPackageId) return false;
  const detail = await hub.tiktok.fulfillment.getPackageDetail(shop, a.pkg.tiktokPackageId);
  if (a.push.kind === 'SHIP') return detail.package_status !== undefined && detail.package_status !== 'TO_FULFILL';
  return detail.tracking_number?.toUpperCase() === String(a.push.request.trackingNumber).toUpperCase();
}

async function send(hub: Hub, shop: SyncShop, region: string, a: Attempt): Promise<void> {
  const { push, pkg } = a;
  const r = push.request;
  const tiktokPackageId = pkg.tiktokPackageId;
  if (!tiktokPackageId) throw new ItemRefused(0, 'TikTok does not know this package yet.');
  switch (push.kind) {
    case 'MARK_SHIPPED': {
      if (usesMarkAsShipped(region)) {
        const [orderId, lineIds] = [...pkg.lineIds.entries()][0]!;
        await hub.tiktok.fulfillment.markPackageShipped(shop, orderId, {
          tracking_number: r.trackingNumber,
          shipping_provider_id: r.providerId,
          order_line_item_ids: lineIds,
        });
      } else {
        await hub.tiktok.fulfillment.shipPackage(shop, tiktokPackageId, {
          self_shipment: { tracking_number: r.trackingNumber, shipping_provider_id: r.providerId },
        });
      }
      return;
    }
    case 'TRACKING_UPDATE':
      await hub.tiktok.fulfillment.updatePackageShippingInfo(shop, tiktokPackageId, { tracking_number: r.trackingNumber, shipping_provider_id: r.providerId });
      return;
    case 'SHIP': {
      if (usesLabelPurchase(region)) {
        const [orderId, lineIds] = [...pkg.lineIds.entries()][0]!;
        await hub.tiktok.fulfillment.createPackages(shop, {
          order_id: orderId,
          order_line_item_ids: lineIds,
          weight: { value: String(r.weight.value), unit: r.weight.unit },
          ...(r.dimension
            ? { dimension: { length: String(r.dimension.length), width: String(r.dimension.width), height: String(r.dimension.height), unit: r.dimension.unit } }
            : {}),
          ...(r.shippingServiceId ? { shipping_service_id: r.shippingServiceId } : {}),
        });
      } else {
        await hub.tiktok.fulfillment.shipPackage(shop, tiktokPackageId, shipBody(r));
      }
      return;
    }
  }
}

function shipBody(r: Record<string, any>) {
  return {
    handover_method: r.handoverMethod,
    ...(r.pickupSlot ? { pickup_slot: { start_time: r.pickupSlot.startTime, end_time: r.pickupSlot.endTime } } : {}),
  };
}

/** Sends several TikTok Shipping packages in one Batch Ship Packages call; returns the per-package refusals. */
async function sendBatch(hub: Hub, shop: SyncShop, attempts: Attempt[]): Promise<Map<number, ItemRefused>> {
  const data = await hub.tiktok.fulfillment.batchShipPackages(shop, {
    packages: attempts.map((a) => ({ id: a.pkg.tiktokPackageId!, ...shipBody(a.push.request) })),
  });
  const refused = new Map<number, ItemRefused>();
  for (const err of data.errors ?? []) {
    const a = attempts.find((x) => x.pkg.tiktokPackageId === err.detail?.package_id);
    if (a) refused.set(a.push.id, new ItemRefused(err.code ?? 0, err.message ?? 'refused'));
  }
  return refused;
}

/** TikTok refused for good: the package goes back to what TikTok holds, shows the error, and a person is told. */
async function fail(hub: Hub, shopId: number, a: Attempt, e: unknown): Promise<void> {
  const { message, code } = describe(e);
  const pending = await hub.pool.query(`select 1 from app.shipping_push where id = $1 and status = 'PENDING'`, [a.push.id]);
  if (!pending.rowCount) return;
  // Recorded before the package shows FAILED, so whoever sees the failure also finds its incident.
  await recordIncident(hub, {
    shopId,
    kind: `shipping-push-failed:package-${a.pkg.id}`,
    message: `Package ${a.pkg.tiktokPackageId ?? a.pkg.id}: ${message}`,
    retryJob: null,
    retryData: { pushId: a.push.id },
  });
  await withTransaction(hub.pool, async (tx) => {
    const claimed = await tx.query(`update app.shipping_push set status = 'FAILED', error = $2, tiktok_code = $3, finished_at = now() where id = $1 and status = 'PENDING'`, [
      a.push.id,
      message,
      code,
    ]);
    if (!claimed.rowCount) return;
    await tx.query(`update app.package set sync_status = 'FAILED', sync_error = $2, version = version + 1, updated_at = now() where id = $1`, [a.pkg.id, message]);
    // Back to what the hub held before, unless TikTok's own state has replaced the refused values meanwhile.
    const restore = RESTORABLE_COLUMNS.map((c, i) => `${c} = $${i + 3}`).join(', ');
    await tx.query(`update app.package set ${restore} where id = $1 and tracking_number is not distinct from $2`, [
      a.pkg.id,
      a.push.request.trackingNumber ?? null,
      ...RESTORABLE_COLUMNS.map((c) => a.push.previous[c] ?? null),
    ]);
    await appendJournal(tx, [
      { shopId, entityType: 'Package', entityId: a.pkg.id, kind: `PACKAGE_${a.push.kind}_FAILED`, source: 'SYSTEM', data: { pushId: a.push.id, error: message, tiktokCode: code } },
    ]);
  });
}

async function succeed(hub: Hub, shopId: number, attempts: Attempt[]): Promise<void> {
  await withTransaction(hub.pool, async (tx) => {
    const done: Attempt[] = [];
    for (const a of attempts) {
      const claimed = await tx.query(`update app.shipping_push set status = 'SYNCED', error = null, finished_at = now() where id = $1 and status = 'PENDING'`, [a.push.id]);
      if (!claimed.rowCount) continue;
      // A newer push for the package keeps it PENDING.
      await tx.query(
        `update app.package set sync_status = 'SYNCED', sync_error = null, version = version + 1, updated_at = now()
         where id = $1 and not exists (select 1 from app.shipping_push where package_id = $1 and status = 'PENDING' and id > $2)`,
        [a.pkg.id, a.push.id],
      );
      done.push(a);
    }
    await appendJournal(
      tx,
      done.map((a) => ({ shopId, entityType: 'Package', entityId: a.pkg.id, kind: `PACKAGE_${a.push.kind}_SYNCED`, source: 'SYSTEM' as const, data: { pushId: a.push.id } })),
    );
  });
}

/**
 * Runs queued pushes of one shop: sends each to TikTok (TikTok Shipping packages in one batch call where
 * the market has one), re-reads the orders from TikTok so the hub holds TikTok's truth, then marks the
 * pushes SYNCED. Refusals fail the package (and open an incident); transient errors are retried with
 * backoff and, after the last retry, fail it too. An expired authorization waits for a person.
 */
export async function runPushes(hub: Hub, data: { shopId: number; pushIds: number[] }, retryCount: number): Promise<void> {
  const { rows } = await hub.pool.query<PushRow>(
    `update app.shipping_push set attempts = attempts + 1 where id = any($1::int[]) and status = 'PENDING'
     returning id, package_id, kind, request, previous, attempts - 1 as attempts`,
    [data.pushIds],
  );
  if (!rows.length) return;
  const shop = await loadShop(hub.pool, data.shopId);
  const packages = await loadShippingPackages(hub.pool, rows.map((r) => r.package_id));
  // A package TikTok replaced meanwhile (split or combined outside the hub) is gone; the sync that dropped it failed its push.
  const attempts = rows.sort((a, b) => a.id - b.id).flatMap((push) => {
    const pkg = packages.get(push.package_id);
    return pkg ? [{ push, pkg }] : [];
  });
  if (!attempts.length) return;
  if (!shop?.connected) {
    for (const a of attempts) await fail(hub, data.shopId, a, new ItemRefused(0, 'The shop was disconnected before the change reached TikTok.'));
    return;
  }
  const region = attempts[0]!.pkg.region;
  const landed: Attempt[] = [];
  const failed: { a: Attempt; e: unknown }[] = [];
  let transient: unknown = null;

  const handle = async (a: Attempt, e: unknown) => {
    if (permanent(e)) {
      failed.push({ a, e });
      return;
    }
    if (isTikTokError(e) && e.kind === 'AUTH_EXPIRED') {
      await hub.pool.query(`update app.package set sync_error = $2 where id = $1`, [a.pkg.id, `Waiting for the shop to be re-authorized: ${e.message}`]);
      await recordIncident(hub, { shopId: data.shopId, kind: `${PUSH_JOB}:AUTH_EXPIRED`, message: e.message, retryJob: PUSH_JOB, retryData: data });
      return;
    }
    if (retryCount >= RETRY_LIMIT) {
      failed.push({ a, e });
      return;
    }
    await hub.pool.query(`update app.package set sync_error = $2 where id = $1`, [a.pkg.id, `${describe(e).message} (retrying)`]);
    transient = e;
  };

  const fresh: Attempt[] = [];
  for (const a of attempts) {
    try {
      if (a.push.attempts > 0 && (await alreadyApplied(hub, shop, a))) landed.push(a);
      else fresh.push(a);
    } catch (e) {
      await handle(a, e);
    }
  }
  const batchable = fresh.filter((a) => a.push.kind === 'SHIP' && !usesLabelPurchase(region));
  if (batchable.length > 1) {
    try {
      const refused = await sendBatch(hub, shop, batchable);
      for (const a of batchable) {
        const r = refused.get(a.push.id);
        if (r) await handle(a, r);
        else landed.push(a);
      }
    } catch (e) {
      for (const a of batchable) await handle(a, e);
    }
  }
  for (const a of fresh.filter((x) => !batchable.includes(x) || batchable.length === 1)) {
    try {
      await send(hub, shop, region, a);
      landed.push(a);
    } catch (e) {
      await handle(a, e);
    }
  }
  if (landed.length) {
    const orderIds = [...new Set(landed.flatMap((a) => a.pkg.orderRows.map((o) => o.tiktokOrderId)))];
    // TikTok's answer is the order as it now stands: read it back before calling the push done. If that
    // read fails, the retry finds the change already at TikTok and reads again.
    try {
      await refreshOrders(hub, data.shopId, orderIds, 'SYSTEM');
      await succeed(hub, data.shopId, landed);
    } catch (e) {
      transient ??= e;
    }
  }
  if (failed.length) {
    // TikTok may hold a change made elsewhere: read it first, so the package settles on TikTok's state.
    const orderIds = [...new Set(failed.flatMap(({ a }) => a.pkg.orderRows.map((o) => o.tiktokOrderId)))];
    await refreshOrders(hub, data.shopId, orderIds, 'SYSTEM').catch((err) => hub.log.warn({ err, shopId: data.shopId }, 'refresh after a refused push failed'));
    for (const { a, e } of failed) await fail(hub, data.shopId, a, e);
  }
  if (transient) throw transient;
}

export function shippingJobs(hub: Hub): JobDefinition<any>[] {
  return [
    {
      name: PUSH_JOB,
      retryLimit: RETRY_LIMIT,
      retryDelaySeconds: 2,
      handler: async (data: { shopId: number; pushIds: number[] }, attempt) => runPushes(hub, data, attempt.retryCount),
    },
    {
      name: LOGISTICS_SYNC_JOB,
      policy: 'stately',
      retryLimit: 3,
      handler: async (data: { shopId: number }) => {
        await incidentOnRefusal(hub, LOGISTICS_SYNC_JOB, data, () => syncShopLogistics(hub, data.shopId));
      },
    },
  ];
}
