import { money, type Money } from '../graphql/scalars.js';
import { toGlobalId } from '../platform/global-id.js';
import type { AfterSaleAmountsJson, AfterSaleRecordJson, ReturnLabelJson } from './after-sale.entity.js';
import type { AfterSaleKind, AfterSaleType } from './after-sale.enums.js';
import { availableDecisions } from './decision-rules.js';
import type { AfterSale, AfterSaleLine } from './after-sale.types.js';

type Row = Record<string, any>;

export const AFTER_SALE_COLUMNS = `a.id, a.shop_id, a.order_id, a.kind, a.tiktok_id, a.tiktok_order_id, a.type, a.status, a.is_open, a.role, a.reason,
  a.reason_text, a.currency, a.refund_total, a.refund_subtotal, a.refund_shipping_fee, a.refund_tax, a.retail_delivery_fee,
  a.buyer_service_fee, a.amounts, a.partial_refund_amount, a.buyer_rejected_partial_refund, a.return_method, a.shipment_type,
  a.handover_method, a.return_tracking_number, a.return_provider_name, a.return_warehouse_address, a.can_buyer_keep_item,
  a.arbitration_status, a.next_action, a.deadline_at, a.records, a.return_label, a.version, a.sync_status, a.sync_error,
  a.tiktok_created_at, a.tiktok_updated_at, a.updated_at`;

/** The GraphQL AfterSale over one row. */
export class AfterSaleView implements AfterSale {
  constructor(private readonly r: Row) {}
  readonly __typename = 'AfterSale';
  get dbId(): number { return this.r.id; }
  get shopDbId(): number { return this.r.shop_id; }
  get orderDbId(): number | null { return this.r.order_id; }
  get id() { return toGlobalId('AfterSale', this.r.id); }
  get tiktokId() { return this.r.tiktok_id; }
  get tiktokOrderId() { return this.r.tiktok_order_id; }
  get kind(): AfterSaleKind { return this.r.kind; }
  get type(): AfterSaleType { return this.r.type; }
  get status() { return this.r.status; }
  get isOpen() { return this.r.is_open; }
  get role() { return this.r.role; }
  get reason() { return this.r.reason; }
  get reasonText() { return this.r.reason_text; }
  private m(v: string | null | undefined): Money | null { return this.r.currency ? money(v, this.r.currency) : null; }
  get refund() {
    return {
      total: this.m(this.r.refund_total),
      subtotal: this.m(this.r.refund_subtotal),
      shippingFee: this.m(this.r.refund_shipping_fee),
      tax: this.m(this.r.refund_tax),
      retailDeliveryFee: this.m(this.r.retail_delivery_fee),
      buyerServiceFee: this.m(this.r.buyer_service_fee),
    };
  }
  get adjustments() {
    const a = this.r.amounts as AfterSaleAmountsJson;
    return {
      productSellerDiscount: this.m(a.productSellerDiscount),
      productPlatformDiscount: this.m(a.productPlatformDiscount),
      shippingFeeSellerDiscount: this.m(a.shippingFeeSellerDiscount),
      shippingFeePlatformDiscount: this.m(a.shippingFeePlatformDiscount),
      buyerPaidReturnShippingFee: this.m(a.buyerPaidReturnShippingFee),
      sellerPaidReturnShippingFee: this.m(a.sellerPaidReturnShippingFee),
      platformPaidReturnShippingFee: this.m(a.platformPaidReturnShippingFee),
    };
  }
  get partialRefund() { return this.m(this.r.partial_refund_amount); }
  get buyerRejectedPartialRefund() { return this.r.buyer_rejected_partial_refund; }
  get returnMethod() { return this.r.return_method; }
  get shipmentType() { return this.r.shipment_type; }
  get handoverMethod() { return this.r.handover_method; }
  get returnTrackingNumber() { return this.r.return_tracking_number; }
  get returnProviderName() { return this.r.return_provider_name; }
  get returnWarehouseAddress() { return this.r.return_warehouse_address; }
  get canBuyerKeepItem() { return this.r.can_buyer_keep_item; }
  get arbitrationStatus() { return this.r.arbitration_status; }
  get nextAction() { return this.r.next_action; }
  get deadline(): Date | null { return this.r.deadline_at; }
  get records() {
    return (this.r.records as AfterSaleRecordJson[]).map((x) => ({
      role: x.role,
      description: x.description,
      reasonText: x.reasonText || null,
      note: x.note || null,
      at: new Date(x.at),
      imageUrls: x.images.map((i) => i.url),
      videos: (x.videos ?? []).map((v) => ({ url: v.url, coverUrl: v.coverUrl, durationSeconds: v.durationMillis === null ? null : v.durationMillis / 1000 })),
    }));
  }
  get returnLabel() {
    const l = this.r.return_label as ReturnLabelJson | null;
    if (!l) return null;
    return {
      carrierName: l.carrierName,
      trackingNumber: l.trackingNumber,
      url: `/documents/after-sales/${this.r.id}/return-label.pdf`,
      createdAt: new Date(l.createdAt),
      createdBy: l.createdBy,
    };
  }
  get availableDecisions() {
    if (this.r.sync_status === 'PENDING') return [];
    return availableDecisions({ kind: this.r.kind, type: this.r.type, status: this.r.status, arbitrationStatus: this.r.arbitration_status });
  }
  get version() { return this.r.version; }
  get syncStatus() { return this.r.sync_status; }
  get syncError() { return this.r.sync_error; }
  get createdAt(): Date { return this.r.tiktok_created_at; }
  get updatedAt(): Date { return this.r.tiktok_updated_at; }
  /** Cursor values. */
  get deadlineKey(): string | null { return this.r.deadline_at ? (this.r.deadline_at as Date).toISOString() : null; }
  get updatedKey(): string { return (this.r.tiktok_updated_at as Date).toISOString(); }
  get createdKey(): string { return (this.r.tiktok_created_at as Date).toISOString(); }
}

export const afterSaleFromRow = (r: Row) => new AfterSaleView(r);

export const AFTER_SALE_LINE_COLUMNS = `l.id, l.after_sale_id, l.tiktok_line_item_id, l.order_line_id, l.sku_id, l.seller_sku, l.product_name, l.sku_name,
  l.is_gift, l.gift_parent_line_id, l.refund_total`;

export class AfterSaleLineView implements AfterSaleLine {
  constructor(private readonly r: Row, private readonly currency: string | null) {}
  readonly __typename = 'AfterSaleLine';
  get afterSaleDbId(): number { return this.r.after_sale_id; }
  get orderLineDbId(): number | null { return this.r.order_line_id; }
  get giftParentLineDbId(): number | null { return this.r.gift_parent_line_id; }
  get id() { return toGlobalId('AfterSaleLine', this.r.id); }
  get tiktokLineItemId() { return this.r.tiktok_line_item_id; }
  get skuId() { return this.r.sku_id; }
  get sellerSku() { return this.r.seller_sku; }
  get productName() { return this.r.product_name; }
  get skuName() { return this.r.sku_name; }
  get isGift() { return this.r.is_gift; }
  get refundTotal() { return this.currency ? money(this.r.refund_total, this.currency) : null; }
}
