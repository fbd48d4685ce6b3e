import { describe, expect, test } from 'vitest';
import { searchOrdersDataSchema } from './orders.js';

describe('order wire objects', () => {
  test('keep every known field and drop unknown ones (lean parsing on the sync hot path)', () => {
    const data = searchOrdersDataSchema.parse({
      total_count: 1,
      future_page_field: 'kept at the top level',
      orders: [
        {
          id: '576',
          status: 'AWAITING_SHIPMENT',
          brand_new_order_field: { nested: true },
          recipient_address: { name: 'A***', district_info: [{ address_name: 'WA', new_level_field: 1 }] },
          line_items: [{ id: '1', sku_id: '2', sale_price: '5.00', new_line_field: 'x' }],
        },
      ],
    });
    expect(data).toEqual({
      total_count: 1,
      future_page_field: 'kept at the top level',
      orders: [
        {
          id: '576',
          status: 'AWAITING_SHIPMENT',
          recipient_address: { name: 'A***', district_info: [{ address_name: 'WA' }] },
          line_items: [{ id: '1', sku_id: '2', sale_price: '5.00' }],
        },
      ],
    });
  });

  test('a known field of the wrong type is still refused', () => {
    expect(searchOrdersDataSchema.safeParse({ orders: [{ id: 576 }] }).success).toBe(false);
  });
});
