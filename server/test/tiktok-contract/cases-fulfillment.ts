/**
 * Fulfillment and logistics (API.md §6, §7): each case acts through the client and then compares
 * the emulator's ledger, its record of what the platform did, with what the client asked for.
 */
import { expect } from 'vitest';
import type { TikTokClient } from '../../src/tiktok/index.js';
import type { ContractCase } from './contract-case.js';
import { deliveryOptionId, readyOrder, readyOrders } from './emulator-world.js';
import { failureOf, upsTrackingNumber } from './support.js';
import type { EmulatorTarget } from './target.js';

async function upsProviderId(t: EmulatorTarget, client: TikTokClient, optionId: string): Promise<string> {
  const { shipping_providers: providers = [] } = await client.logistics.getShippingProviders(t.shop, optionId);
  const ups = providers.find((p) => p.name === 'UPS');
  if (!ups?.id) throw new Error(`delivery option ${optionId} offers no UPS`);
  return ups.id;
}

async function orderDetail(t: EmulatorTarget, client: TikTokClient, orderId: string) {
  const { orders = [] } = await client.orders.getDetail(t.shop, [orderId]);
  return orders[0]!;
}

export const fulfillmentCases: ContractCase[] = [
  {
    name: 'Mark Package As Shipped with a listed carrier ships the whole order once',
    target: 'emulator',
    async run(t) {
      const client = t.client();
      const option = await deliveryOptionId(t, client, 'SEND_BY_SELLER');
      const order = readyOrder(t, { deliveryOptionId: option, units: [2] });
      const wire = await orderDetail(t, client, order.id);
      expect(wire.delivery_option_id).toBe(option);
      const body = { tracking_number: upsTrackingNumber(), shipping_provider_id: await upsProviderId(t, client, option) };

      const shipped = await client.fulfillment.markPackageShipped(t.shop, order.id, body);
      expect(shipped.warning).toBeUndefined();

      const ledger = t.emulator.controls.ledger({ kind: 'package.shipped', orderId: order.id });
      expect(ledger.map((e) => e.detail)).toEqual([
        expect.objectContaining({
          packageId: shipped.package_id,
          trackingNumber: body.tracking_number,
          providerId: body.shipping_provider_id,
          method: 'MARK_AS_SHIPPED',
          lineItemIds: (wire.line_items ?? []).map((l) => l.id),
        }),
      ]);
      const after = await orderDetail(t, client, order.id);
      expect(after.status).toBe('AWAITING_COLLECTION');
      expect(new Set(after.line_items!.map((l) => l.package_id))).toEqual(new Set([shipped.package_id]));
      const pkg = await client.fulfillment.getPackageDetail(t.shop, shipped.package_id!);
      expect(pkg).toMatchObject({ package_status: 'PROCESSING', tracking_number: body.tracking_number, shipping_provider_id: body.shipping_provider_id });

      const again = await failureOf(client.fulfillment.markPackageShipped(t.shop, order.id, { ...body, tracking_number: upsTrackingNumber() }));
      expect(again.kind).toBe('REJECTED');
      expect(t.emulator.controls.ledger({ kind: 'package.shipped', orderId: order.id })).toHaveLength(1);
    },
  },
  {
    name: 'a partial Mark Package As Shipped leaves the order PARTIALLY_SHIPPING until the rest ships',
    target: 'emulator',
    async run(t) {
      const client = t.client();
      const option = await deliveryOptionId(t, client, 'SEND_BY_SELLER');
      const order = readyOrder(t, { deliveryOptionId: option, units: [1, 1] });
      const provider = await upsProviderId(t, client, option);
      const [first, second] = (await orderDetail(t, client, order.id)).line_items!.map((l) => l.id!);

      const a = await client.fulfillment.markPackageShipped(t.shop, order.id, { tracking_number: upsTrackingNumber(), shipping_provider_id: provider, order_line_item_ids: [first!] });
      expect(a.order_line_item_ids).toEqual([first]);
      expect((await orderDetail(t, client, order.id)).status).toBe('PARTIALLY_SHIPPING');
      const b = await client.fulfillment.markPackageShipped(t.shop, order.id, { tracking_number: upsTrackingNumber(), shipping_provider_id: provider, order_line_item_ids: [second!] });
      expect((await orderDetail(t, client, order.id)).status).toBe('AWAITING_COLLECTION');

      const ledger = t.emulator.controls.ledger({ kind: 'package.shipped', orderId: order.id }).map((e) => e.detail);
      expect(ledger.map((d) => [d.packageId, d.lineItemIds])).toEqual([
        [a.package_id, [first]],
        [b.package_id, [second]],
      ]);
    },
  },
  {
    name: 'Split Orders creates one package per group, echoing the group labels',
    target: 'emulator',
    async run(t) {
      const client = t.client();
      const order = readyOrder(t, { deliveryOptionId: await deliveryOptionId(t, client, 'STANDARD'), units: [3] });
      const { split_attributes: attributes = [] } = await client.fulfillment.getOrderSplitAttributes(t.shop, [order.id]);
      expect(attributes).toEqual([expect.objectContaining({ order_id: order.id, can_split: true })]);
      const [a, b] = (await orderDetail(t, client, order.id)).line_items!.map((l) => l.id!);

      const { packages = [] } = await client.fulfillment.splitOrder(t.shop, order.id, {
        splittable_groups: [
          { id: 'first', order_line_item_ids: [a!] },
          { id: 'second', order_line_item_ids: [b!] },
        ],
      });
      expect(packages.map((p) => p.splittable_group_id)).toEqual(['first', 'second']);

      const [entry, ...rest] = t.emulator.controls.ledger({ kind: 'package.split', orderId: order.id });
      expect(rest).toEqual([]);
      expect(entry!.detail).toEqual({
        source: 'open_api',
        packages: packages.map((p, i) => ({ packageId: p.id, groupId: p.splittable_group_id, lineItemIds: [[a], [b]][i] })),
      });
      for (const [i, pkg] of packages.entries()) {
        const detail = await client.fulfillment.getPackageDetail(t.shop, pkg.id!);
        expect(detail.order_line_item_ids).toEqual([[a], [b]][i]);
      }
      expect((await orderDetail(t, client, order.id)).split_or_combine_tag).toBe('SPLIT');
    },
  },
  {
    name: 'combinable orders of one buyer combine into one package',
    target: 'emulator',
    async run(t) {
      const client = t.client();
      const option = await deliveryOptionId(t, client, 'STANDARD');
      // A buyer without other orders, so the platform's group holds exactly these two.
      const { state } = t.emulator.services;
      const buyers = new Set([...state.orders.values()].map((o) => o.buyerUserId));
      const buyer = [...state.buyers.values()].find((b) => b.address.regionCode === 'US' && !buyers.has(b.userId))!;
      const { warehouses = [] } = await client.logistics.getWarehouses(t.shop);
      const warehouseId = warehouses.find((w) => w.type === 'SALES_WAREHOUSE' && w.is_default)!.id!;
      const orders = readyOrders(t, 2, { deliveryOptionId: option, buyerUserId: buyer.userId, warehouseId });
      const ids = orders.map((o) => o.id);

      let group: { id?: string; order_ids?: string[] } | undefined;
      for await (const page of client.fulfillment.searchCombinablePackagesPages(t.shop, { page_size: 50 })) {
        group ??= page.combinable_packages?.find((g) => ids.every((id) => g.order_ids?.includes(id)));
      }
      expect(group?.order_ids).toEqual(ids);

      const combined = await client.fulfillment.combinePackages(t.shop, { combinable_packages: [{ id: group!.id!, order_ids: ids }] });
      expect(combined.errors ?? []).toEqual([]);
      const pkg = combined.packages![0]!;
      expect(pkg.order_ids).toEqual(ids);
      expect(t.emulator.controls.ledger({ kind: 'package.combined' }).at(-1)!.detail).toEqual({
        source: 'open_api',
        packageId: pkg.id,
        requestedId: group!.id,
        orderIds: ids,
      });
      for (const id of ids) expect((await orderDetail(t, client, id)).split_or_combine_tag).toBe('COMBINED');
    },
  },
  {
    name: 'Ship Package (TikTok shipping, drop-off) then its shipping label',
    target: 'emulator',
    async run(t) {
      const client = t.client();
      const order = readyOrder(t, { deliveryOptionId: await deliveryOptionId(t, client, 'STANDARD') });
      const wire = await orderDetail(t, client, order.id);
      expect(wire.shipping_type).toBe('TIKTOK');
      const packageId = wire.packages![0]!.id!;

      const early = await failureOf(client.fulfillment.getPackageShippingDocument(t.shop, packageId, { document_type: 'SHIPPING_LABEL' }));
      expect(early.kind).toBe('REJECTED');

      await client.fulfillment.shipPackage(t.shop, packageId, { handover_method: 'DROP_OFF' });
      const [shipped, ...more] = t.emulator.controls.ledger({ kind: 'package.shipped', orderId: order.id });
      expect(more).toEqual([]);
      expect(shipped!.detail).toMatchObject({ packageId, method: 'SHIP_PACKAGE', handoverMethod: 'DROP_OFF' });

      const pkg = await client.fulfillment.getPackageDetail(t.shop, packageId);
      expect(pkg).toMatchObject({ package_status: 'PROCESSING', tracking_number: shipped!.detail.trackingNumber, handover_method: 'DROP_OFF' });

      const label = await client.fulfillment.getPackageShippingDocument(t.shop, packageId, { document_type: 'SHIPPING_LABEL' });
      expect(label.doc_url).toMatch(/^https?:\/\//);
      expect(label.tracking_number).toBe(shipped!.detail.trackingNumber);
      expect(t.emulator.controls.ledger({ kind: 'package.document_issued' }).at(-1)!.detail).toMatchObject({ packageId });
    },
  },
  {
    name: 'shipping documents are for TikTok shipping only (seller-shipped package refused)',
    target: 'emulator',
    async run(t) {
      const client = t.client();
      const option = await deliveryOptionId(t, client, 'SEND_BY_SELLER');
      const order = readyOrder(t, { deliveryOptionId: option });
      const shipped = await client.fulfillment.markPackageShipped(t.shop, order.id, { tracking_number: upsTrackingNumber(), shipping_provider_id: await upsProviderId(t, client, option) });
      const failure = await failureOf(client.fulfillment.getPackageShippingDocument(t.shop, shipped.package_id!, { document_type: 'SHIPPING_LABEL' }));
      expect({ kind: failure.kind, code: failure.code }).toEqual({ kind: 'REJECTED', code: 21008017 });
    },
  },
];
