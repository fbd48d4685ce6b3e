import { z } from 'zod';
import { bool, boolLike, id, imageSchema, int, money, openEnum, str, unixSeconds, wireObject, type PageQuery } from './common.js';

export const CANCEL_STATUSES = [
  'CANCELLATION_REQUEST_PENDING',
  'CANCELLATION_REQUEST_SUCCESS',
  // The search filter spells it CANCEL, responses and webhooks CANCELLED (API.md §8.2).
  'CANCELLATION_REQUEST_CANCEL',
  'CANCELLATION_REQUEST_CANCELLED',
  'CANCELLATION_REQUEST_COMPLETE',
] as const;
export type CancelStatus = (typeof CANCEL_STATUSES)[number] | (string & {});

export const RETURN_STATUSES = [
  'RETURN_OR_REFUND_REQUEST_PENDING',
  'REFUND_OR_RETURN_REQUEST_REJECT',
  'AWAITING_BUYER_SHIP',
  'BUYER_SHIPPED_ITEM',
  'REJECT_RECEIVE_PACKAGE',
  'RETURN_OR_REFUND_REQUEST_SUCCESS',
  'RETURN_OR_REFUND_REQUEST_CANCEL',
  'RETURN_OR_REFUND_REQUEST_COMPLETE',
  'AWAITING_BUYER_RESPONSE',
  'REPLACEMENT_REQUEST_PENDING',
  'REPLACEMENT_REQUEST_REJECT',
  'REPLACEMENT_REQUEST_REFUND_SUCCESS',
  'REPLACEMENT_REQUEST_CANCEL',
  'REPLACEMENT_REQUEST_COMPLETE',
] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number] | (string & {});
export type ReturnRequestType = 'REFUND' | 'RETURN_AND_REFUND' | 'REPLACEMENT' | (string & {});

export const refundAmountSchema = wireObject({
  currency: str,
  refund_total: money,
  refund_subtotal: money,
  refund_shipping_fee: money,
  refund_tax: money,
  retail_delivery_fee: money,
  buyer_service_fee: money,
});

const sellerNextActionSchema = wireObject({ action: str, deadline: unixSeconds });

export interface AfterSaleSearchQuery extends PageQuery {
  sort_field?: 'create_time' | 'update_time';
  sort_order?: 'ASC' | 'DESC';
}

/** POST /return_refund/202309/cancellations/search */
export interface SearchCancellationsBody {
  cancel_ids?: string[];
  order_ids?: string[];
  buyer_user_ids?: string[];
  cancel_types?: Array<'CANCEL' | 'BUYER_CANCEL' | (string & {})>;
  cancel_status?: CancelStatus[];
  create_time_ge?: number;
  create_time_lt?: number;
  update_time_ge?: number;
  update_time_lt?: number;
  locale?: string;
}
export const cancellationSchema = wireObject({
  cancel_id: id,
  order_id: id,
  cancel_type: str,
  cancel_status: openEnum(CANCEL_STATUSES),
  role: str,
  cancel_reason: str,
  cancel_reason_text: str,
  create_time: unixSeconds,
  update_time: unixSeconds,
  refund_amount: refundAmountSchema,
  cancel_line_items: z.array(
    wireObject({
      cancel_line_item_id: id,
      order_line_item_id: id,
      sku_id: id,
      seller_sku: str,
      sku_name: str,
      product_name: str,
      product_image: imageSchema,
      refund_amount: refundAmountSchema,
    }),
  ),
  seller_next_action_response: z.array(sellerNextActionSchema),
});
export type Cancellation = z.infer<typeof cancellationSchema>;
export const searchCancellationsDataSchema = wireObject({
  next_page_token: str,
  total_count: int,
  cancellations: z.array(cancellationSchema),
});
export type SearchCancellationsData = z.infer<typeof searchCancellationsDataSchema>;

export interface EvidenceImage {
  image_id: string;
  mime_type?: string;
  width?: number;
  height?: number;
}

/** POST /return_refund/202309/cancellations/{cancel_id}/reject */
export interface RejectCancellationBody {
  reject_reason: string;
  comment?: string;
  images?: EvidenceImage[];
}

/** POST /return_refund/202309/cancellations (seller-initiated cancel). */
export interface CancelOrderBody {
  order_id: string;
  cancel_reason: string;
  /** Partial cancel (US/UK): either line items or SKUs with quantities. */
  order_line_item_ids?: string[];
  skus?: Array<{ sku_id: string; quantity: number }>;
}
export const cancelOrderDataSchema = wireObject({ cancel_id: id, cancel_status: openEnum(CANCEL_STATUSES) });
export type CancelOrderData = z.infer<typeof cancelOrderDataSchema>;

