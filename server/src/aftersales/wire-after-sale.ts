import { createHash } from 'node:crypto';
import type { Cancellation, ReturnOrder } from '../tiktok/index.js';
import type { AfterSaleAmountsJson } from './after-sale.entity.js';
import { CLOSED_STATUSES, normalizeStatus, type AfterSaleKind, type AfterSaleType } from './after-sale.enums.js';

/** A case as the upsert stores it, mapped once from TikTok's wire shape. */
export interface AfterSaleRecord {
  kind: AfterSaleKind;
  tiktokId: string;
  tiktokOrderId: string;
  type: AfterSaleType;
  status: string;
  isOpen: boolean;
  role: string | null;
  reason: string | null;
  reasonText: string | null;
  currency: string | null;
  refundTotal: string | null;
  refundSubtotal: string | null;
  refundShippingFee: string | null;
  refundTax: string | null;
  retailDeliveryFee: string | null;
  buyerServiceFee: string | null;
  amounts: AfterSaleAmountsJson;
  partialRefundAmount: string | null;
  buyerRejectedPartialRefund: boolean;
  sellerProposedReturnType: string | null;
  returnMethod: string | null;
  shipmentType: string | null;
  handoverMethod: string | null;
  returnTrackingNumber: string | null;
  returnProviderId: string | null;
  returnProviderName: string | null;
  returnWarehouseAddress: string | null;
  canBuyerKeepItem: boolean;
  arbitrationStatus: string | null;
  nextAction: string | null;
  deadlineAt: Date | null;
  tiktokCreatedAt: Date;
  tiktokUpdatedAt: Date;
  tiktokDigest: string;
  lines: { tiktokCaseLineId: string | null; tiktokLineItemId: string; skuId: string | null; sellerSku: string | null; productName: string | null; skuName: string | null; refundTotal: string | null }[];
}

const orNull = (v: string | undefined | null) => (v === undefined || v === null || v === '' ? null : v);
const time = (s: number | undefined) => new Date((s ?? 0) * 1000);
const digest = (wire: unknown) => createHash('sha1').update(JSON.stringify(wire)).digest('base64url');

function nextActionOf(list: { action?: string; deadline?: number }[] | undefined, open: boolean) {
  // TikTok lists one pending action per case; a closed case has nothing left to answer.
  const first = open ? list?.find((a) => a.action) : undefined;
  return { nextAction: first?.action ?? null, deadlineAt: first?.deadline ? time(first.deadline) : null };
}

export function afterSaleFromCancellation(c: Cancellation): AfterSaleRecord {
  const status = normalizeStatus(c.cancel_status ?? '');
  const open = !CLOSED_STATUSES.has(status) && status !== 'CANCELLATION_REQUEST_SUCCESS';
  const refund = c.refund_amount ?? {};
  return {
    kind: 'CANCELLATION',
    tiktokId: c.cancel_id!,
    tiktokOrderId: c.order_id!,
    // Only a direct cancel is CANCEL; buyer requests come as BUYER_CANCEL (API.md) or REQUEST_CANCEL_REFUND (docs sample).
    type: c.cancel_type === 'CANCEL' ? 'CANCEL' : 'BUYER_CANCEL',
    status,
    isOpen: open,
    role: orNull(c.role),
    reason: orNull(c.cancel_reason),
    reasonText: orNull(c.cancel_reason_text),
    currency: orNull(refund.currency),
    refundTotal: orNull(refund.refund_total),
    refundSubtotal: orNull(refund.refund_subtotal),
    refundShippingFee: orNull(refund.refund_shipping_fee),
    refundTax: orNull(refund.refund_tax),
    retailDeliveryFee: orNull(refund.retail_delivery_fee),
    buyerServiceFee: orNull(refund.buyer_service_fee),
    amounts: {},
    partialRefundAmount: null,
    buyerRejectedPartialRefund: false,
    sellerProposedReturnType: null,
    returnMethod: null,
    shipmentType: null,
    handoverMethod: null,
    returnTrackingNumber: null,
    returnProviderId: null,
    returnProviderName: null,
    returnWarehouseAddress: null,
    canBuyerKeepItem: false,
    arbitrationStatus: null,
    ...nextActionOf(c.seller_next_action_response, open),
    tiktokCreatedAt: time(c.create_time),
    tiktokUpdatedAt: time(c.update_time),
    tiktokDigest: digest(c),
    lines: (c.cancel_line_items ?? []).map((l) => ({
      tiktokCaseLineId: orNull(l.cancel_line_item_id),
      tiktokLineItemId: l.order_line_item_id!,
      skuId: orNull(l.sku_id),
      sellerSku: orNull(l.seller_sku),
      productName: orNull(l.product_name),
      skuName: orNull(l.sku_name),
      refundTotal: orNull(l.refund_amount?.refund_total),
    })),
  };
}

