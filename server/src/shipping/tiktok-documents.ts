import type { Hub } from '../hub.js';
import { loadShop } from '../sync/shop-ref.js';
import { isTikTokError } from '../tiktok/index.js';

export type TikTokDocumentType = 'SHIPPING_LABEL' | 'PACKING_SLIP';

export type TikTokDocument =
  | { ok: true; pdf: Buffer; trackingNumber: string | null }
  | { ok: false; status: number; code: string; message: string; retryAfterSeconds?: number };

/**
 * TikTok's own label or packing slip of a TikTok Shipping package: Get Package Shipping Document gives a
 * `doc_url` (valid 24 h) that is fetched at once. TikTok's refusals keep their message: "arrange
 * shipment first" and "cannot print after pickup" are the packer's to act on; a document still being
 * generated (11034037) is worth asking again in a moment.
 */
export async function fetchTikTokDocument(
  hub: Hub,
  pkg: { shopId: number; tiktokPackageId: string | null },
  type: TikTokDocumentType,
): Promise<TikTokDocument> {
  const shop = await loadShop(hub.pool, pkg.shopId);
  if (!shop?.connected || !pkg.tiktokPackageId) return { ok: false, status: 409, code: 'SHOP_DISCONNECTED', message: 'The shop is disconnected.' };
  let url: string;
  let trackingNumber: string | null;
  try {
    // One attempt: a packer is waiting, and a document still being generated is answered 503 with
    // Retry-After at once rather than after the client's own back-off.
    const d = await hub.tiktok.fulfillment.getPackageShippingDocument(shop, pkg.tiktokPackageId, { document_type: type, document_size: 'A6' }, { attempts: 1 });
    if (!d.doc_url) return { ok: false, status: 502, code: 'TIKTOK_ERROR', message: 'TikTok returned no document link.' };
    url = d.doc_url;
    trackingNumber = d.tracking_number ?? null;
  } catch (e) {
    if (!isTikTokError(e)) throw e;
    if (e.kind === 'TEMPORARY' || e.kind === 'RATE_LIMITED') {
      return { ok: false, status: 503, code: 'TIKTOK_BUSY', message: `TikTok: ${e.message}`, retryAfterSeconds: 5 };
    }
    return { ok: false, status: 409, code: 'TIKTOK_REFUSED', message: `TikTok refused${e.code ? ` (${e.code})` : ''}: ${e.message}` };
  }
  const res = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  if (!res.ok) return { ok: false, status: 502, code: 'TIKTOK_ERROR', message: `TikTok's document host answered ${res.status}.` };
  return { ok: true, pdf: Buffer.from(await res.arrayBuffer()), trackingNumber };
}
