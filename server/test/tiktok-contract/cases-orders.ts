/** Search Orders paging and filters, Get Order Detail, Get Price Detail, masking (API.md §5). */
import { expect } from 'vitest';
import type { Order as WireOrder, TikTokClient } from '../../src/tiktok/index.js';
import { emulatorOf, type ContractCase } from './contract-case.js';
import { PAST_ON_HOLD, sellableSkus } from './emulator-world.js';
import { cents, failureOf, isHidden } from './support.js';
import type { Target } from './target.js';

const DAY = 86_400;

async function searchAll(client: TikTokClient, t: Target, body: Parameters<TikTokClient['orders']['search']>[1], sortField: 'create_time' | 'update_time') {
  const orders: WireOrder[] = [];
  const totals: (number | undefined)[] = [];
  for await (const page of client.orders.searchPages(t.shop, body, { page_size: 50, sort_field: sortField, sort_order: 'ASC' })) {
    expect(page.orders?.length ?? 0).toBeLessThanOrEqual(50);
    totals.push(page.total_count);
    orders.push(...(page.orders ?? []));
  }
  return { orders, ids: orders.map((o) => o.id!), total: totals[0] };
}

function expectAscending(values: number[]): void {
  expect(values).toEqual([...values].sort((a, b) => a - b));
}

function expectAddressHidden(order: WireOrder): void {
  const address = order.recipient_address ?? {};
  for (const field of ['name', 'phone_number', 'address_line1', 'postal_code'] as const) {
    expect(isHidden(address[field]), `${order.status} order ${order.id}: recipient_address.${field} = ${address[field]}`).toBe(true);
  }
}

