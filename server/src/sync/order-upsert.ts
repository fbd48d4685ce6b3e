import { createHash } from 'node:crypto';
import { bulkColumns, bulkValues, copyValue, StagingTable, type BulkColumn, type BulkColumnType } from '../db/bulk-rows.js';
import type { Tx } from '../db/pool.js';
import type { JournalInput } from '../journal/journal.js';
import { appendJournal } from '../journal/journal.js';
import type { JournalSource } from '../journal/journal.entity.js';
import type { LineRecord, OrderRecord, PackageRecord } from './wire-order.js';
import type { OrderStatus } from '../orders/order.enums.js';

export interface UpsertResult {
  created: number;
  updated: number;
  /** Incoming state older than (or as old as) what the hub holds: ignored. */
  unchanged: number;
}

/** Order columns written from TikTok's data: record field, column, type. */
export const ORDER_COLS: [keyof OrderRecord, string, BulkColumnType][] = [
  ['tiktokOrderId', 'tiktok_order_id', 'text'],
  ['status', 'status', 'text'],
  ['shippingType', 'shipping_type', 'text'],
  ['fulfillmentType', 'fulfillment_type', 'text'],
  ['deliveryType', 'delivery_type', 'text'],
  ['deliveryOptionId', 'delivery_option_id', 'text'],
  ['deliveryOptionName', 'delivery_option_name', 'text'],
  ['orderType', 'order_type', 'text'],
  ['buyerUserId', 'buyer_user_id', 'text'],
  ['buyerEmail', 'buyer_email', 'text'],
  ['buyerMessage', 'buyer_message', 'text'],
  ['sellerNote', 'seller_note', 'text'],
  ['notes', 'notes', 'text'],
  ['recipient', 'recipient', 'jsonb'],
  ['hasUpdatedRecipientAddress', 'has_updated_recipient_address', 'bool'],
  ['payment', 'payment', 'jsonb'],
  ['currency', 'currency', 'text'],
  ['totalAmount', 'total_amount', 'numeric'],
  ['paymentMethodName', 'payment_method_name', 'text'],
  ['isCod', 'is_cod', 'bool'],
  ['isSample', 'is_sample', 'bool'],
  ['isReplacement', 'is_replacement', 'bool'],
  ['replacedTiktokOrderId', 'replaced_tiktok_order_id', 'text'],
  ['isExchange', 'is_exchange', 'bool'],
  ['exchangeSourceTiktokOrderId', 'exchange_source_tiktok_order_id', 'text'],
  ['isOnHoldOrder', 'is_on_hold_order', 'bool'],
  ['isPreOrder', 'is_pre_order', 'bool'],
  ['releaseAt', 'release_at', 'timestamptz'],
  ['isBuyerRequestCancel', 'is_buyer_request_cancel', 'bool'],
  ['requestCancelAt', 'request_cancel_at', 'timestamptz'],
  ['cancellationInitiator', 'cancellation_initiator', 'text'],
  ['cancelReason', 'cancel_reason', 'text'],
  ['splitOrCombineTag', 'split_or_combine_tag', 'text'],
  ['tiktokWarehouseId', 'tiktok_warehouse_id', 'text'],
  ['rtsSlaAt', 'rts_sla_at', 'timestamptz'],
  ['ttsSlaAt', 'tts_sla_at', 'timestamptz'],
  ['shippingDueAt', 'shipping_due_at', 'timestamptz'],
  ['collectionDueAt', 'collection_due_at', 'timestamptz'],
  ['deliveryDueAt', 'delivery_due_at', 'timestamptz'],
  ['deliverySlaAt', 'delivery_sla_at', 'timestamptz'],
  ['nextDeadlineAt', 'next_deadline_at', 'timestamptz'],
  ['paidAt', 'paid_at', 'timestamptz'],
  ['rtsAt', 'rts_at', 'timestamptz'],
  ['collectionAt', 'collection_at', 'timestamptz'],
  ['deliveryAt', 'delivery_at', 'timestamptz'],
  ['cancelAt', 'cancel_at', 'timestamptz'],
  ['tiktokCreatedAt', 'tiktok_created_at', 'timestamptz'],
  ['tiktokUpdatedAt', 'tiktok_updated_at', 'timestamptz'],
];

