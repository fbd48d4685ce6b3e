import type { ApiCaller, ShopRef } from '../api-caller.js';
import { followPages } from '../pagination.js';
import { emptyDataSchema, type PageQuery } from '../wire/common.js';
import {
  batchShipPackagesDataSchema,
  combinePackagesDataSchema,
  createPackagesDataSchema,
  getEligibleShippingServicesDataSchema,
  getHandoverTimeSlotsDataSchema,
  getOrderSplitAttributesDataSchema,
  getPackageDetailDataSchema,
  getShippingDocumentDataSchema,
  getTrackingDataSchema,
  markPackageShippedDataSchema,
  searchCombinablePackagesDataSchema,
  searchPackagesDataSchema,
  splitOrderDataSchema,
  uncombinePackageDataSchema,
  type BatchShipPackagesBody,
  type CombinePackagesBody,
  type CreatePackagesBody,
  type GetEligibleShippingServicesBody,
  type GetShippingDocumentQuery,
  type MarkPackageShippedBody,
  type SearchPackagesBody,
  type SearchPackagesQuery,
  type ShipPackageBody,
  type SplitOrderBody,
  type TrackingInfoBody,
  type UncombinePackageBody,
} from '../wire/fulfillment.js';
import { segment } from './path.js';

const F = '/fulfillment/202309';

/**
 * Fulfillment writes are not idempotent on TikTok's side and take no idempotency key: they are
 * replayed only after throttling, never after a timeout or 5xx (the first attempt may have landed).
 */
