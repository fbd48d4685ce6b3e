import type { Tx } from '../db/pool.js';
import type { JournalInput } from '../journal/journal.js';
import { appendJournal } from '../journal/journal.js';
import type { JournalSource } from '../journal/journal.entity.js';
import type { OrderRecord } from './wire-order.js';

export interface UpsertResult {
  created: number;
  updated: number;
  /** Incoming state older than (or as old as) what the hub holds: ignored. */
  unchanged: number;
}

/** Order columns written from TikTok's data, by record field. */
export const ORDER_COLS: [keyof OrderRecord, string][] = [
  ['tiktokOrderId', 'tiktok_order_id'],
  ['status', 'status'],
  ['shippingType', 'shipping_type'],
  ['fulfillmentType', 'fulfillment_type'],
  ['deliveryType', 'delivery_type'],
  ['deliveryOptionId', 'delivery_option_id'],
  ['deliveryOptionName', 'delivery_option_name'],
  ['orderType', 'order_type'],
  ['buyerUserId', 'buyer_user_id'],
  ['buyerEmail', 'buyer_email'],
  ['buyerMessage', 'buyer_message'],
  ['sellerNote', 'seller_note'],
  ['notes', 'notes'],
  ['recipient', 'recipient'],
  ['hasUpdatedRecipientAddress', 'has_updated_recipient_address'],
  ['payment', 'payment'],
  ['currency', 'currency'],
  ['totalAmount', 'total_amount'],
  ['paymentMethodName', 'payment_method_name'],
  ['isCod', 'is_cod'],
  ['isSample', 'is_sample'],
  ['isReplacement', 'is_replacement'],
  ['replacedTiktokOrderId', 'replaced_tiktok_order_id'],
  ['isExchange', 'is_exchange'],
  ['exchangeSourceTiktokOrderId', 'exchange_source_tiktok_order_id'],
  ['isOnHoldOrder', 'is_on_hold_order'],
  ['isPreOrder', 'is_pre_order'],
  ['releaseAt', 'release_at'],
  ['isBuyerRequestCancel', 'is_buyer_request_cancel'],
  ['requestCancelAt', 'request_cancel_at'],
  ['cancellationInitiator', 'cancellation_initiator'],
  ['cancelReason', 'cancel_reason'],
  ['splitOrCombineTag', 'split_or_combine_tag'],
  ['tiktokWarehouseId', 'tiktok_warehouse_id'],
  ['rtsSlaAt', 'rts_sla_at'],
  ['ttsSlaAt', 'tts_sla_at'],
  ['shippingDueAt', 'shipping_due_at'],
  ['collectionDueAt', 'collection_due_at'],
  ['deliveryDueAt', 'delivery_due_at'],
  ['deliverySlaAt', 'delivery_sla_at'],
  ['nextDeadlineAt', 'next_deadline_at'],
  ['paidAt', 'paid_at'],
  ['rtsAt', 'rts_at'],
  ['collectionAt', 'collection_at'],
  ['deliveryAt', 'delivery_at'],
  ['cancelAt', 'cancel_at'],
  ['tiktokCreatedAt', 'tiktok_created_at'],
  ['tiktokUpdatedAt', 'tiktok_updated_at'],
  ['tiktokDigest', 'tiktok_digest'],
];
const ORDER_COLUMN_LIST = ORDER_COLS.map(([, c]) => c).join(', ');
const ORDER_UPDATE_SET = ORDER_COLS.filter(([, c]) => c !== 'tiktok_order_id')
  .map(([, c]) => `${c} = excluded.${c}`)
  .join(', ');

/**
 * Writes a batch of TikTok orders of one shop in the caller's transaction: orders, their units and
 * packages, and a journal entry per change (a backfill's new orders: one ORDERS_IMPORTED entry per batch). Idempotent, and never lets an older `update_time`
 * overwrite newer state: the comparison happens in the statement, under the row lock. At an equal
 * `update_time` a different digest is applied (TikTok's clock has one-second resolution); an
 * identical re-read changes nothing.
 *
 * Each table gets one statement fed by one JSON document (`json_populate_recordset`): PostgreSQL
 * parses JSON far faster than the driver builds dozens of array literals.
 */