/** Order line columns written from TikTok's data. */
const LINE_COLS: [keyof LineRecord, string, BulkColumnType][] = [
  ['position', 'position', 'int'],
  ['tiktokLineItemId', 'tiktok_line_item_id', 'text'],
  ['skuId', 'sku_id', 'text'],
  ['productId', 'product_id', 'text'],
  ['sellerSku', 'seller_sku', 'text'],
  ['productName', 'product_name', 'text'],
  ['skuName', 'sku_name', 'text'],
  ['skuImage', 'sku_image', 'text'],
  ['currency', 'currency', 'text'],
  ['originalPrice', 'original_price', 'numeric'],
  ['salePrice', 'sale_price', 'numeric'],
  ['sellerDiscount', 'seller_discount', 'numeric'],
  ['platformDiscount', 'platform_discount', 'numeric'],
  ['displayStatus', 'display_status', 'text'],
  ['isGift', 'is_gift', 'bool'],
  ['giftRetailPrice', 'gift_retail_price', 'numeric'],
  ['bundleComponents', 'bundle_components', 'jsonb'],
  ['taxes', 'taxes', 'jsonb'],
  ['isDangerousGood', 'is_dangerous_good', 'bool'],
  ['cancelReason', 'cancel_reason', 'text'],
  ['cancelUser', 'cancel_user', 'text'],
];

/** Package columns written from TikTok's data (the shipping type is the order's). */
const PACKAGE_COLS: [keyof PackageRecord, string, BulkColumnType][] = [
  ['tiktokPackageId', 'tiktok_package_id', 'text'],
  ['status', 'status', 'text'],
  ['trackingNumber', 'tracking_number', 'text'],
  ['shippingProviderId', 'tiktok_shipping_provider_id', 'text'],
  ['shippingProviderName', 'shipping_provider_name', 'text'],
  ['shippedAt', 'shipped_at', 'timestamptz'],
];

const ORDER_COLUMNS = bulkColumns([...ORDER_COLS.map(([, name, type]) => [name, type] as const), ['tiktok_digest', 'text']]);
/** A line's order is known only once the order is written; its package is looked up by TikTok's id. */
const LINE_COLUMNS = bulkColumns([['order_id', 'int'], ['tiktok_package_id', 'text'], ...LINE_COLS.map(([, name, type]) => [name, type] as const)]);
const [LINE_ORDER_ID, LINE_PACKAGE_ID, ...LINE_FIELDS] = LINE_COLUMNS;
const PACKAGE_COLUMNS = bulkColumns([...PACKAGE_COLS.map(([, name, type]) => [name, type] as const), ['shipping_type', 'text']]);
const ORDER_ROWS = new StagingTable('consign_order_rows', ORDER_COLUMNS);
const LINE_ROWS = new StagingTable('consign_order_line_rows', LINE_COLUMNS);
const PACKAGE_ROWS = new StagingTable('consign_package_rows', PACKAGE_COLUMNS);
const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const names = (cols: readonly BulkColumn[]) => cols.map((c) => c.name).join(', ');
const ORDER_UPDATE_SET = ORDER_COLUMNS.filter((c) => c.name !== 'tiktok_order_id')
  .map((c) => `${c.name} = excluded.${c.name}`)
  .join(', ');

/** The record's fields as tab-separated COPY text, in the order of `fields`. */
function copyFields<R>(record: R, fields: [keyof R, string, BulkColumnType][]): string {
  let line = copyValue(fields[0]![2], record[fields[0]![0]]);
  for (let i = 1; i < fields.length; i++) line += `\t${copyValue(fields[i]![2], record[fields[i]![0]])}`;
  return line;
}

/**
 * The order's row as the upsert stages it (a COPY line), with its digest: the order row itself and
 * every unit and package field a re-read can change (what the line and package upserts update). So at
 * an equal `update_time` an order is rewritten when, and only when, something the hub stores differs.
 */
export function serializeOrder(record: OrderRecord): { row: string; digest: string } {
  const order = copyFields(record, ORDER_COLS);
  const hash = createHash('sha1').update(order);
  for (const l of record.lines) hash.update(`|${l.tiktokLineItemId}|${l.displayStatus}|${l.cancelReason}|${l.cancelUser}|${l.tiktokPackageId}`);
  for (const p of record.packages) {
    hash.update(`|${p.tiktokPackageId}|${p.status}|${p.trackingNumber}|${p.shippingProviderId}|${p.shippingProviderName}|${p.shippedAt?.getTime()}`);
  }
  const digest = hash.digest('base64url');
  return { row: `${order}\t${digest}\n`, digest };
}

/**
 * An order as the write takes it: its rows already formatted, so that a bulk import can prepare them
 * away from the thread that writes (plain data: it crosses threads as it is).
 */
export interface PreparedOrder {
  tiktokOrderId: string;
  status: OrderStatus;
  /** TikTok's update_time, in milliseconds. */
  tiktokUpdatedAt: number;
  /** The order's row, with its digest. */
  row: string;
  /** Its units' rows, without their `order_id` (and its tab), which is known once the order is written. */
  lines: string[];
  /** Its packages' rows. */
  packages: [tiktokPackageId: string, row: string][];
}

