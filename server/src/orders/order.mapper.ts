import { money, type Money } from '../graphql/scalars.js';
import { toGlobalId } from '../platform/global-id.js';
import type { OrderPayment as PaymentJson, RecipientAddress as RecipientJson } from './order.entity.js';
import type { BundleComponent, LineTax } from './order-line.entity.js';
import type { Order, OrderDeadlines, OrderLine, OrderPayment, RecipientAddress } from './order.types.js';

type Row = Record<string, any>;

/** MikroORM's connection hands timestamps back as strings; the API speaks Dates. */
export function date(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(value as string);
}

function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}


/** The columns each Order field reads; a list query selects only those its fields need. */
const FIELD_COLUMNS: Record<string, string[]> = {
  tiktokOrderId: ['o.tiktok_order_id'],
  status: ['o.status'],
  shippingType: ['o.shipping_type'],
  fulfillmentType: ['o.fulfillment_type'],
  deliveryType: ['o.delivery_type'],
  deliveryOptionId: ['o.delivery_option_id'],
  deliveryOptionName: ['o.delivery_option_name'],
  orderType: ['o.order_type'],
  buyerUserId: ['o.buyer_user_id'],
  buyerEmail: ['o.buyer_email'],
  buyerMessage: ['o.buyer_message'],
  sellerNote: ['o.seller_note'],
  notes: ['o.notes'],
  recipient: ['o.recipient::text as recipient'],
  hasUpdatedRecipientAddress: ['o.has_updated_recipient_address'],
  payment: ['o.payment::text as payment'],
  total: ['o.total_amount', 'o.currency'],
  taxDetail: ['o.total_amount', 'o.currency'],
  paymentMethodName: ['o.payment_method_name'],
  isCod: ['o.is_cod'],
  isSample: ['o.is_sample'],
  isReplacement: ['o.is_replacement'],
  replacedTiktokOrderId: ['o.replaced_tiktok_order_id'],
  originalOrder: ['o.replaced_tiktok_order_id'],
  isExchange: ['o.is_exchange'],
  isOnHoldOrder: ['o.is_on_hold_order'],
  isPreOrder: ['o.is_pre_order'],
  releaseAt: ['o.release_at'],
  isBuyerRequestCancel: ['o.is_buyer_request_cancel'],
  requestCancelAt: ['o.request_cancel_at'],
  cancellationInitiator: ['o.cancellation_initiator'],
  cancelReason: ['o.cancel_reason'],
  splitOrCombineTag: ['o.split_or_combine_tag'],
  deadlines: ['o.rts_sla_at', 'o.tts_sla_at', 'o.shipping_due_at', 'o.collection_due_at', 'o.delivery_due_at', 'o.delivery_sla_at'],
  paidAt: ['o.paid_at'],
  shippedAt: ['o.rts_at'],
  collectedAt: ['o.collection_at'],
  deliveredAt: ['o.delivery_at'],
  cancelledAt: ['o.cancel_at'],
  tiktokUpdatedAt: ['o.tiktok_updated_at'],
  version: ['o.version'],
  supportedActions: ['o.status', 'o.fulfillment_type', 'o.is_buyer_request_cancel'],
};
/** Keys every row carries: identity, shop, and both cursor columns. */
const KEY_COLUMNS = ['o.id', 'o.shop_id', 'o.tiktok_created_at', 'o.next_deadline_at'];

export function orderColumnsFor(fields: Iterable<string>): string {
  const columns = new Set(KEY_COLUMNS);
  for (const field of fields) for (const c of FIELD_COLUMNS[field] ?? []) columns.add(c);
  return [...columns].join(', ');
}

/** Every column `OrderView` reads, for single-order reads. JSON columns come as text, parsed when asked for. */
export const ORDER_COLUMNS = orderColumnsFor(Object.keys(FIELD_COLUMNS));

/**
 * The GraphQL Order over one database row. Fields are getters, so a list query pays only for the
 * fields it selects (GraphQL's default resolver reads them as properties).
 */