export async function upsertOrders(
  tx: Tx,
  shopId: number,
  records: OrderRecord[],
  source: JournalSource,
  /** More journal entries to append in the same write, e.g. the caller's progress. */
  extraJournal: JournalInput[] = [],
): Promise<UpsertResult> {
  // The same order twice in one batch (a page boundary moved): keep the newest.
  const newest = new Map<string, OrderRecord>();
  for (const r of records) {
    const seen = newest.get(r.tiktokOrderId);
    if (!seen || seen.tiktokUpdatedAt < r.tiktokUpdatedAt) newest.set(r.tiktokOrderId, r);
  }
  const batch = [...newest.values()];
  const rows = batch.map((r) => Object.fromEntries(ORDER_COLS.map(([k, c]) => [c, r[k]])));
  // Lock the stored versions first (a separate statement: a locking read in the same statement as the
  // upsert may skip rows the upsert has already changed) and remember their status for the journal.
  const locked = batch.length
    ? await tx.query<{ tiktok_order_id: string; status: string }>(
        'select tiktok_order_id, status from app.order where tiktok_order_id = any($1::text[]) order by tiktok_order_id for update',
        [batch.map((r) => r.tiktokOrderId)],
      )
    : { rows: [] };
  const previousStatus = new Map(locked.rows.map((r) => [r.tiktok_order_id, r.status]));
  const written = batch.length
    ? await tx.query<{ id: number; tiktok_order_id: string; inserted: boolean }>(
        `insert into app.order (shop_id, ${ORDER_COLUMN_LIST}, version, created_at, updated_at)
         select $2::int, incoming.*, 1, now(), now()
         from (select ${ORDER_COLUMN_LIST} from json_populate_recordset(null::app."order", $1::json)) incoming
         on conflict (tiktok_order_id) do update set ${ORDER_UPDATE_SET}, version = app.order.version + 1, updated_at = now()
         where app.order.shop_id = excluded.shop_id
           and (app.order.tiktok_updated_at < excluded.tiktok_updated_at
             or (app.order.tiktok_updated_at = excluded.tiktok_updated_at and app.order.tiktok_digest is distinct from excluded.tiktok_digest))
         returning id, tiktok_order_id, (xmax = 0) as inserted`,
        [JSON.stringify(rows), shopId],
      )
    : { rows: [] };

  const journal: JournalInput[] = [];
  if (written.rows.length) {
    const idOf = new Map(written.rows.map((r) => [r.tiktok_order_id, r.id]));
    const changed = batch.filter((r) => idOf.has(r.tiktokOrderId));
    // Only orders the hub already held can have packages that TikTok replaced.
    const held = written.rows.filter((r) => !r.inserted).map((r) => r.id);
    const before = held.length
      ? await tx.query<{ package_id: number }>(
          'select distinct package_id from app.order_line where order_id = any($1::int[]) and package_id is not null',
          [held],
        )
      : { rows: [] };
    const packageIds = await upsertPackages(tx, shopId, changed);
    await upsertLines(tx, changed, idOf, packageIds);
    journal.push(...(await dropReplacedPackages(tx, shopId, source, before.rows.map((r) => r.package_id), [...packageIds.values()])));
    // A backfill's new orders are one entry per page (an initial import is thousands of them); changes
    // to orders the hub already held keep an entry each, with their status before and after.
    const imported = source === 'BACKFILL' ? written.rows.filter((r) => r.inserted) : [];
    if (imported.length) {
      journal.push({
        shopId,
        entityType: 'OrderImport',
        entityId: shopId,
        entityIds: imported.map((r) => r.id),
        kind: 'ORDERS_IMPORTED',
        source,
        // Each order's status as imported, in the order of entityIds: its history starts from it.
        data: { count: imported.length, statuses: imported.map((r) => newest.get(r.tiktok_order_id)!.status) },
      });
    }
    for (const row of written.rows) {
      if (imported.length && row.inserted) continue;
      const record = newest.get(row.tiktok_order_id)!;
      const from = previousStatus.get(row.tiktok_order_id) ?? null;
      journal.push({
        shopId,
        entityType: 'Order',
        entityId: row.id,
        kind: row.inserted ? 'ORDER_CREATED' : from !== record.status ? 'ORDER_STATUS_CHANGED' : 'ORDER_UPDATED',
        source,
        from,
        to: record.status,
        data: { tiktokOrderId: record.tiktokOrderId, tiktokUpdatedAt: record.tiktokUpdatedAt.toISOString() },
      });
    }
  }
  await appendJournal(tx, [...journal, ...extraJournal]);
  const created = written.rows.filter((r) => r.inserted).length;
  return { created, updated: written.rows.length - created, unchanged: batch.length - written.rows.length };
}

