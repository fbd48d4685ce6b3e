import type { ApiCaller, ShopRef } from '../api-caller.js';
import { followPages } from '../pagination.js';
import { emptyDataSchema } from '../wire/common.js';
import {
  searchProductsDataSchema,
  updateInventoryDataSchema,
  type SearchProductsBody,
  type SearchProductsQuery,
  type UpdateInventoryBody,
  type UpdatePriceBody,
} from '../wire/products.js';
import { segment } from './path.js';

/** Stock and price updates set absolute values, so replaying one after a timeout is harmless. */
export function productEndpoints(api: ApiCaller) {
  const search = (shop: ShopRef, body: SearchProductsBody, query: SearchProductsQuery) =>
    api.call({ method: 'POST', path: '/product/202309/products/search', shop, query: { ...query }, body, data: searchProductsDataSchema, replayable: true });

  return {
    /** POST /product/202309/products/search — one page (page_size 1–100). */
    search,
    searchPages: (shop: ShopRef, body: SearchProductsBody, query: Omit<SearchProductsQuery, 'page_token'>) =>
      followPages((page_token) => search(shop, body, { ...query, page_token })),
    /** POST /product/202309/products/{product_id}/inventory/update — check `errors[]` for per-SKU failures. */
    updateInventory: (shop: ShopRef, productId: string, body: UpdateInventoryBody) =>
      api.call({
        method: 'POST',
        path: `/product/202309/products/${segment(productId)}/inventory/update`,
        shop,
        body,
        data: updateInventoryDataSchema,
        replayable: true,
      }),
    /** POST /product/202309/products/{product_id}/prices/update */
    updatePrice: (shop: ShopRef, productId: string, body: UpdatePriceBody) =>
      api.call({ method: 'POST', path: `/product/202309/products/${segment(productId)}/prices/update`, shop, body, data: emptyDataSchema, replayable: true }),
  };
}