export function fulfillmentEndpoints(api: ApiCaller) {
  const searchPackages = (shop: ShopRef, body: SearchPackagesBody, query: SearchPackagesQuery) =>
    api.call({ method: 'POST', path: `${F}/packages/search`, shop, query: { ...query }, body, data: searchPackagesDataSchema, replayable: true });
  const searchCombinablePackages = (shop: ShopRef, query: PageQuery) =>
    api.call({ method: 'GET', path: `${F}/combinable_packages/search`, shop, query: { ...query }, data: searchCombinablePackagesDataSchema, replayable: true });

  return {
    /** POST /fulfillment/202309/packages/search — one page (page_size 1–50). */
    searchPackages,
    searchPackagesPages: (shop: ShopRef, body: SearchPackagesBody, query: Omit<SearchPackagesQuery, 'page_token'>) =>
      followPages((page_token) => searchPackages(shop, body, { ...query, page_token })),
    /** GET /fulfillment/202309/packages/{package_id} */
    getPackageDetail: (shop: ShopRef, packageId: string) =>
      api.call({ method: 'GET', path: `${F}/packages/${segment(packageId)}`, shop, data: getPackageDetailDataSchema, replayable: true }),
    /** GET /fulfillment/202309/orders/split_attributes?order_ids= */
    getOrderSplitAttributes: (shop: ShopRef, orderIds: readonly string[]) =>
      api.call({ method: 'GET', path: `${F}/orders/split_attributes`, shop, query: { order_ids: orderIds }, data: getOrderSplitAttributesDataSchema, replayable: true }),
    /** POST /fulfillment/202309/orders/{order_id}/split */
    splitOrder: (shop: ShopRef, orderId: string, body: SplitOrderBody) =>
      api.call({ method: 'POST', path: `${F}/orders/${segment(orderId)}/split`, shop, body, data: splitOrderDataSchema, replayable: false }),
    /** GET /fulfillment/202309/combinable_packages/search — one page (page_size 1–50). */
    searchCombinablePackages,
    searchCombinablePackagesPages: (shop: ShopRef, query: Omit<PageQuery, 'page_token'>) =>
      followPages((page_token) => searchCombinablePackages(shop, { ...query, page_token })),
    /** POST /fulfillment/202309/packages/combine — check `errors[]`: partial failure comes with code 0. */
    combinePackages: (shop: ShopRef, body: CombinePackagesBody) =>
      api.call({ method: 'POST', path: `${F}/packages/combine`, shop, body, data: combinePackagesDataSchema, replayable: false }),
    /** POST /fulfillment/202309/packages/{package_id}/uncombine */
    uncombinePackage: (shop: ShopRef, packageId: string, body: UncombinePackageBody) =>
      api.call({ method: 'POST', path: `${F}/packages/${segment(packageId)}/uncombine`, shop, body, data: uncombinePackageDataSchema, replayable: false }),
    /** POST /fulfillment/202309/orders/{order_id}/packages — 3PL tracking upload (US, EU, JP). */
    markPackageShipped: (shop: ShopRef, orderId: string, body: MarkPackageShippedBody) =>
      api.call({ method: 'POST', path: `${F}/orders/${segment(orderId)}/packages`, shop, body, data: markPackageShippedDataSchema, replayable: false }),
    /** POST /fulfillment/202309/packages/{package_id}/ship */
    shipPackage: (shop: ShopRef, packageId: string, body: ShipPackageBody) =>
      api.call({ method: 'POST', path: `${F}/packages/${segment(packageId)}/ship`, shop, body, data: emptyDataSchema, replayable: false }),
    /** POST /fulfillment/202309/packages/ship — check `errors[]`: partial failure comes with code 0. */
    batchShipPackages: (shop: ShopRef, body: BatchShipPackagesBody) =>
      api.call({ method: 'POST', path: `${F}/packages/ship`, shop, body, data: batchShipPackagesDataSchema, replayable: false }),
    /** GET /fulfillment/202309/packages/{package_id}/handover_time_slots */
    getPackageHandoverTimeSlots: (shop: ShopRef, packageId: string) =>
      api.call({ method: 'GET', path: `${F}/packages/${segment(packageId)}/handover_time_slots`, shop, data: getHandoverTimeSlotsDataSchema, replayable: true }),
    /** POST /fulfillment/202309/orders/{order_id}/shipping_services/query — a read despite POST. */
    getEligibleShippingServices: (shop: ShopRef, orderId: string, body: GetEligibleShippingServicesBody) =>
      api.call({
        method: 'POST',
        path: `${F}/orders/${segment(orderId)}/shipping_services/query`,
        shop,
        body,
        data: getEligibleShippingServicesDataSchema,
        replayable: true,
      }),
    /** POST /fulfillment/202309/packages — buys a label (US 4PL). */
    createPackages: (shop: ShopRef, body: CreatePackagesBody) =>
      api.call({ method: 'POST', path: `${F}/packages`, shop, body, data: createPackagesDataSchema, replayable: false }),
    /** GET /fulfillment/202309/packages/{package_id}/shipping_documents — `doc_url` lives 24 h. */
    getPackageShippingDocument: (shop: ShopRef, packageId: string, query: GetShippingDocumentQuery, options: { attempts?: number } = {}) =>
      api.call({
        method: 'GET',
        path: `${F}/packages/${segment(packageId)}/shipping_documents`,
        shop,
        query: { ...query },
        data: getShippingDocumentDataSchema,
        replayable: true,
        ...options,
      }),
    /** POST /fulfillment/202309/packages/{package_id}/shipping_info/update */
    updatePackageShippingInfo: (shop: ShopRef, packageId: string, body: TrackingInfoBody) =>
      api.call({ method: 'POST', path: `${F}/packages/${segment(packageId)}/shipping_info/update`, shop, body, data: emptyDataSchema, replayable: false }),
    /** POST /fulfillment/202309/orders/{order_id}/shipping_info/update — prefer the package variant for split orders. */
    updateOrderShippingInfo: (shop: ShopRef, orderId: string, body: TrackingInfoBody) =>
      api.call({ method: 'POST', path: `${F}/orders/${segment(orderId)}/shipping_info/update`, shop, body, data: emptyDataSchema, replayable: false }),
    /** GET /fulfillment/202309/orders/{order_id}/tracking — times in milliseconds. */
    getTracking: (shop: ShopRef, orderId: string) =>
      api.call({ method: 'GET', path: `${F}/orders/${segment(orderId)}/tracking`, shop, data: getTrackingDataSchema, replayable: true }),
  };
}
