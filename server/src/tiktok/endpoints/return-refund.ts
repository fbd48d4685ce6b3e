import type { ApiCaller, IdempotencyOptions, ShopRef } from '../api-caller.js';
import { followPages } from '../pagination.js';
import { emptyDataSchema } from '../wire/common.js';
import {
  calculateRefundDataSchema,
  cancelOrderDataSchema,
  getAftersaleEligibilityDataSchema,
  getRejectReasonsDataSchema,
  getReturnRecordsDataSchema,
  searchCancellationsDataSchema,
  searchReturnsDataSchema,
  type AfterSaleSearchQuery,
  type ApproveReturnBody,
  type CalculateRefundBody,
  type CancelOrderBody,
  type GetAftersaleEligibilityQuery,
  type GetRejectReasonsQuery,
  type RejectCancellationBody,
  type RejectReturnBody,
  type SearchCancellationsBody,
  type SearchReturnsBody,
} from '../wire/return-refund.js';
import { segment } from './path.js';

const R = '/return_refund/202309';

/**
 * Decisions on cancellations and returns carry an `idempotency_key` (generated when not given), so
 * they are safely replayed after timeouts. Cancel Order takes none and is replayed only after throttling.
 */
export function returnRefundEndpoints(api: ApiCaller) {
  const searchCancellations = (shop: ShopRef, body: SearchCancellationsBody, query: AfterSaleSearchQuery) =>
    api.call({ method: 'POST', path: `${R}/cancellations/search`, shop, query: { ...query }, body, data: searchCancellationsDataSchema, replayable: true });
  const searchReturns = (shop: ShopRef, body: SearchReturnsBody, query: AfterSaleSearchQuery) =>
    api.call({ method: 'POST', path: `${R}/returns/search`, shop, query: { ...query }, body, data: searchReturnsDataSchema, replayable: true });

  return {
    /** POST /return_refund/202309/cancellations/search — one page (page_size 1–50). */
    searchCancellations,
    searchCancellationsPages: (shop: ShopRef, body: SearchCancellationsBody, query: Omit<AfterSaleSearchQuery, 'page_token'>) =>
      followPages((page_token) => searchCancellations(shop, body, { ...query, page_token })),
    /** POST /return_refund/202309/returns/search — one page (page_size documented as 10–50). */
    searchReturns,
    searchReturnsPages: (shop: ShopRef, body: SearchReturnsBody, query: Omit<AfterSaleSearchQuery, 'page_token'>) =>
      followPages((page_token) => searchReturns(shop, body, { ...query, page_token })),
    /** POST /return_refund/202309/cancellations/{cancel_id}/approve */
    approveCancellation: (shop: ShopRef, cancelId: string, options: IdempotencyOptions = {}) =>
      api.call({ method: 'POST', path: `${R}/cancellations/${segment(cancelId)}/approve`, shop, data: emptyDataSchema, replayable: true, idempotency: options }),
    /** POST /return_refund/202309/cancellations/{cancel_id}/reject */
    rejectCancellation: (shop: ShopRef, cancelId: string, body: RejectCancellationBody, options: IdempotencyOptions = {}) =>
      api.call({
        method: 'POST',
        path: `${R}/cancellations/${segment(cancelId)}/reject`,
        shop,
        body,
        data: emptyDataSchema,
        replayable: true,
        idempotency: options,
      }),
    /** POST /return_refund/202309/returns/{return_id}/approve */
    approveReturn: (shop: ShopRef, returnId: string, body: ApproveReturnBody, options: IdempotencyOptions = {}) =>
      api.call({ method: 'POST', path: `${R}/returns/${segment(returnId)}/approve`, shop, body, data: emptyDataSchema, replayable: true, idempotency: options }),
    /** POST /return_refund/202309/returns/{return_id}/reject */
    rejectReturn: (shop: ShopRef, returnId: string, body: RejectReturnBody, options: IdempotencyOptions = {}) =>
      api.call({ method: 'POST', path: `${R}/returns/${segment(returnId)}/reject`, shop, body, data: emptyDataSchema, replayable: true, idempotency: options }),
    /** GET /return_refund/202309/reject_reasons */
    getRejectReasons: (shop: ShopRef, query: GetRejectReasonsQuery) =>
      api.call({ method: 'GET', path: `${R}/reject_reasons`, shop, query: { ...query }, data: getRejectReasonsDataSchema, replayable: true }),
    /** POST /return_refund/202309/cancellations — seller-initiated cancel. */
    cancelOrder: (shop: ShopRef, body: CancelOrderBody) =>
      api.call({ method: 'POST', path: `${R}/cancellations`, shop, body, data: cancelOrderDataSchema, replayable: false }),
    /** POST /return_refund/202309/refunds/calculate — a read despite POST. */
    calculateRefund: (shop: ShopRef, body: CalculateRefundBody) =>
      api.call({ method: 'POST', path: `${R}/refunds/calculate`, shop, body, data: calculateRefundDataSchema, replayable: true }),
    /** GET /return_refund/202309/returns/{return_id}/records */
    getReturnRecords: (shop: ShopRef, returnId: string, query: { locale?: string } = {}) =>
      api.call({ method: 'GET', path: `${R}/returns/${segment(returnId)}/records`, shop, query, data: getReturnRecordsDataSchema, replayable: true }),
    /** GET /return_refund/202309/orders/{order_id}/aftersale_eligibility */
    getAftersaleEligibility: (shop: ShopRef, orderId: string, query: GetAftersaleEligibilityQuery) =>
      api.call({
        method: 'GET',
        path: `${R}/orders/${segment(orderId)}/aftersale_eligibility`,
        shop,
        query: { ...query },
        data: getAftersaleEligibilityDataSchema,
        replayable: true,
      }),
  };
}