/** POST /return_refund/202309/returns/search */
export interface SearchReturnsBody {
  return_ids?: string[];
  order_ids?: string[];
  buyer_user_ids?: string[];
  return_types?: ReturnRequestType[];
  return_status?: ReturnStatus[];
  arbitration_status?: Array<'IN_PROGRESS' | 'SUPPORT_BUYER' | 'SUPPORT_SELLER' | 'CLOSED' | (string & {})>;
  seller_proposed_return_type?: Array<'PARTIAL_REFUND' | (string & {})>;
  create_time_ge?: number;
  create_time_lt?: number;
  update_time_ge?: number;
  update_time_lt?: number;
  locale?: string;
}
export const returnOrderSchema = wireObject({
  return_id: id,
  order_id: id,
  return_type: openEnum(['REFUND', 'RETURN_AND_REFUND', 'REPLACEMENT']),
  return_status: openEnum(RETURN_STATUSES),
  role: str,
  return_reason: str,
  return_reason_text: str,
  arbitration_status: str,
  create_time: unixSeconds,
  update_time: unixSeconds,
  refund_amount: refundAmountSchema,
  discount_amount: z.array(
    wireObject({
      currency: str,
      product_platform_discount: money,
      product_seller_discount: money,
      shipping_fee_platform_discount: money,
      shipping_fee_seller_discount: money,
    }),
  ),
  shipping_fee_amount: z.array(
    wireObject({
      currency: str,
      buyer_paid_return_shipping_fee: money,
      seller_paid_return_shipping_fee: money,
      platform_paid_return_shipping_fee: money,
    }),
  ),
  return_line_items: z.array(
    wireObject({
      return_line_item_id: id,
      order_line_item_id: id,
      sku_id: id,
      seller_sku: str,
      sku_name: str,
      product_name: str,
      product_image: imageSchema,
      refund_amount: refundAmountSchema,
    }),
  ),
  return_method: str,
  shipment_type: str,
  handover_method: str,
  return_shipping_document_type: str,
  return_tracking_number: str,
  return_provider_id: id,
  return_provider_name: str,
  return_warehouse_address: wireObject({ full_address: str }),
  can_buyer_keep_item: bool,
  /** `"true "` in the current docs, `true` in the 2024 copy: normalized to a boolean. */
  is_combined_return: boolLike,
  combined_return_id: id,
  pre_return_id: id,
  next_return_id: id,
  partial_refund: wireObject({ amount: money, currency: str }),
  buyer_rejected_partial_refund: bool,
  seller_proposed_return_type: str,
  seller_next_action_response: z.array(sellerNextActionSchema),
});
export type ReturnOrder = z.infer<typeof returnOrderSchema>;
export const searchReturnsDataSchema = wireObject({
  next_page_token: str,
  total_count: int,
  return_orders: z.array(returnOrderSchema),
});
export type SearchReturnsData = z.infer<typeof searchReturnsDataSchema>;

/** POST /return_refund/202309/returns/{return_id}/approve */
export interface ApproveReturnBody {
  decision:
    | 'APPROVE_REFUND'
    | 'APPROVE_RETURN'
    | 'APPROVE_RECEIVED_PACKAGE'
    | 'APPROVE_REPLACEMENT'
    | 'ISSUE_REPLACEMENT_REFUND'
    | 'OFFER_PARTIAL_REFUND';
  /** With APPROVE_RETURN: refund without the item coming back. */
  buyer_keep_item?: boolean;
  /** With OFFER_PARTIAL_REFUND. */
  partial_refund?: { amount: string; currency: string };
}

/** POST /return_refund/202309/returns/{return_id}/reject */
export interface RejectReturnBody {
  decision: 'REJECT_REFUND' | 'REJECT_RETURN' | 'REJECT_RECEIVED_PACKAGE' | 'REJECT_REPLACEMENT';
  /** A `name` from Get Reject Reasons. */
  reject_reason: string;
  comment?: string;
  images?: EvidenceImage[];
}

/** GET /return_refund/202309/reject_reasons */
export interface GetRejectReasonsQuery {
  return_or_cancel_id: string;
  locale?: string;
}
export const getRejectReasonsDataSchema = wireObject({ reasons: z.array(wireObject({ name: str, text: str })) });
export type GetRejectReasonsData = z.infer<typeof getRejectReasonsDataSchema>;

/** GET /return_refund/202309/returns/{return_id}/records */
export const getReturnRecordsDataSchema = wireObject({
  records: z.array(
    wireObject({
      event: str,
      /** Title case ("Buyer") here, upper case elsewhere. */
      role: str,
      description: str,
      reason_text: str,
      note: str,
      create_time: unixSeconds,
      images: z.array(imageSchema),
      videos: z.array(wireObject({ url: str, cover: str, duration_millis: int, width: int, height: int })),
    }),
  ),
});
export type GetReturnRecordsData = z.infer<typeof getReturnRecordsDataSchema>;

/** POST /return_refund/202309/refunds/calculate */
export interface CalculateRefundBody {
  order_id: string;
  request_type: 'CANCEL' | 'REFUND' | 'RETURN_AND_REFUND';
  order_line_item_ids?: string[];
  skus?: Array<{ sku_id: string; quantity: number }>;
  reason_name?: string;
  shipment_type?: string;
  handover_method?: string;
}
export const calculateRefundDataSchema = wireObject({ order_refund_amount: refundAmountSchema });
export type CalculateRefundData = z.infer<typeof calculateRefundDataSchema>;

/** GET /return_refund/202309/orders/{order_id}/aftersale_eligibility */
export interface GetAftersaleEligibilityQuery {
  initiate_aftersale_user: 'SELLER' | 'BUYER';
}
export const getAftersaleEligibilityDataSchema = wireObject({
  sku_eligibility: z.array(
    wireObject({
      sku_id: id,
      line_item_eligibility: z.array(
        wireObject({
          order_line_items_ids: z.array(id),
          request_type: str,
          eligible: bool,
          ineligible_code: z.union([int, str]),
          ineligible_reason: str,
        }),
      ),
    }),
  ),
});
export type GetAftersaleEligibilityData = z.infer<typeof getAftersaleEligibilityDataSchema>;