export function prepareOrder(record: OrderRecord): PreparedOrder {
  const shippingType = copyValue('text', record.shippingType);
  return {
    tiktokOrderId: record.tiktokOrderId,
    status: record.status,
    tiktokUpdatedAt: record.tiktokUpdatedAt.getTime(),
    row: serializeOrder(record).row,
    lines: record.lines.map((l) => `${copyValue('text', l.tiktokPackageId)}\t${copyFields(l, LINE_COLS)}\n`),
    packages: record.packages.map((p) => [p.tiktokPackageId, `${copyFields(p, PACKAGE_COLS)}\t${shippingType}\n`]),
  };
}

/**
 * Writes a batch of TikTok orders of one shop in the caller's transaction: orders, their units and
 * packages, and a journal entry per change (a backfill's new orders: one ORDERS_IMPORTED entry per
 * batch). Idempotent, and never lets an older `update_time` overwrite newer state: the comparison
 * happens in the statement, under the row lock. At an equal `update_time` a different digest is applied
 * (TikTok's clock has one-second resolution); an identical re-read changes nothing.
 */
export function upsertOrders(
  tx: Tx,
  shopId: number,
  records: OrderRecord[],
  source: JournalSource,
  /** More journal entries to append in the same write, e.g. the caller's progress. */
  extraJournal: JournalInput[] = [],
): Promise<UpsertResult> {
  return writeOrders(tx, shopId, records.map(prepareOrder), source, extraJournal);
}

/** `upsertOrders` for orders already prepared. */
export async function writeOrders(
  tx: Tx,
  shopId: number,
  orders: PreparedOrder[],
  source: JournalSource,
  extraJournal: JournalInput[] = [],
): Promise<UpsertResult> {
  // The same order twice in one batch (a page boundary moved): keep the newest.
  const newest = new Map<string, PreparedOrder>();
  for (const r of orders) {
    const seen = newest.get(r.tiktokOrderId);
    if (!seen || seen.tiktokUpdatedAt < r.tiktokUpdatedAt) newest.set(r.tiktokOrderId, r);
  }
  if (!newest.size) {
    await appendJournal(tx, extraJournal);
    return { created: 0, updated: 0, unchanged: 0 };
  }
  // Rows are written in key order, as they are locked: concurrent writers that share a row (a backfill
  // writes two batches at once) wait for each other instead of deadlocking.
  const batch = [...newest.values()].sort((a, b) => compareKeys(a.tiktokOrderId, b.tiktokOrderId));
  // Lock the stored versions first (a separate statement: a locking read in the same statement as the
  // upsert may skip rows the upsert has already changed) and remember their status for the journal.
  const { rows: locked } = await tx.query<{ tiktok_order_id: string; status: string }>(
    'select tiktok_order_id, status from app.order where tiktok_order_id = any($1::text[]) order by tiktok_order_id for update',
    [batch.map((r) => r.tiktokOrderId)],
  );
  const previousStatus = new Map(locked.map((r) => [r.tiktok_order_id, r.status]));
  const orderRows = await ORDER_ROWS.feed(tx, batch.map((r) => r.row), '$2');
  // `order by`: in the order the lock above took them, whatever order the staging table returns.
  const written = await tx.query<{ id: number; tiktok_order_id: string; inserted: boolean }>(
    `${orderRows.with}
     insert into app.order (shop_id, ${names(ORDER_COLUMNS)}, version, created_at, updated_at)
     select $1::int, ${bulkValues(ORDER_COLUMNS)}, 1, now(), now() from ${orderRows.from} order by r.${ORDER_COLUMNS[0]!.key}
     on conflict (tiktok_order_id) do update set ${ORDER_UPDATE_SET}, version = app.order.version + 1, updated_at = now()
     where app.order.shop_id = excluded.shop_id
       and (app.order.tiktok_updated_at < excluded.tiktok_updated_at
         or (app.order.tiktok_updated_at = excluded.tiktok_updated_at and app.order.tiktok_digest is distinct from excluded.tiktok_digest))
     returning id, tiktok_order_id, (xmax = 0) as inserted`,
    [shopId, ...orderRows.params],
  );

  const journal: JournalInput[] = [];
  if (written.rows.length) {
    const idOf = new Map(written.rows.map((r) => [r.tiktok_order_id, r.id]));
    const changed = batch.filter((o) => idOf.has(o.tiktokOrderId));
    // Only orders the hub already held can have packages that TikTok replaced.
    const held = written.rows.filter((r) => !r.inserted).map((r) => r.id);
    const before = held.length
      ? await tx.query<{ package_id: number }>(
          'select distinct package_id from app.order_line where order_id = any($1::int[]) and package_id is not null',
          [held],
        )
      : { rows: [] };
    await upsertPackages(tx, shopId, changed);
    await upsertLines(tx, changed, idOf);
    const current = changed.flatMap((o) => o.packages.map(([id]) => id));
    journal.push(...(await dropReplacedPackages(tx, shopId, source, before.rows.map((r) => r.package_id), current)));
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
        data: { tiktokOrderId: record.tiktokOrderId, tiktokUpdatedAt: new Date(record.tiktokUpdatedAt).toISOString() },
      });
    }
  }
  await appendJournal(tx, [...journal, ...extraJournal]);
  const created = written.rows.filter((r) => r.inserted).length;
  return { created, updated: written.rows.length - created, unchanged: batch.length - written.rows.length };
}

