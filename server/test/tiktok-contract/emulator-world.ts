/**
 * Setting the scene on the emulator target: buyers placing orders, time passing, the carrier
 * scanning. Anything the seller's app would learn (delivery options, carriers) is asked through the
 * client instead.
 */
import type { Order } from '../../../fixtures/tiktok-shop/state.js';
import type { TikTokClient } from '../../src/tiktok/index.js';
import type { EmulatorTarget } from './target.js';

export type DeliveryOptionType = 'STANDARD' | 'EXPRESS' | 'ECONOMY' | 'SEND_BY_SELLER';

/** ON_HOLD lasts an hour (API.md §5.3); one second more releases it. */
export const PAST_ON_HOLD = 3601;

/** The default sales warehouse's delivery option of this type, as Logistics reports it. */
export async function deliveryOptionId(t: EmulatorTarget, client: TikTokClient, type: DeliveryOptionType): Promise<string> {
  const { warehouses = [] } = await client.logistics.getWarehouses(t.shop);
  const warehouse = warehouses.find((w) => w.type === 'SALES_WAREHOUSE' && w.is_default);
  if (!warehouse?.id) throw new Error('the shop has no default sales warehouse');
  const { delivery_options = [] } = await client.logistics.getWarehouseDeliveryOptions(t.shop, warehouse.id);
  const option = delivery_options.find((o) => o.type === type);
  if (!option?.id) throw new Error(`warehouse ${warehouse.id} offers no ${type} delivery option`);
  return option.id;
}

/** Sellable, non-bundle SKUs of the shop, in catalogue order. */
export function sellableSkus(t: EmulatorTarget): string[] {
  return [...t.emulator.services.state.products.values()]
    .filter((p) => p.shopId === t.shop.id && !p.isNotForSale && p.productTypes.length === 0)
    .flatMap((p) => p.skuIds);
}

export interface PlaceOrder {
  deliveryOptionId?: string;
  /** Units per SKU; one SKU with one unit by default. */
  units?: number[];
  buyerUserId?: string;
  warehouseId?: string;
}

/** Buyers pay for these orders and the buyer-remorse hour passes: AWAITING_SHIPMENT. */
export function readyOrders(t: EmulatorTarget, count: number, input: PlaceOrder = {}): Order[] {
  const skus = sellableSkus(t);
  const units = input.units ?? [1];
  const orders = t.emulator.controls.createOrders({
    shopId: t.shop.id,
    count,
    // 'single' rules out a pre-order, whose release date would keep it ON_HOLD for days.
    scenario: 'single',
    buyerMessage: '',
    items: units.map((quantity, i) => ({ skuId: skus[i]!, quantity })),
    ...(input.deliveryOptionId ? { deliveryOptionId: input.deliveryOptionId } : {}),
    ...(input.buyerUserId ? { buyerUserId: input.buyerUserId } : {}),
    ...(input.warehouseId ? { warehouseId: input.warehouseId } : {}),
  });
  if (orders.some((o) => o.status === 'ON_HOLD')) t.emulator.controls.advanceClock(PAST_ON_HOLD);
  return orders;
}

export function readyOrder(t: EmulatorTarget, input: PlaceOrder = {}): Order {
  return readyOrders(t, 1, input)[0]!;
}