export class OrderView implements Order {
  constructor(private readonly r: Row) {}
  readonly __typename = 'Order';
  get dbId(): number { return this.r.id; }
  get shopDbId(): number { return this.r.shop_id; }
  get id() { return toGlobalId('Order', this.r.id); }
  get tiktokOrderId() { return this.r.tiktok_order_id; }
  get status() { return this.r.status; }
  get shippingType() { return this.r.shipping_type; }
  get fulfillmentType() { return this.r.fulfillment_type; }
  get deliveryType() { return this.r.delivery_type; }
  get deliveryOptionId() { return this.r.delivery_option_id; }
  get deliveryOptionName() { return this.r.delivery_option_name; }
  get orderType() { return this.r.order_type || null; }
  get buyerUserId() { return this.r.buyer_user_id; }
  get buyerEmail() { return this.r.buyer_email; }
  get buyerMessage() { return this.r.buyer_message || null; }
  get sellerNote() { return this.r.seller_note || null; }
  get notes() { return this.r.notes; }
  get recipient(): RecipientAddress | null {
    const a = this.r.recipient ? json<RecipientJson>(this.r.recipient) : null;
    return a ? { ...a, districts: a.districts ?? [] } : null;
  }
  get hasUpdatedRecipientAddress() { return this.r.has_updated_recipient_address; }
  get payment(): OrderPayment | null { return this.r.payment ? paymentView(json(this.r.payment)) : null; }
  get total(): Money { return money(this.r.total_amount, this.r.currency)!; }
  get paymentMethodName() { return this.r.payment_method_name; }
  get isCod() { return this.r.is_cod; }
  get isSample() { return this.r.is_sample; }
  get isReplacement() { return this.r.is_replacement; }
  get replacedTiktokOrderId() { return this.r.replaced_tiktok_order_id; }
  get isExchange() { return this.r.is_exchange; }
  get isOnHoldOrder() { return this.r.is_on_hold_order; }
  get isPreOrder() { return this.r.is_pre_order; }
  get releaseAt() { return date(this.r.release_at); }
  get isBuyerRequestCancel() { return this.r.is_buyer_request_cancel; }
  get requestCancelAt() { return date(this.r.request_cancel_at); }
  get cancellationInitiator() { return this.r.cancellation_initiator; }
  get cancelReason() { return this.r.cancel_reason; }
  get splitOrCombineTag() { return this.r.split_or_combine_tag; }
  get deadlines(): OrderDeadlines {
    const r = this.r;
    return {
      rtsSla: date(r.rts_sla_at),
      ttsSla: date(r.tts_sla_at),
      shippingDue: date(r.shipping_due_at),
      collectionDue: date(r.collection_due_at),
      deliveryDue: date(r.delivery_due_at),
      deliverySla: date(r.delivery_sla_at),
      next: date(r.next_deadline_at),
    };
  }
  get paidAt() { return date(this.r.paid_at); }
  get shippedAt() { return date(this.r.rts_at); }
  get collectedAt() { return date(this.r.collection_at); }
  get deliveredAt() { return date(this.r.delivery_at); }
  get cancelledAt() { return date(this.r.cancel_at); }
  get createdAt() { return date(this.r.tiktok_created_at)!; }
  get tiktokUpdatedAt() { return date(this.r.tiktok_updated_at)!; }
  get version() { return this.r.version; }
  /** Raw sort keys for cursors, exactly as the database compares them. */
  get createdAtKey(): string { return date(this.r.tiktok_created_at)!.toISOString(); }
  get deadlineKey(): string | null { return date(this.r.next_deadline_at)?.toISOString() ?? null; }
}

export const orderFromRow = (r: Row) => new OrderView(r);

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
  l.is_gift, l.gift_retail_price, l.bundle_components::text as bundle_components, l.taxes::text as taxes, l.is_dangerous_good, l.cancel_reason`;

/** The GraphQL OrderLine over one row; lazy like OrderView. */
export class OrderLineView implements OrderLine {
  constructor(private readonly r: Row) {}
  readonly __typename = 'OrderLine';
  get dbId(): number { return this.r.id; }
  get orderDbId(): number { return this.r.order_id; }
  get packageDbId(): number | null { return this.r.package_id; }
  get id() { return toGlobalId('OrderLine', this.r.id); }
  get tiktokLineItemId() { return this.r.tiktok_line_item_id; }
  get skuId() { return this.r.sku_id; }
  get productId() { return this.r.product_id; }
  get sellerSku() { return this.r.seller_sku; }
  get productName() { return this.r.product_name; }
  get skuName() { return this.r.sku_name; }
  get skuImage() { return this.r.sku_image; }
  get originalPrice() { return money(this.r.original_price, this.r.currency)!; }
  get salePrice() { return money(this.r.sale_price, this.r.currency)!; }
  get sellerDiscount() { return money(this.r.seller_discount, this.r.currency)!; }
  get platformDiscount() { return money(this.r.platform_discount, this.r.currency)!; }
  get displayStatus() { return this.r.display_status; }
  get isGift() { return this.r.is_gift; }
  get giftRetailPrice() { return money(this.r.gift_retail_price, this.r.currency); }
  get bundleComponents() { return json<BundleComponent[]>(this.r.bundle_components); }
  get taxes() {
    return json<LineTax[]>(this.r.taxes).map((t) => ({ type: t.type, amount: money(t.amount, this.r.currency)!, rate: t.rate }));
  }
  get isDangerousGood() { return this.r.is_dangerous_good; }
  get cancelReason() { return this.r.cancel_reason; }
}

export const lineFromRow = (r: Row) => new OrderLineView(r);
