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

const ORDER_COLS: [keyof OrderRecord, string, string][] = [
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

const jsonOrNull = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

/**
 * Writes a batch of TikTok orders of one shop in the caller's transaction: orders, their units and
 * packages, and a journal entry per change. Idempotent, and never lets an older `update_time`
 * overwrite newer state: the comparison happens in the statement, under the row lock.
 */
export async function upsertOrders(tx: Tx, shopId: number, records: OrderRecord[], source: JournalSource): Promise<UpsertResult> {
  // The same order twice in one batch (a page boundary moved): keep the newest.
  const newest = new Map<string, OrderRecord>();
  for (const r of records) {
    const seen = newest.get(r.tiktokOrderId);
    if (!seen || seen.tiktokUpdatedAt < r.tiktokUpdatedAt) newest.set(r.tiktokOrderId, r);
  }
  const batch = [...newest.values()];
  if (!batch.length) return { created: 0, updated: 0, unchanged: 0 };

  const before = await tx.query<{ tiktok_order_id: string; status: string }>(
    'select tiktok_order_id, status from app.order where tiktok_order_id = any($1::text[]) order by tiktok_order_id for update',
    [batch.map((r) => r.tiktokOrderId)],
  );
  const previousStatus = new Map(before.rows.map((r) => [r.tiktok_order_id, r.status]));

  const cols = ORDER_COLS.map(([, c]) => c);
  const params = ORDER_COLS.map(([k, , type]) => batch.map((r) => (type === 'jsonb' ? jsonOrNull(r[k]) : r[k])));
  const written = await tx.query<{ id: number; tiktok_order_id: string; inserted: boolean }>(
    `insert into app.order (shop_id, ${cols.join(', ')}, version, created_at, updated_at)
     select $${cols.length + 1}::int, u.*, 1, now(), now()
     from unnest(${ORDER_COLS.map(([, , t], i) => `$${i + 1}::${t}[]`).join(', ')}) as u
     on conflict (tiktok_order_id) do update set
       ${cols.filter((c) => c !== 'tiktok_order_id').map((c) => `${c} = excluded.${c}`).join(', ')},
       version = app.order.version + 1, updated_at = now()
     where app.order.tiktok_updated_at < excluded.tiktok_updated_at and app.order.shop_id = excluded.shop_id
     returning id, tiktok_order_id, (xmax = 0) as inserted`,
    [...params, shopId],
  );
  if (!written.rows.length) return { created: 0, updated: 0, unchanged: batch.length };

  const idOf = new Map(written.rows.map((r) => [r.tiktok_order_id, r.id]));
  const changed = batch.filter((r) => idOf.has(r.tiktokOrderId));
  const packageIds = await upsertPackages(tx, shopId, changed);
  await upsertLines(tx, changed, idOf, packageIds);

  const journal: JournalInput[] = [];
  for (const row of written.rows) {
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
  await appendJournal(tx, journal);
  const created = written.rows.filter((r) => r.inserted).length;
  return { created, updated: written.rows.length - created, unchanged: batch.length - written.rows.length };
}

async function upsertPackages(tx: Tx, shopId: number, orders: OrderRecord[]): Promise<Map<string, number>> {
  const packages = new Map<string, OrderRecord['packages'][number] & { shippingType: string }>();
  for (const o of orders) for (const p of o.packages) packages.set(p.tiktokPackageId, { ...p, shippingType: o.shippingType });
  if (!packages.size) return new Map();
  const list = [...packages.values()];
  const { rows } = await tx.query<{ id: number; tiktok_package_id: string }>(
    `insert into app.package (shop_id, tiktok_package_id, status, shipping_type, tracking_number, tiktok_shipping_provider_id,
       shipping_provider_name, shipped_at, sync_status, version, created_at, updated_at)
     select $1::int, u.*, 'SYNCED', 1, now(), now()
     from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[]) as u
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
    [
      shopId,
      list.map((p) => p.tiktokPackageId),
      list.map((p) => p.status),
      list.map((p) => p.shippingType),
      list.map((p) => p.trackingNumber),
      list.map((p) => p.shippingProviderId),
      list.map((p) => p.shippingProviderName),
      list.map((p) => p.shippedAt),
    ],
  );
  const ids = new Map(rows.map((r) => [r.tiktok_package_id, r.id]));
  const missing = list.filter((p) => !ids.has(p.tiktokPackageId)).map((p) => p.tiktokPackageId);
  if (missing.length) {
    const existing = await tx.query<{ id: number; tiktok_package_id: string }>(
      'select id, tiktok_package_id from app.package where tiktok_package_id = any($1::text[])',
      [missing],
    );
    for (const r of existing.rows) ids.set(r.tiktok_package_id, r.id);
  }
  return ids;
}

async function upsertLines(tx: Tx, orders: OrderRecord[], orderIds: Map<string, number>, packageIds: Map<string, number>) {
  const lines = orders.flatMap((o) => o.lines.map((l) => ({ ...l, orderId: orderIds.get(o.tiktokOrderId)! })));
  if (!lines.length) return;
  await tx.query(
    `insert into app.order_line (order_id, position, tiktok_line_item_id, sku_id, product_id, seller_sku, product_name, sku_name,
       sku_image, currency, original_price, sale_price, seller_discount, platform_discount, display_status, is_gift, gift_retail_price,
       bundle_components, taxes, is_dangerous_good, cancel_reason, cancel_user, package_id)
     select * from unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
       $10::text[], $11::numeric[], $12::numeric[], $13::numeric[], $14::numeric[], $15::text[], $16::bool[], $17::numeric[],
       $18::jsonb[], $19::jsonb[], $20::bool[], $21::text[], $22::text[], $23::int[])
     on conflict (tiktok_line_item_id) do update set
       display_status = excluded.display_status, cancel_reason = excluded.cancel_reason, cancel_user = excluded.cancel_user,
       package_id = coalesce(excluded.package_id, app.order_line.package_id)
     where (app.order_line.display_status, app.order_line.cancel_reason, app.order_line.package_id)
       is distinct from (excluded.display_status, excluded.cancel_reason, coalesce(excluded.package_id, app.order_line.package_id))`,
    [
      lines.map((l) => l.orderId),
      lines.map((l) => l.position),
      lines.map((l) => l.tiktokLineItemId),
      lines.map((l) => l.skuId),
      lines.map((l) => l.productId),
      lines.map((l) => l.sellerSku),
      lines.map((l) => l.productName),
      lines.map((l) => l.skuName),
      lines.map((l) => l.skuImage),
      lines.map((l) => l.currency),
      lines.map((l) => l.originalPrice),
      lines.map((l) => l.salePrice),
      lines.map((l) => l.sellerDiscount),
      lines.map((l) => l.platformDiscount),
      lines.map((l) => l.displayStatus),
      lines.map((l) => l.isGift),
      lines.map((l) => l.giftRetailPrice),
      lines.map((l) => JSON.stringify(l.bundleComponents)),
      lines.map((l) => JSON.stringify(l.taxes)),
      lines.map((l) => l.isDangerousGood),
      lines.map((l) => l.cancelReason),
      lines.map((l) => l.cancelUser),
      lines.map((l) => (l.tiktokPackageId ? packageIds.get(l.tiktokPackageId) ?? null : null)),
    ],
  );
}