async function upsertPackages(tx: Tx, shopId: number, orders: PreparedOrder[]): Promise<void> {
  // A combined package appears in each of its orders: written once.
  const packages = new Map(orders.flatMap((o) => o.packages).sort(([a], [b]) => compareKeys(a, b)));
  if (!packages.size) return;
  const rows = await PACKAGE_ROWS.feed(tx, [...packages.values()], '$2');
  await tx.query(
    `${rows.with}
     insert into app.package (shop_id, ${names(PACKAGE_COLUMNS)}, sync_status, version, created_at, updated_at)
     select $1::int, ${bulkValues(PACKAGE_COLUMNS)}, 'SYNCED', 1, now(), now() from ${rows.from} order by r.${PACKAGE_COLUMNS[0]!.key}
     on conflict (tiktok_package_id) do update set
       status = excluded.status,
       tracking_number = coalesce(excluded.tracking_number, app.package.tracking_number),
       tiktok_shipping_provider_id = coalesce(excluded.tiktok_shipping_provider_id, app.package.tiktok_shipping_provider_id),
       shipping_provider_name = coalesce(excluded.shipping_provider_name, app.package.shipping_provider_name),
       shipped_at = coalesce(excluded.shipped_at, app.package.shipped_at),
       version = app.package.version + 1, updated_at = now()
     where (app.package.status, app.package.tracking_number, app.package.shipped_at)
       is distinct from (excluded.status, coalesce(excluded.tracking_number, app.package.tracking_number), coalesce(excluded.shipped_at, app.package.shipped_at))`,
    [shopId, ...rows.params],
  );
}

/**
 * A split or combine (ours or Seller Center's) moves units into new TikTok packages and TikTok drops the
 * emptied ones: so do we, so that every package holds at least one unit. Only packages never arranged
 * for shipment qualify; TikTok keeps shipped packages. `previous` are the packages the orders' units
 * were in before this write, `current` TikTok's package ids now.
 */
async function dropReplacedPackages(
  tx: Tx,
  shopId: number,
  source: JournalInput['source'],
  previous: number[],
  current: string[],
): Promise<JournalInput[]> {
  if (!previous.length) return [];
  const { rows } = await tx.query<{ id: number }>(
    `select p.id from app.package p where p.id = any($1::int[]) and p.tiktok_package_id <> all($2::text[])
       and p.status = 'TO_FULFILL' and p.tracking_number is null
       and not exists (select 1 from app.order_line l where l.package_id = p.id)
     for update`,
    [previous, current],
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

async function upsertLines(tx: Tx, orders: PreparedOrder[], orderIds: Map<string, number>) {
  const lines: string[] = [];
  for (const o of orders) {
    const prefix = `${orderIds.get(o.tiktokOrderId)!}\t`;
    for (const l of o.lines) lines.push(prefix + l);
  }
  if (!lines.length) return;
  const rows = await LINE_ROWS.feed(tx, lines, '$1');
  await tx.query(
    `${rows.with}
     insert into app.order_line (${names([LINE_ORDER_ID, ...LINE_FIELDS])}, package_id)
     select ${bulkValues([LINE_ORDER_ID, ...LINE_FIELDS])},
       -- A subquery rather than a join: always one index probe, whatever the planner thinks the table holds.
       (select p.id from app.package p where p.tiktok_package_id = r.${LINE_PACKAGE_ID.key})
     from ${rows.from}
     on conflict (tiktok_line_item_id) do update set
       display_status = excluded.display_status, cancel_reason = excluded.cancel_reason, cancel_user = excluded.cancel_user,
       package_id = coalesce(excluded.package_id, app.order_line.package_id)
     where (app.order_line.display_status, app.order_line.cancel_reason, app.order_line.package_id)
       is distinct from (excluded.display_status, excluded.cancel_reason, coalesce(excluded.package_id, app.order_line.package_id))`,
    rows.params,
  );
}
