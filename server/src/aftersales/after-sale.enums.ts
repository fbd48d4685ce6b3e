/** A cancellation (Search Cancellations) or a return / refund / replacement (Search Returns). */
export const AFTER_SALE_KINDS = ['CANCELLATION', 'RETURN'] as const;
export type AfterSaleKind = (typeof AFTER_SALE_KINDS)[number];

/** TikTok's `cancel_type` and `return_type` in one list (API.md §8.2). */
export const AFTER_SALE_TYPES = ['CANCEL', 'BUYER_CANCEL', 'REFUND', 'RETURN_AND_REFUND', 'REPLACEMENT'] as const;
export type AfterSaleType = (typeof AFTER_SALE_TYPES)[number];

/** Statuses in which money went back to the buyer. */
export const REFUNDED_STATUSES: ReadonlySet<string> = new Set([
  'CANCELLATION_REQUEST_SUCCESS',
  'CANCELLATION_REQUEST_COMPLETE',
  'RETURN_OR_REFUND_REQUEST_SUCCESS',
  'RETURN_OR_REFUND_REQUEST_COMPLETE',
  'REPLACEMENT_REQUEST_REFUND_SUCCESS',
]);

/** Statuses after which nothing more happens to a case. */
export const CLOSED_STATUSES: ReadonlySet<string> = new Set([
  'CANCELLATION_REQUEST_CANCEL',
  'CANCELLATION_REQUEST_CANCELLED',
  'CANCELLATION_REQUEST_COMPLETE',
  'RETURN_OR_REFUND_REQUEST_CANCEL',
  'RETURN_OR_REFUND_REQUEST_COMPLETE',
  'REPLACEMENT_REQUEST_CANCEL',
  'REPLACEMENT_REQUEST_COMPLETE',
  'REPLACEMENT_REQUEST_REFUND_SUCCESS',
]);

/** The response spelling; the search filter (and a webhook page) spell it differently. */
export function normalizeStatus(status: string): string {
  if (status === 'CANCELLATION_REQUEST_CANCEL') return 'CANCELLATION_REQUEST_CANCELLED';
  if (status === 'RETURN_OR_REFUND__REQUEST_CANCELLED') return 'RETURN_OR_REFUND_REQUEST_CANCEL';
  return status;
}

export const ACTION_STATUSES = ['PENDING', 'DONE', 'FAILED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
