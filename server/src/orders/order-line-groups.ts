import type { OrderLineView } from './order.mapper.js';
import type { OrderLineGroup } from './order.types.js';

/** Groups units by SKU (gifts apart from paid units of the same SKU), in the order they first appear. */
export function groupLinesBySku(lines: OrderLineView[]): OrderLineGroup[] {
  const groups = new Map<string, OrderLineGroup>();
  for (const line of lines) {
    const key = `${line.skuId}:${line.isGift ? 'gift' : 'paid'}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        skuId: line.skuId,
        sellerSku: line.sellerSku,
        productName: line.productName,
        skuName: line.skuName,
        skuImage: line.skuImage,
        isGift: line.isGift,
        bundleComponents: line.bundleComponents,
        quantity: 0,
        lines: [],
      };
      groups.set(key, group);
    }
    group.quantity += 1;
    group.lines.push(line);
  }
  return [...groups.values()];
}
