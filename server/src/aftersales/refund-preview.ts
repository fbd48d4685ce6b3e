import type { Hub } from '../hub.js';
import { BadRequestError } from '../platform/errors.js';
import { loadShop } from '../sync/shop-ref.js';
import { isTikTokRefusal, type CalculateRefundData } from '../tiktok/index.js';
import { withGifts } from './gift-lines.js';

export interface RefundPreviewResult {
  currency: string | null;
  amounts: NonNullable<CalculateRefundData['order_refund_amount']>;
  lineIds: number[];
}

/**
 * What TikTok would refund for these units (Calculate Refund), before anyone decides. Gifts are
 * priced with the paid unit they came with; a gift on its own is refused.
 */
export async function refundPreview(
  hub: Hub,
  input: { orderId: number; requestType: 'CANCEL' | 'REFUND' | 'RETURN_AND_REFUND'; lineIds?: number[] | null },
): Promise<RefundPreviewResult> {
  const { rows } = await hub.pool.query(`select id, shop_id, tiktok_order_id from app."order" where id = $1`, [input.orderId]);
  const order = rows[0];
  if (!order) throw new BadRequestError('No such order.');
  const shop = await loadShop(hub.pool, order.shop_id);
  if (!shop?.connected) throw new BadRequestError('The shop is not connected to TikTok.');
  const lines = (
    await hub.pool.query(`select id, tiktok_line_item_id, is_gift, position from app.order_line where order_id = $1 order by position, id`, [order.id])
  ).rows;
  let picked: number[] = [];
  if (input.lineIds?.length) {
    if (input.lineIds.some((id) => !lines.some((l) => l.id === id))) throw new BadRequestError('Some units are not in this order.');
    const sel = withGifts(
      lines.map((l) => ({ id: l.id, isGift: l.is_gift, position: l.position })),
      input.lineIds,
    );
    if (!sel.ok) throw new BadRequestError('A gift is refunded only with the unit it came with.');
    picked = sel.lineIds;
  }
  try {
    const data = await hub.tiktok.returnRefund.calculateRefund(shop, {
      order_id: order.tiktok_order_id,
      request_type: input.requestType,
      ...(picked.length ? { order_line_item_ids: lines.filter((l) => picked.includes(l.id)).map((l) => l.tiktok_line_item_id) } : {}),
    });
    const amounts = data.order_refund_amount ?? {};
    return { currency: amounts.currency ?? null, amounts, lineIds: picked };
  } catch (e) {
    if (isTikTokRefusal(e)) throw new BadRequestError(`TikTok cannot price this refund: ${e.message}`);
    throw e;
  }
}
