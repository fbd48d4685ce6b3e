/**
 * Read-only questions to TikTok asked before a change is accepted, so the packer hears TikTok's "no" at
 * once instead of as a failed push later.
 */
import type { Hub } from '../hub.js';
import { loadShop, type SyncShop } from '../sync/shop-ref.js';
import { isTikTokError } from '../tiktok/index.js';

/** Why the question could not be put to TikTok. */
export class CheckFailure {
  constructor(
    readonly code: 'SHOP_DISCONNECTED' | 'TIKTOK_UNAVAILABLE',
    readonly message: string,
  ) {}
}

export async function connectedShop(hub: Hub, shopDbId: number): Promise<SyncShop | CheckFailure> {
  const shop = await loadShop(hub.pool, shopDbId);
  if (!shop?.connected) return new CheckFailure('SHOP_DISCONNECTED', "The order's shop is not connected; reconnect it first.");
  return shop;
}

/** TikTok's split verdict: null when it may be split, else its reason. */
export async function tiktokSplitVerdict(hub: Hub, shop: SyncShop, tiktokOrderId: string): Promise<{ reason: string } | null | CheckFailure> {
  const verdicts = await tiktokSplitVerdicts(hub, shop, [tiktokOrderId]);
  return isCheckFailure(verdicts) ? verdicts : verdicts.get(tiktokOrderId)!;
}

/** Order ids per Get Order Split Attributes call (a query-string list; kept well under URL limits). */
const SPLIT_ATTRIBUTES_BATCH = 50;

/** TikTok's split verdicts for several orders of one shop, one call per 50 orders (for lists' supportedActions). */
export async function tiktokSplitVerdicts(hub: Hub, shop: SyncShop, tiktokOrderIds: readonly string[]): Promise<Map<string, { reason: string } | null> | CheckFailure> {
  const out = new Map<string, { reason: string } | null>();
  try {
    for (let i = 0; i < tiktokOrderIds.length; i += SPLIT_ATTRIBUTES_BATCH) {
      const ids = tiktokOrderIds.slice(i, i + SPLIT_ATTRIBUTES_BATCH);
      const data = await hub.tiktok.fulfillment.getOrderSplitAttributes(shop, ids);
      for (const id of ids) {
        const attrs = (data.split_attributes ?? []).find((a) => a.order_id === id);
        if (!attrs) out.set(id, { reason: 'TikTok returned no split attributes for the order.' });
        else out.set(id, attrs.can_split ? null : { reason: attrs.reason || 'TikTok does not allow splitting this order.' });
      }
    }
    return out;
  } catch (e) {
    if (isTikTokError(e)) return new CheckFailure('TIKTOK_UNAVAILABLE', `TikTok could not be asked: ${e.message}`);
    throw e;
  }
}

/** TikTok's proposed combinations (Search Combinable Packages, every page): pre-generated package id → order ids. */
export async function tiktokCombinableGroups(hub: Hub, shop: SyncShop): Promise<{ id: string; orderIds: string[] }[] | CheckFailure> {
  try {
    const groups: { id: string; orderIds: string[] }[] = [];
    for await (const page of hub.tiktok.fulfillment.searchCombinablePackagesPages(shop, { page_size: 50 })) {
      for (const g of page.combinable_packages ?? []) if (g.id) groups.push({ id: g.id, orderIds: g.order_ids ?? [] });
    }
    return groups;
  } catch (e) {
    if (isTikTokError(e)) return new CheckFailure('TIKTOK_UNAVAILABLE', `TikTok could not be asked: ${e.message}`);
    throw e;
  }
}

export function isCheckFailure(v: unknown): v is CheckFailure {
  return v instanceof CheckFailure;
}
