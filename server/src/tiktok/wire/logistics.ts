import { z } from 'zod';
import { bool, id, numberLike, openEnum, str, wireObject } from './common.js';

/** GET /logistics/202309/warehouses */
export const getWarehousesDataSchema = wireObject({
  warehouses: z.array(
    wireObject({
      id,
      name: str,
      is_default: bool,
      effect_status: openEnum(['ENABLED', 'DISABLED', 'RESTRICTED']),
      type: openEnum(['SALES_WAREHOUSE', 'RETURN_WAREHOUSE']),
      sub_type: openEnum(['DOMESTIC_WAREHOUSE', 'CB_OVERSEA_WAREHOUSE', 'CB_DIRECT_SHIPPING_WAREHOUSE']),
      entity_id: id,
      address: wireObject({
        region: str,
        region_code: str,
        state: str,
        city: str,
        /** Misspelled on the wire. */
        distict: str,
        town: str,
        postal_code: str,
        address_line1: str,
        address_line2: str,
        address_line3: str,
        address_line4: str,
        full_address: str,
        contact_person: str,
        phone_number: str,
        first_name: str,
        last_name: str,
        first_name_local_script: str,
        last_name_local_script: str,
        geolocation: wireObject({ latitude: str, longitude: str }),
      }),
    }),
  ),
});
export type GetWarehousesData = z.infer<typeof getWarehousesDataSchema>;

/** GET /logistics/202309/warehouses/{warehouse_id}/delivery_options */
export interface GetWarehouseDeliveryOptionsQuery {
  scope?: 'WAREHOUSE' | 'PRODUCT';
}
export const getWarehouseDeliveryOptionsDataSchema = wireObject({
  delivery_options: z.array(
    wireObject({
      id,
      name: str,
      description: str,
      type: openEnum(['STANDARD', 'EXPRESS', 'ECONOMY', 'SEND_BY_SELLER']),
      platform: z.array(openEnum(['TIKTOK_SHOP', 'TOKOPEDIA'])),
      /** Numbers here, while package dimensions elsewhere are strings. */
      dimension_limit: wireObject({ max_length: numberLike, max_width: numberLike, max_height: numberLike, unit: str }),
      weight_limit: wireObject({ min_weight: numberLike, max_weight: numberLike, unit: str }),
    }),
  ),
});
export type GetWarehouseDeliveryOptionsData = z.infer<typeof getWarehouseDeliveryOptionsDataSchema>;

/** GET /logistics/202309/delivery_options/{delivery_option_id}/shipping_providers */
export const getShippingProvidersDataSchema = wireObject({
  shipping_providers: z.array(wireObject({ id, name: str })),
});
export type GetShippingProvidersData = z.infer<typeof getShippingProvidersDataSchema>;
