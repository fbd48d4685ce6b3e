import { z } from 'zod';
import { batchErrorSchema, id, int, money, openEnum, str, unixSeconds, wireObject, type PageQuery } from './common.js';

export const PRODUCT_STATUSES = [
  'ALL',
  'DRAFT',
  'PENDING',
  'FAILED',
  'ACTIVATE',
  'SELLER_DEACTIVATED',
  'PLATFORM_DEACTIVATED',
  'FREEZE',
  'DELETED',
] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number] | (string & {});

/** POST /product/202309/products/search */
export interface SearchProductsQuery extends PageQuery {
  category_version?: string;
}
export interface SearchProductsBody {
  status?: ProductStatus;
  /** At most 10. */
  seller_skus?: string[];
  create_time_ge?: number;
  create_time_le?: number;
  update_time_ge?: number;
  update_time_le?: number;
}
export const searchProductsDataSchema = wireObject({
  next_page_token: str,
  total_count: int,
  products: z.array(
    wireObject({
      id,
      title: str,
      status: openEnum(PRODUCT_STATUSES),
      skus: z.array(
        wireObject({
          id,
          seller_sku: str,
          price: wireObject({ currency: str, tax_exclusive_price: money, sale_price: money }),
          inventory: z.array(wireObject({ warehouse_id: id, quantity: int })),
        }),
      ),
      sales_regions: z.array(str),
      create_time: unixSeconds,
      update_time: unixSeconds,
    }),
  ),
});
export type SearchProductsData = z.infer<typeof searchProductsDataSchema>;

/** POST /product/202309/products/{product_id}/inventory/update — list every warehouse of each SKU. */
export interface UpdateInventoryBody {
  skus: Array<{
    id: string;
    inventory: Array<{ warehouse_id: string; quantity: number; backorder_quantity?: number; handling_time?: number }>;
  }>;
}
export const updateInventoryDataSchema = wireObject({ errors: z.array(batchErrorSchema) });
export type UpdateInventoryData = z.infer<typeof updateInventoryDataSchema>;

/** POST /product/202309/products/{product_id}/prices/update */
export interface UpdatePriceBody {
  skus: Array<{
    id: string;
    price: { amount: string; currency: string; sale_price?: string };
    list_price?: { amount: string; currency: string };
    external_list_prices?: Array<Record<string, unknown>>;
  }>;
}