async function upsertPackages(tx: Tx, shopId: number, orders: OrderRecord[]): Promise<Map<string, number>> {
  const packages = new Map<string, Record<string, unknown>>();
  for (const o of orders) {
    for (const p of o.packages) {
      packages.set(p.tiktokPackageId, {
        tiktok_package_id: p.tiktokPackageId,
        status: p.status,
        shipping_type: o.shippingType,
        tracking_number: p.trackingNumber,
        tiktok_shipping_provider_id: p.shippingProviderId,
        shipping_provider_name: p.shippingProviderName,
        shipped_at: p.shippedAt,
      });
    }
  }
  if (!packages.size) return new Map();
  const { rows: written } = await tx.query<{ id: number; tiktok_package_id: string }>(
    `insert into app.package (shop_id, tiktok_package_id, status, shipping_type, tracking_number, tiktok_shipping_provider_id,
       shipping_provider_name, shipped_at, sync_status, version, created_at, updated_at)
     select $2::int, incoming.*, 'SYNCED', 1, now(), now()
     from (select tiktok_package_id, status, shipping_type, tracking_number, tiktok_shipping_provider_id, shipping_provider_name, shipped_at
           from json_populate_recordset(null::app.package, $1::json)) incoming
     on conflict (tiktok_package_id) do update set
       status = excluded.status,
       tracking_number = coalesce(excluded.tracking_number, app.package.tracking_number),
       tiktok_shipping_provider_id = coalesce(excluded.tiktok_shipping_provider_id, app.package.tiktok_shipping_provider_id),
       shipping_provider_name = coalesce(excluded.shipping_provider_name, app.package.shipping_provider_name),
       shipped_at = coalesce(excluded.shipped_at, app.package.shipped_at),
       version = app.package.version + 1, updated_at = now()
     where (app.package.status, app.package.tracking_number, app.package.shipped_at)
       is distinct from (excluded.status, coalesce(excluded.tracking_number, app.package.tracking_number), coalesce(excluded.shipped_at, app.package.shipped_at))
     returning id, tiktok_package_id`,
    [JSON.stringify([...packages.values()]), shopId],
  );
  const ids = new Map(written.map((r) => [r.tiktok_package_id, r.id]));
  // Packages the batch left unchanged are looked up by their unique key; an import writes them all.
  const unchanged = [...packages.keys()].filter((id) => !ids.has(id));
  if (unchanged.length) {
    const { rows } = await tx.query<{ id: number; tiktok_package_id: string }>(
      'select id, tiktok_package_id from app.package where tiktok_package_id = any($1::text[])',
      [unchanged],
    );
    for (const r of rows) ids.set(r.tiktok_package_id, r.id);
  }
  return ids;
}

/**
 * A split or combine (ours or Seller Center's) moves units into new TikTok packages and TikTok drops the
 * emptied ones: so do we, so that every package holds at least one unit. Only packages never arranged
 * for shipment qualify; TikTok keeps shipped packages.
 */
async function dropReplacedPackages(tx: Tx, shopId: number, source: JournalInput['source'], previous: number[], current: number[]): Promise<JournalInput[]> {
  const gone = previous.filter((id) => !current.includes(id));
  if (!gone.length) return [];
  const { rows } = await tx.query<{ id: number }>(
    `select p.id from app.package p where p.id = any($1::int[]) and p.status = 'TO_FULFILL' and p.tracking_number is null
       and not exists (select 1 from app.order_line l where l.package_id = p.id)
     for update`,
    [gone],
  );
  const dropped = rows.map((r) => r.id);
  if (!dropped.length) return [];
  // A shipment still queued for a package TikTok no longer has cannot land: it fails here, visibly. Its
  // record, like every earlier push of the package, outlives the package (the reference is cleared).
  const { rows: settled } = await tx.query<{ id: number; package_id: number; kind: string }>(
    `update app.shipping_push set status = 'FAILED', error = $2, finished_at = now() where package_id = any($1::int[]) and status = 'PENDING'
     returning id, package_id, kind`,
    [dropped, 'TikTok replaced the package (split or combined outside the hub) before this change reached it; ship its new packages.'],
  );
  await tx.query('delete from app.package where id = any($1::int[])', [dropped]);
  return settled.map((r) => ({
    shopId,
    entityType: 'Package',
    entityId: r.package_id,
    kind: `PACKAGE_${r.kind}_FAILED`,
    source,
    data: { pushId: r.id, error: 'TikTok replaced the package before the change reached it.' },
  }));
}

async function upsertLines(tx: Tx, orders: OrderRecord[], orderIds: Map<string, number>, packageIds: Map<string, number>) {
  const lines = orders.flatMap((o) =>
    o.lines.map((l) => ({
      order_id: orderIds.get(o.tiktokOrderId)!,
      position: l.position,
      tiktok_line_item_id: l.tiktokLineItemId,
      sku_id: l.skuId,
      product_id: l.productId,
      seller_sku: l.sellerSku,
      product_name: l.productName,
      sku_name: l.skuName,
      sku_image: l.skuImage,
      currency: l.currency,
      original_price: l.originalPrice,
      sale_price: l.salePrice,
      seller_discount: l.sellerDiscount,
      platform_discount: l.platformDiscount,
      display_status: l.displayStatus,
      is_gift: l.isGift,
      gift_retail_price: l.giftRetailPrice,
      bundle_components: l.bundleComponents,
      taxes: l.taxes,
      is_dangerous_good: l.isDangerousGood,
      cancel_reason: l.cancelReason,
      cancel_user: l.cancelUser,
      package_id: l.tiktokPackageId ? packageIds.get(l.tiktokPackageId) ?? null : null,
    })),
  );
  if (!lines.length) return;
  const cols = Object.keys(lines[0]!).join(', ');
  await tx.query(
    `insert into app.order_line (${cols})
     select ${cols} from json_populate_recordset(null::app.order_line, $1::json)
     on conflict (tiktok_line_item_id) do update set
       display_status = excluded.display_status, cancel_reason = excluded.cancel_reason, cancel_user = excluded.cancel_user,
       package_id = coalesce(excluded.package_id, app.order_line.package_id)
     where (app.order_line.display_status, app.order_line.cancel_reason, app.order_line.package_id)
       is distinct from (excluded.display_status, excluded.cancel_reason, coalesce(excluded.package_id, app.order_line.package_id))`,
    [JSON.stringify(lines)],
  );
}
