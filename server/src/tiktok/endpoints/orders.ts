import type { ApiCaller, ResponseReader, ShopRef } from '../api-caller.js';
import { followPages } from '../pagination.js';
import {
  getOrderDetailDataSchema,
  getPriceDetailDataSchema,
  searchOrdersDataSchema,
  type SearchOrdersBody,
  type SearchOrdersQuery,
} from '../wire/orders.js';
import { segment } from './path.js';

export function orderEndpoints(api: ApiCaller) {
  const searchSpec = (shop: ShopRef, body: SearchOrdersBody, query: SearchOrdersQuery) =>
    ({ method: 'POST', path: '/order/202309/orders/search', shop, query: { ...query }, body, data: searchOrdersDataSchema, replayable: true }) as const;
  const search = (shop: ShopRef, body: SearchOrdersBody, query: SearchOrdersQuery) => api.call(searchSpec(shop, body, query));

  return {
    /** POST /order/202309/orders/search — one page. */
    search,
    /** One page, read by `read`, which must validate it against `searchOrdersDataSchema` (bulk imports read pages on another thread). */
    searchWith: <T>(shop: ShopRef, body: SearchOrdersBody, query: SearchOrdersQuery, read: ResponseReader<T>) => api.call(searchSpec(shop, body, query), read),
    /** Every page of a search, in order. */
    searchPages: (shop: ShopRef, body: SearchOrdersBody, query: Omit<SearchOrdersQuery, 'page_token'>) =>
      followPages((page_token) => search(shop, body, { ...query, page_token })),
    /** GET /order/{version}/orders?ids= — at most 50 ids. 202507 adds fields, same shape. */
    getDetail: (shop: ShopRef, ids: readonly string[], options: { version?: '202309' | '202507' } = {}) =>
      api.call({
        method: 'GET',
        path: `/order/${options.version ?? '202309'}/orders`,
        shop,
        query: { ids },
        data: getOrderDetailDataSchema,
        replayable: true,
      }),
    /** GET /order/202407/orders/{order_id}/price_detail */
    getPriceDetail: (shop: ShopRef, orderId: string) =>
      api.call({ method: 'GET', path: `/order/202407/orders/${segment(orderId)}/price_detail`, shop, data: getPriceDetailDataSchema, replayable: true }),
  };
}
