import { money, type Money } from '../graphql/scalars.js';
import { toGlobalId } from '../platform/global-id.js';
import type { OrderPayment as PaymentJson, RecipientAddress as RecipientJson } from './order.entity.js';
import type { BundleComponent, LineTax } from './order-line.entity.js';
import type { Order, OrderLine, OrderPayment } from './order.types.js';

/** The GraphQL Order plus the keys its field resolvers need. */
export type OrderView = Order & { dbId: number; shopDbId: number };
export type OrderLineView = OrderLine & { dbId: number; orderDbId: number; packageDbId: number | null };

/** Column list for `orderFromRow`; keep the two together. */
export const ORDER_COLUMNS = `o.id, o.shop_id, o.tiktok_order_id, o.status, o.shipping_type, o.fulfillment_type, o.delivery_type,
  o.delivery_option_id, o.delivery_option_name, o.order_type, o.buyer_user_id, o.buyer_email, o.buyer_message, o.seller_note,
  o.notes, o.recipient, o.has_updated_recipient_address, o.payment, o.currency, o.total_amount, o.payment_method_name, o.is_cod,
  o.is_sample, o.is_replacement, o.replaced_tiktok_order_id, o.is_exchange, o.is_on_hold_order, o.is_pre_order, o.release_at,
  o.is_buyer_request_cancel, o.request_cancel_at, o.cancellation_initiator, o.cancel_reason, o.split_or_combine_tag,
  o.rts_sla_at, o.tts_sla_at, o.shipping_due_at, o.collection_due_at, o.delivery_due_at, o.delivery_sla_at, o.next_deadline_at,
  o.paid_at, o.rts_at, o.collection_at, o.delivery_at, o.cancel_at, o.tiktok_created_at, o.tiktok_updated_at, o.version`;

type Row = Record<string, any>;

/** MikroORM's connection hands timestamps back as strings; the API speaks Dates. */
export function date(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(value as string);
}

function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export function orderFromRow(r: Row): OrderView {
  const currency: string = r.currency;
  return {
    dbId: r.id,
    shopDbId: r.shop_id,
    id: toGlobalId('Order', r.id),
    tiktokOrderId: r.tiktok_order_id,
    status: r.status,
    shippingType: r.shipping_type,
    fulfillmentType: r.fulfillment_type,
    deliveryType: r.delivery_type,
    deliveryOptionId: r.delivery_option_id,
    deliveryOptionName: r.delivery_option_name,
    orderType: r.order_type,
    buyerUserId: r.buyer_user_id,
    buyerEmail: r.buyer_email,
    buyerMessage: r.buyer_message,
    sellerNote: r.seller_note,
    notes: r.notes,
    recipient: r.recipient ? recipientView(json(r.recipient)) : null,
    hasUpdatedRecipientAddress: r.has_updated_recipient_address,
    payment: r.payment ? paymentView(json(r.payment)) : null,
    total: money(r.total_amount, currency)!,
    paymentMethodName: r.payment_method_name,
    isCod: r.is_cod,
    isSample: r.is_sample,
    isReplacement: r.is_replacement,
    replacedTiktokOrderId: r.replaced_tiktok_order_id,
    isExchange: r.is_exchange,
    isOnHoldOrder: r.is_on_hold_order,
    isPreOrder: r.is_pre_order,
    releaseAt: date(r.release_at),
    isBuyerRequestCancel: r.is_buyer_request_cancel,
    requestCancelAt: date(r.request_cancel_at),
    cancellationInitiator: r.cancellation_initiator,
    cancelReason: r.cancel_reason,
    splitOrCombineTag: r.split_or_combine_tag,
    deadlines: {
      rtsSla: date(r.rts_sla_at),
      ttsSla: date(r.tts_sla_at),
      shippingDue: date(r.shipping_due_at),
      collectionDue: date(r.collection_due_at),
      deliveryDue: date(r.delivery_due_at),
      deliverySla: date(r.delivery_sla_at),
      next: date(r.next_deadline_at),
    },
    paidAt: date(r.paid_at),
    shippedAt: date(r.rts_at),
    collectedAt: date(r.collection_at),
    deliveredAt: date(r.delivery_at),
    cancelledAt: date(r.cancel_at),
    createdAt: date(r.tiktok_created_at)!,
    tiktokUpdatedAt: date(r.tiktok_updated_at)!,
    version: r.version,
  };
}

function recipientView(a: RecipientJson) {
  return { ...a, districts: a.districts ?? [] };
}

function paymentView(p: PaymentJson): OrderPayment {
  const m = (v: string | undefined): Money | null => money(v, p.currency);
  return {
    total: money(p.totalAmount, p.currency)!,
    originalProductTotal: m(p.originalTotalProductPrice),
    sellerDiscount: m(p.sellerDiscount),
    platformDiscount: m(p.platformDiscount),
    subTotal: m(p.subTotal),
    originalShippingFee: m(p.originalShippingFee),
    shippingFee: m(p.shippingFee),
    tax: m(p.tax),
    productTax: m(p.productTax),
    shippingFeeTax: m(p.shippingFeeTax),
    retailDeliveryFee: m(p.retailDeliveryFee),
    smallOrderFee: m(p.smallOrderFee),
  };
}

export const LINE_COLUMNS = `l.id, l.order_id, l.package_id, l.tiktok_line_item_id, l.sku_id, l.product_id, l.seller_sku, l.product_name,
  l.sku_name, l.sku_image, l.currency, l.original_price, l.sale_price, l.seller_discount, l.platform_discount, l.display_status,
  l.is_gift, l.gift_retail_price, l.bundle_components, l.taxes, l.is_dangerous_good, l.cancel_reason`;

export function lineFromRow(r: Row): OrderLineView {
  const c: string = r.currency;
  return {
    dbId: r.id,
    orderDbId: r.order_id,
    packageDbId: r.package_id,
    id: toGlobalId('OrderLine', r.id),
    tiktokLineItemId: r.tiktok_line_item_id,
    skuId: r.sku_id,
    productId: r.product_id,
    sellerSku: r.seller_sku,
    productName: r.product_name,
    skuName: r.sku_name,
    skuImage: r.sku_image,
    originalPrice: money(r.original_price, c)!,
    salePrice: money(r.sale_price, c)!,
    sellerDiscount: money(r.seller_discount, c)!,
    platformDiscount: money(r.platform_discount, c)!,
    displayStatus: r.display_status,
    isGift: r.is_gift,
    giftRetailPrice: money(r.gift_retail_price, c),
    bundleComponents: json<BundleComponent[]>(r.bundle_components),
    taxes: json<LineTax[]>(r.taxes).map((t) => ({ type: t.type, amount: money(t.amount, c)!, rate: t.rate })),
    isDangerousGood: r.is_dangerous_good,
    cancelReason: r.cancel_reason,
  };
}
