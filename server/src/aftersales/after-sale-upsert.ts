import type { Tx } from '../db/pool.js';
import { appendJournal, type JournalInput } from '../journal/journal.js';
import type { JournalSource } from '../journal/journal.entity.js';
import { giftParents } from './gift-lines.js';
import type { AfterSaleRecord } from './wire-after-sale.js';

/** Case columns written from TikTok's data, by record field. */
const COLS: [keyof AfterSaleRecord, string][] = [
  ['tiktokOrderId', 'tiktok_order_id'],
  ['type', 'type'],
  ['status', 'status'],
  ['isOpen', 'is_open'],
  ['role', 'role'],
  ['reason', 'reason'],
  ['reasonText', 'reason_text'],
  ['currency', 'currency'],
  ['refundTotal', 'refund_total'],
  ['refundSubtotal', 'refund_subtotal'],
  ['refundShippingFee', 'refund_shipping_fee'],
  ['refundTax', 'refund_tax'],
  ['retailDeliveryFee', 'retail_delivery_fee'],
  ['buyerServiceFee', 'buyer_service_fee'],
  ['amounts', 'amounts'],
  ['partialRefundAmount', 'partial_refund_amount'],
  ['buyerRejectedPartialRefund', 'buyer_rejected_partial_refund'],
  ['sellerProposedReturnType', 'seller_proposed_return_type'],
  ['returnMethod', 'return_method'],
  ['shipmentType', 'shipment_type'],
  ['handoverMethod', 'handover_method'],
  ['returnTrackingNumber', 'return_tracking_number'],
  ['returnProviderId', 'return_provider_id'],
  ['returnProviderName', 'return_provider_name'],
  ['returnWarehouseAddress', 'return_warehouse_address'],
  ['canBuyerKeepItem', 'can_buyer_keep_item'],
  ['arbitrationStatus', 'arbitration_status'],
  ['nextAction', 'next_action'],
  ['deadlineAt', 'deadline_at'],
  ['tiktokCreatedAt', 'tiktok_created_at'],
  ['tiktokUpdatedAt', 'tiktok_updated_at'],
  ['tiktokDigest', 'tiktok_digest'],
];
const JSON_COLS = new Set(['amounts']);
const INSERT_COLS = ['shop_id', 'kind', 'tiktok_id', 'order_id', ...COLS.map(([, c]) => c)];
const UPDATE_SET = [...COLS.map(([, c]) => `${c} = excluded.${c}`), 'order_id = coalesce(excluded.order_id, app.after_sale.order_id)'].join(', ');

export interface ChangedCase {
  id: number;
  kind: AfterSaleRecord['kind'];
  tiktokId: string;
  created: boolean;
  from: string | null;
  to: string;
}

/**
 * Writes cases of one shop in the caller's transaction, each with its lines and a journal entry
 * (on the case and on its order). Idempotent, and an older `update_time` never replaces newer state:
 * the comparison is in the statement, under the row lock; at an equal `update_time` a different
 * digest is applied (TikTok's clock has one-second resolution). Every applied change bumps `version`,
 * so a decision prepared against the old state is refused.
 */
export async function upsertAfterSales(tx: Tx, shopDbId: number, records: AfterSaleRecord[], source: JournalSource): Promise<ChangedCase[]> {
  const changed: ChangedCase[] = [];
  const journal: JournalInput[] = [];
  for (const rec of records) {
    const values: unknown[] = [shopDbId, rec.kind, rec.tiktokId];
    const params = INSERT_COLS.map((c, i) => {
      if (c === 'order_id') return `(select id from app."order" where tiktok_order_id = $${COLS.length + 4} and shop_id = $1)`;
      if (i < 3) return `$${i + 1}`;
      const [field, column] = COLS[i - 4]!;
      const v = rec[field];
      values.push(JSON_COLS.has(column) ? JSON.stringify(v) : v);
      return JSON_COLS.has(column) ? `$${values.length}::jsonb` : `$${values.length}`;
    });
    values.push(rec.tiktokOrderId);
    // The row lock makes the status we journal as `from` the one this update replaces.
    const prev = await tx.query(`select status from app.after_sale where kind = $1 and tiktok_id = $2 for update`, [rec.kind, rec.tiktokId]);
    const { rows } = await tx.query(
      `insert into app.after_sale (${INSERT_COLS.join(', ')}, records, version, sync_status, created_at, updated_at)
       values (${params.join(', ')}, '[]', 1, 'SYNCED', now(), now())
       on conflict (kind, tiktok_id) do update set ${UPDATE_SET}, version = app.after_sale.version + 1, updated_at = now()
       where excluded.tiktok_updated_at > app.after_sale.tiktok_updated_at
          or (excluded.tiktok_updated_at = app.after_sale.tiktok_updated_at and excluded.tiktok_digest <> app.after_sale.tiktok_digest)
       returning id, order_id, (xmax = 0) as created`,
      values,
    );
    const row = rows[0];
    if (!row) continue;
    await writeLines(tx, row.id, rec);
    const c: ChangedCase = { id: row.id, kind: rec.kind, tiktokId: rec.tiktokId, created: row.created, from: prev.rows[0]?.status ?? null, to: rec.status };
    changed.push(c);
    const kind = c.created ? 'AFTER_SALE_CREATED' : c.from !== c.to ? 'AFTER_SALE_STATUS_CHANGED' : 'AFTER_SALE_UPDATED';
    const data = { kind: rec.kind, type: rec.type, tiktokId: rec.tiktokId, tiktokOrderId: rec.tiktokOrderId };
    journal.push({ shopId: shopDbId, entityType: 'AfterSale', entityId: row.id, kind, source, from: c.from, to: c.to, data });
    if (row.order_id) journal.push({ shopId: shopDbId, entityType: 'Order', entityId: row.order_id, kind, source, from: c.from, to: c.to, data });
  }
  await appendJournal(tx, journal);
  return changed;
}

