import { withTransaction } from '../db/pool.js';
import type { Hub } from '../hub.js';
import type { JournalSource } from '../journal/journal.entity.js';
import { loadShop, type SyncShop } from '../sync/shop-ref.js';
import type { AfterSaleRecordJson } from './after-sale.entity.js';
import { upsertAfterSales, type ChangedCase } from './after-sale-upsert.js';
import { afterSaleFromCancellation, afterSaleFromReturn, type AfterSaleRecord } from './wire-after-sale.js';

/** Search Returns accepts 10–50 per page, Search Cancellations 1–50: 50 suits both. */
export const CASE_PAGE_SIZE = 50;

export interface CaseIds {
  cancelIds?: string[];
  returnIds?: string[];
  /** Every case of these orders. */
  orderIds?: string[];
}

/**
 * Re-reads cases from TikTok (by id or by order) and stores what changed, then the timeline of every
 * changed return: what a webhook or a pushed decision leads to.
 */
export async function refreshAfterSales(hub: Hub, shopDbId: number, ids: CaseIds, source: JournalSource): Promise<ChangedCase[]> {
  const shop = await loadShop(hub.pool, shopDbId);
  if (!shop?.connected) return [];
  const records: AfterSaleRecord[] = [];
  const cancelIds = [...new Set(ids.cancelIds ?? [])];
  const returnIds = [...new Set(ids.returnIds ?? [])];
  const orderIds = [...new Set(ids.orderIds ?? [])];
  const query = { page_size: CASE_PAGE_SIZE, sort_field: 'update_time', sort_order: 'ASC' } as const;
  for (const body of [...chunks(cancelIds).map((c) => ({ cancel_ids: c })), ...chunks(orderIds).map((o) => ({ order_ids: o }))]) {
    for await (const page of hub.tiktok.returnRefund.searchCancellationsPages(shop, body, query)) {
      records.push(...(page.cancellations ?? []).map(afterSaleFromCancellation));
    }
  }
  for (const body of [...chunks(returnIds).map((r) => ({ return_ids: r })), ...chunks(orderIds).map((o) => ({ order_ids: o }))]) {
    for await (const page of hub.tiktok.returnRefund.searchReturnsPages(shop, body, query)) {
      records.push(...(page.return_orders ?? []).map(afterSaleFromReturn));
    }
  }
  return storeCases(hub, shop, records, source);
}

/** Upserts cases in one transaction and then fetches the records of the returns that changed. */
export async function storeCases(hub: Hub, shop: SyncShop, records: AfterSaleRecord[], source: JournalSource): Promise<ChangedCase[]> {
  if (!records.length) return [];
  const changed = await withTransaction(hub.pool, (tx) => upsertAfterSales(tx, shop.dbId, records, source));
  for (const c of changed) if (c.kind === 'RETURN') await refreshRecords(hub, shop, c.id, c.tiktokId);
  return changed;
}

/** Get Return Records: the case's timeline, stored whole (TikTok gives no record ids to merge by). */
export async function refreshRecords(hub: Hub, shop: SyncShop, afterSaleId: number, returnId: string): Promise<void> {
  const data = await hub.tiktok.returnRefund.getReturnRecords(shop, returnId);
  const records: AfterSaleRecordJson[] = (data.records ?? []).map((r) => ({
    role: (r.role ?? '').toUpperCase(),
    description: r.description ?? '',
    reasonText: r.reason_text ?? '',
    note: r.note ?? '',
    at: new Date((r.create_time ?? 0) * 1000).toISOString(),
    images: (r.images ?? []).flatMap((i) => (i.url ? [{ url: i.url }] : [])),
    videos: (r.videos ?? []).flatMap((v) => (v.url ? [{ url: v.url, coverUrl: v.cover ?? null, durationMillis: v.duration_millis ?? null }] : [])),
  }));
  await hub.pool.query('update app.after_sale set records = $2::jsonb where id = $1', [afterSaleId, JSON.stringify(records)]);
}

function chunks<T>(list: T[], size = 50): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
