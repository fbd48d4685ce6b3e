import { describe, expect, test } from 'vitest';
import { groupLinesBySku } from './order-line-groups.js';
import type { OrderLineView } from './order.mapper.js';

const line = (id: number, skuId: string, isGift = false) =>
  ({ dbId: id, skuId, sellerSku: `S-${skuId}`, productName: 'P', skuName: null, skuImage: null, isGift, bundleComponents: [] }) as unknown as OrderLineView;

describe('groupLinesBySku', () => {
  test('counts units per SKU in first-seen order and keeps gifts apart', () => {
    const groups = groupLinesBySku([line(1, 'A'), line(2, 'B'), line(3, 'A'), line(4, 'A', true)]);
    expect(groups.map((g) => [g.skuId, g.isGift, g.quantity, g.lines.map((l) => (l as OrderLineView).dbId)])).toEqual([
      ['A', false, 2, [1, 3]],
      ['B', false, 1, [2]],
      ['A', true, 1, [4]],
    ]);
  });
});