/** A case's units as TikTok lists them, linked to the order's units (and gifts to their paid unit). */
async function writeLines(tx: Tx, afterSaleId: number, rec: AfterSaleRecord): Promise<void> {
  await tx.query('delete from app.after_sale_line where after_sale_id = $1', [afterSaleId]);
  if (!rec.lines.length) return;
  await tx.query(
    `insert into app.after_sale_line (after_sale_id, tiktok_case_line_id, tiktok_line_item_id, sku_id, seller_sku, product_name, sku_name, refund_total)
     select $1, x.tiktok_case_line_id, x.tiktok_line_item_id, x.sku_id, x.seller_sku, x.product_name, x.sku_name, x.refund_total::numeric
     from json_to_recordset($2::json) as x(tiktok_case_line_id text, tiktok_line_item_id text, sku_id text, seller_sku text, product_name text, sku_name text, refund_total text)`,
    [
      afterSaleId,
      JSON.stringify(
        rec.lines.map((l) => ({
          tiktok_case_line_id: l.tiktokCaseLineId,
          tiktok_line_item_id: l.tiktokLineItemId,
          sku_id: l.skuId,
          seller_sku: l.sellerSku,
          product_name: l.productName,
          sku_name: l.skuName,
          refund_total: l.refundTotal,
        })),
      ),
    ],
  );
  await linkLines(tx, [afterSaleId]);
}

/**
 * Links case units to the order's units once both are in the hub: a case can arrive before its order
 * (webhooks race), so every sync pass links what it can.
 */
export async function linkLines(tx: Tx, afterSaleIds: number[]): Promise<void> {
  if (!afterSaleIds.length) return;
  const { rows } = await tx.query(
    `select al.id as case_line_id, ol.id, ol.is_gift, ol.position, ol.order_id, a.id as after_sale_id
     from app.after_sale a
     join app."order" o on o.tiktok_order_id = a.tiktok_order_id and o.shop_id = a.shop_id
     join app.order_line ol on ol.order_id = o.id
     left join app.after_sale_line al on al.after_sale_id = a.id and al.tiktok_line_item_id = ol.tiktok_line_item_id
     where a.id = any($1::int[])`,
    [afterSaleIds],
  );
  if (!rows.length) return;
  const byOrder = new Map<number, { id: number; isGift: boolean; position: number }[]>();
  for (const r of rows) {
    const list = byOrder.get(r.order_id) ?? byOrder.set(r.order_id, []).get(r.order_id)!;
    if (!list.some((l) => l.id === r.id)) list.push({ id: r.id, isGift: r.is_gift, position: r.position });
  }
  const parents = new Map<number, number>();
  for (const lines of byOrder.values()) for (const [gift, parent] of giftParents(lines)) parents.set(gift, parent);
  const updates = rows
    .filter((r) => r.case_line_id !== null)
    .map((r) => ({ id: r.case_line_id, order_line_id: r.id, is_gift: r.is_gift, parent: parents.get(r.id) ?? null }));
  await tx.query(
    `update app.after_sale_line al set order_line_id = x.order_line_id, is_gift = x.is_gift, gift_parent_line_id = x.parent
     from json_to_recordset($1::json) as x(id int, order_line_id int, is_gift boolean, parent int) where al.id = x.id`,
    [JSON.stringify(updates)],
  );
  await tx.query(
    `update app.after_sale a set order_id = o.id from app."order" o
     where a.id = any($1::int[]) and a.order_id is null and o.tiktok_order_id = a.tiktok_order_id and o.shop_id = a.shop_id`,
    [afterSaleIds],
  );
}