export const orderCases: ContractCase[] = [
  {
    name: 'Search Orders pages through every order exactly once',
    target: 'any',
    async run(t) {
      const { orders, ids, total } = await searchAll(t.client(), t, {}, 'create_time');
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(total);
      expectAscending(orders.map((o) => o.create_time!));
      const emu = emulatorOf(t);
      if (emu) {
        const truth = emu.emulator.controls.findOrders({ shopId: t.shop.id }).map((o) => o.id);
        expect([...ids].sort()).toEqual([...truth].sort());
      }
    },
  },
  {
    name: 'Search Orders filters by status',
    target: 'any',
    async run(t) {
      const { orders, ids, total } = await searchAll(t.client(), t, { order_status: 'AWAITING_SHIPMENT' }, 'create_time');
      expect(ids.length).toBe(total);
      for (const order of orders) expect(order.status, order.id).toBe('AWAITING_SHIPMENT');
      const emu = emulatorOf(t);
      if (emu) {
        const truth = emu.emulator.controls.findOrders({ shopId: t.shop.id, status: 'AWAITING_SHIPMENT' }).map((o) => o.id);
        expect(truth.length).toBeGreaterThan(0);
        expect([...ids].sort()).toEqual([...truth].sort());
      }
    },
  },
  {
    name: 'Search Orders by update_time window is [ge, lt) and sorted ascending',
    target: 'any',
    async run(t) {
      const now = t.nowSeconds();
      const window = { update_time_ge: now - 30 * DAY, update_time_lt: now - 10 * DAY };
      const { orders, ids, total } = await searchAll(t.client(), t, window, 'update_time');
      expect(ids.length).toBe(total);
      for (const order of orders) {
        expect(order.update_time!, order.id).toBeGreaterThanOrEqual(window.update_time_ge);
        expect(order.update_time!, order.id).toBeLessThan(window.update_time_lt);
      }
      expectAscending(orders.map((o) => o.update_time!));
      const emu = emulatorOf(t);
      if (emu) {
        const truth = emu.emulator.controls
          .findOrders({ shopId: t.shop.id })
          .filter((o) => o.updateTime >= window.update_time_ge && o.updateTime < window.update_time_lt)
          .map((o) => o.id);
        expect(truth.length).toBeGreaterThan(0);
        expect([...ids].sort()).toEqual([...truth].sort());
      }
    },
  },
  {
    name: 'Get Order Detail takes up to 50 ids (in both versions) and refuses 51',
    target: 'any',
    async run(t) {
      const client = t.client();
      const page = await client.orders.search(t.shop, {}, { page_size: 50 });
      const ids = (page.orders ?? []).map((o) => o.id!);
      for (const version of ['202309', '202507'] as const) {
        const { orders = [] } = await client.orders.getDetail(t.shop, ids, { version });
        expect(orders.map((o) => o.id).sort(), version).toEqual([...ids].sort());
      }
      if (ids.length === 50) {
        const failure = await failureOf(client.orders.getDetail(t.shop, [...ids, ids[0]!]));
        expect(failure.kind).toBe('REJECTED');
      }
    },
  },
  {
    name: 'Get Price Detail: the SDK identities for sku_sale_price and payment hold per line and in total',
    target: 'any',
    async run(t) {
      const client = t.client();
      const { orders = [] } = await client.orders.search(t.shop, {}, { page_size: 10 });
      expect(orders.length).toBeGreaterThan(0);
      for (const order of orders) {
        const price = await client.orders.getPriceDetail(t.shop, order.id!);
        // API.md §5.2 (from the SDK): sale = list − deductions; payment = sale + shipping + tax + small-order fee.
        const identity = (p: typeof price) => {
          expect(cents(p.sku_sale_price), `order ${order.id} sku_sale_price`).toBe(cents(p.sku_list_price) - cents(p.subtotal_deduction_seller) - cents(p.subtotal_deduction_platform));
          const smallOrderFee = p.small_order_fee === undefined ? 0 : cents(p.small_order_fee);
          expect(cents(p.payment), `order ${order.id} payment`).toBe(cents(p.sku_sale_price) + cents(p.shipping_sale_price) + cents(p.tax_amount) + smallOrderFee);
        };
        identity(price);
        const lines = price.line_items ?? [];
        for (const line of lines) identity(line);
        expect(lines.map((l) => l.id).sort()).toEqual((order.line_items ?? []).map((l) => l.id).sort());
        expect(lines.reduce((sum, l) => sum + cents(l.sku_list_price), 0)).toBe(cents(price.sku_list_price));
      }
    },
  },
  {
    name: 'UNPAID and ON_HOLD orders never expose the recipient',
    target: 'any',
    async run(t) {
      const client = t.client();
      for (const status of ['UNPAID', 'ON_HOLD'] as const) {
        const { orders = [] } = await client.orders.search(t.shop, { order_status: status }, { page_size: 20 });
        for (const order of orders) expectAddressHidden(order);
      }
    },
  },
  {
    name: 'one line item per unit: 3 × one SKU is three lines with one sku_id and no quantity',
    target: 'emulator',
    async run(t) {
      const skus = sellableSkus(t);
      const [order] = t.emulator.controls.createOrders({ shopId: t.shop.id, scenario: 'single', items: [{ skuId: skus[0]!, quantity: 3 }, { skuId: skus[1]!, quantity: 1 }] });
      const { orders = [] } = await t.client().orders.getDetail(t.shop, [order!.id]);
      const lines = orders[0]!.line_items ?? [];
      expect(lines.map((l) => l.sku_id)).toEqual([skus[0], skus[0], skus[0], skus[1]]);
      expect(new Set(lines.map((l) => l.id)).size).toBe(4);
      for (const line of lines) expect(line).not.toHaveProperty('quantity');
    },
  },
  {
    name: 'the address is masked while UNPAID/ON_HOLD and readable once AWAITING_SHIPMENT',
    target: 'emulator',
    async run(t) {
      const { controls } = t.emulator;
      const [unpaid] = controls.createOrders({ shopId: t.shop.id, scenario: 'single', pay: false });
      const [held] = controls.createOrders({ shopId: t.shop.id, scenario: 'single' });
      const client = t.client();
      const detail = async (id: string) => (await client.orders.getDetail(t.shop, [id])).orders![0]!;

      for (const [order, status] of [[unpaid!, 'UNPAID'], [held!, 'ON_HOLD']] as const) {
        const wire = await detail(order.id);
        expect(wire.status).toBe(status);
        expectAddressHidden(wire);
      }

      controls.advanceClock(PAST_ON_HOLD);
      const released = await detail(held!.id);
      expect(released.status).toBe('AWAITING_SHIPMENT');
      const truth = (controls.orderTruth(held!.id) as { recipient_address: Record<string, string> }).recipient_address;
      expect(released.recipient_address).toMatchObject({ name: truth.name, address_line1: truth.address_line1, postal_code: truth.postal_code });
    },
  },
];
