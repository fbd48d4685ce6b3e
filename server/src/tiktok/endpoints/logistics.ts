import type { ApiCaller, ShopRef } from '../api-caller.js';
import {
  getShippingProvidersDataSchema,
  getWarehouseDeliveryOptionsDataSchema,
  getWarehousesDataSchema,
  type GetWarehouseDeliveryOptionsQuery,
} from '../wire/logistics.js';
import { segment } from './path.js';

export function logisticsEndpoints(api: ApiCaller) {
  return {
    /** GET /logistics/202309/warehouses */
    getWarehouses: (shop: ShopRef) =>
      api.call({ method: 'GET', path: '/logistics/202309/warehouses', shop, data: getWarehousesDataSchema, replayable: true }),
    /** GET /logistics/202309/warehouses/{warehouse_id}/delivery_options */
    getWarehouseDeliveryOptions: (shop: ShopRef, warehouseId: string, query: GetWarehouseDeliveryOptionsQuery = {}) =>
      api.call({
        method: 'GET',
        path: `/logistics/202309/warehouses/${segment(warehouseId)}/delivery_options`,
        shop,
        query: { ...query },
        data: getWarehouseDeliveryOptionsDataSchema,
        replayable: true,
      }),
    /** GET /logistics/202309/delivery_options/{delivery_option_id}/shipping_providers — carriers valid for 3PL tracking. */
    getShippingProviders: (shop: ShopRef, deliveryOptionId: string) =>
      api.call({
        method: 'GET',
        path: `/logistics/202309/delivery_options/${segment(deliveryOptionId)}/shipping_providers`,
        shop,
        data: getShippingProvidersDataSchema,
        replayable: true,
      }),
  };
}