export function afterSaleFromReturn(r: ReturnOrder): AfterSaleRecord {
  const status = normalizeStatus(r.return_status ?? '');
  const open = !CLOSED_STATUSES.has(status);
  const refund = r.refund_amount ?? {};
  const discount = r.discount_amount?.[0] ?? {};
  const fees = r.shipping_fee_amount?.[0] ?? {};
  const amounts: AfterSaleAmountsJson = Object.fromEntries(
    Object.entries({
      productSellerDiscount: discount.product_seller_discount,
      productPlatformDiscount: discount.product_platform_discount,
      shippingFeeSellerDiscount: discount.shipping_fee_seller_discount,
      shippingFeePlatformDiscount: discount.shipping_fee_platform_discount,
      buyerPaidReturnShippingFee: fees.buyer_paid_return_shipping_fee,
      sellerPaidReturnShippingFee: fees.seller_paid_return_shipping_fee,
      platformPaidReturnShippingFee: fees.platform_paid_return_shipping_fee,
    }).filter(([, v]) => v !== undefined && v !== ''),
  );
  return {
    kind: 'RETURN',
    tiktokId: r.return_id!,
    tiktokOrderId: r.order_id!,
    type: r.return_type === 'REFUND' ? 'REFUND' : r.return_type === 'REPLACEMENT' ? 'REPLACEMENT' : 'RETURN_AND_REFUND',
    status,
    isOpen: open,
    role: orNull(r.role),
    reason: orNull(r.return_reason),
    reasonText: orNull(r.return_reason_text),
    currency: orNull(refund.currency ?? r.partial_refund?.currency),
    refundTotal: orNull(refund.refund_total),
    refundSubtotal: orNull(refund.refund_subtotal),
    refundShippingFee: orNull(refund.refund_shipping_fee),
    refundTax: orNull(refund.refund_tax),
    retailDeliveryFee: orNull(refund.retail_delivery_fee),
    buyerServiceFee: orNull(refund.buyer_service_fee),
    amounts,
    partialRefundAmount: orNull(r.partial_refund?.amount),
    buyerRejectedPartialRefund: r.buyer_rejected_partial_refund ?? false,
    sellerProposedReturnType: orNull(r.seller_proposed_return_type),
    returnMethod: orNull(r.return_method),
    shipmentType: orNull(r.shipment_type),
    handoverMethod: orNull(r.handover_method),
    returnTrackingNumber: orNull(r.return_tracking_number),
    returnProviderId: orNull(r.return_provider_id),
    returnProviderName: orNull(r.return_provider_name),
    returnWarehouseAddress: orNull(r.return_warehouse_address?.full_address),
    canBuyerKeepItem: r.can_buyer_keep_item ?? false,
    arbitrationStatus: orNull(r.arbitration_status),
    ...nextActionOf(r.seller_next_action_response, open),
    tiktokCreatedAt: time(r.create_time),
    tiktokUpdatedAt: time(r.update_time),
    tiktokDigest: digest(r),
    lines: (r.return_line_items ?? []).map((l) => ({
      tiktokCaseLineId: orNull(l.return_line_item_id),
      tiktokLineItemId: l.order_line_item_id!,
      skuId: orNull(l.sku_id),
      sellerSku: orNull(l.seller_sku),
      productName: orNull(l.product_name),
      skuName: orNull(l.sku_name),
      refundTotal: orNull(l.refund_amount?.refund_total),
    })),
  };
}
