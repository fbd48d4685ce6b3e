import type { Order as WireOrder, OrderLineItem as WireLine } from '../tiktok/index.js';
import type { OrderPayment, RecipientAddress } from '../orders/order.entity.js';
import type { BundleComponent, LineTax } from '../orders/order-line.entity.js';
import { nextDeadline } from '../orders/order-deadlines.js';
import { ORDER_STATUSES, type OrderStatus } from '../orders/order.enums.js';

/** One order as the hub stores it, mapped from TikTok's wire order. */
export interface OrderRecord {
  tiktokOrderId: string;
  status: OrderStatus;
  shippingType: string;
  fulfillmentType: string;
  deliveryType: string | null;
  deliveryOptionId: string | null;
  deliveryOptionName: string | null;
  orderType: string | null;
  buyerUserId: string | null;
  buyerEmail: string | null;
  buyerMessage: string | null;
  sellerNote: string | null;
  notes: string | null;
  recipient: RecipientAddress | null;
  hasUpdatedRecipientAddress: boolean;
  payment: OrderPayment | null;
  currency: string;
  totalAmount: string;
  paymentMethodName: string | null;
  isCod: boolean;
  isSample: boolean;
  isReplacement: boolean;
  replacedTiktokOrderId: string | null;
  isExchange: boolean;
  exchangeSourceTiktokOrderId: string | null;
  isOnHoldOrder: boolean;
  isPreOrder: boolean;
  releaseAt: Date | null;
  isBuyerRequestCancel: boolean;
  requestCancelAt: Date | null;
  cancellationInitiator: string | null;
  cancelReason: string | null;
  splitOrCombineTag: string | null;
  tiktokWarehouseId: string | null;
  rtsSlaAt: Date | null;
  ttsSlaAt: Date | null;
  shippingDueAt: Date | null;
  collectionDueAt: Date | null;
  deliveryDueAt: Date | null;
  deliverySlaAt: Date | null;
  nextDeadlineAt: Date | null;
  paidAt: Date | null;
  rtsAt: Date | null;
  collectionAt: Date | null;
  deliveryAt: Date | null;
  cancelAt: Date | null;
  tiktokCreatedAt: Date;
  tiktokUpdatedAt: Date;
  lines: LineRecord[];
  packages: PackageRecord[];
}

export interface LineRecord {
  tiktokLineItemId: string;
  position: number;
  skuId: string;
  productId: string;
  sellerSku: string | null;
  productName: string;
  skuName: string | null;
  skuImage: string | null;
  currency: string;
  originalPrice: string;
  salePrice: string;
  sellerDiscount: string;
  platformDiscount: string;
  displayStatus: string | null;
  isGift: boolean;
  giftRetailPrice: string | null;
  bundleComponents: BundleComponent[];
  taxes: LineTax[];
  isDangerousGood: boolean;
  cancelReason: string | null;
  cancelUser: string | null;
  tiktokPackageId: string | null;
}

/** What an order's line items say about a TikTok package. */
export interface PackageRecord {
  tiktokPackageId: string;
  status: string;
  trackingNumber: string | null;
  shippingProviderId: string | null;
  shippingProviderName: string | null;
  shippedAt: Date | null;
}

const time = (seconds: number | undefined | null) => (seconds ? new Date(seconds * 1000) : null);
const text = (s: string | undefined | null) => (s === undefined || s === null || s === '' ? null : s);
const decimal = (s: string | undefined | null) => (s === undefined || s === null || s === '' ? '0' : s);

/** TikTok's webhook docs spell the cancelled status `CANCEL`; the API says `CANCELLED`. */
export function normalizeStatus(status: string | undefined): OrderStatus {
  if (status === 'CANCEL') return 'CANCELLED';
  if ((ORDER_STATUSES as readonly string[]).includes(status ?? '')) return status as OrderStatus;
  throw new Error(`unknown TikTok order status ${JSON.stringify(status)}`);
}

export function orderFromWire(o: WireOrder): OrderRecord {
  if (!o.id || !o.create_time || !o.update_time) throw new Error('order without id, create_time or update_time');
  const status = normalizeStatus(o.status);
  const lines = (o.line_items ?? []).map(lineFromWire);
  const currency = o.payment?.currency ?? lines[0]?.currency ?? 'USD';
  const deadlines = {
    rtsSlaAt: time(o.rts_sla_time),
    ttsSlaAt: time(o.tts_sla_time),
    shippingDueAt: time(o.shipping_due_time),
    collectionDueAt: time(o.collection_due_time),
    deliveryDueAt: time(o.delivery_due_time),
    deliverySlaAt: time(o.delivery_sla_time),
  };
  return {
    tiktokOrderId: o.id,
    status,
    shippingType: o.shipping_type ?? 'SELLER',
    fulfillmentType: o.fulfillment_type ?? 'FULFILLMENT_BY_SELLER',
    deliveryType: text(o.delivery_type),
    deliveryOptionId: text(o.delivery_option_id),
    deliveryOptionName: text(o.delivery_option_name),
    orderType: text(o.order_type),
    buyerUserId: text(o.user_id),
    buyerEmail: text(o.buyer_email),
    buyerMessage: text(o.buyer_message),
    sellerNote: text(o.seller_note),
    notes: bundleNotes(o.line_items ?? []),
    recipient: o.recipient_address ? recipientFromWire(o.recipient_address) : null,
    hasUpdatedRecipientAddress: o.has_updated_recipient_address ?? false,
    payment: o.payment ? paymentFromWire(o.payment, currency) : null,
    currency,
    totalAmount: decimal(o.payment?.total_amount),
    paymentMethodName: text(o.payment_method_name),
    isCod: o.is_cod ?? false,
    isSample: o.is_sample_order ?? false,
    isReplacement: o.is_replacement_order ?? false,
    replacedTiktokOrderId: text(o.replaced_order_id),
    isExchange: o.is_exchange_order ?? false,
    exchangeSourceTiktokOrderId: text(o.exchange_source_order_id),
    isOnHoldOrder: o.is_on_hold_order ?? false,
    isPreOrder: o.order_type === 'PRE_ORDER',
    releaseAt: time(o.release_date),
    isBuyerRequestCancel: o.is_buyer_request_cancel ?? false,
    requestCancelAt: time(o.request_cancel_time),
    cancellationInitiator: text(o.cancellation_initiator),
    cancelReason: text(o.cancel_reason),
    splitOrCombineTag: text(o.split_or_combine_tag),
    tiktokWarehouseId: text(o.warehouse_id),
    ...deadlines,
    nextDeadlineAt: nextDeadline(status, deadlines),
    paidAt: time(o.paid_time),
    rtsAt: time(o.rts_time),
    collectionAt: time(o.collection_time),
    deliveryAt: time(o.delivery_time),
    cancelAt: time(o.cancel_time),
    tiktokCreatedAt: time(o.create_time)!,
    tiktokUpdatedAt: time(o.update_time)!,
    lines,
    packages: packagesFromLines(o.line_items ?? [], o.packages ?? []),
  };
}

function lineFromWire(l: WireLine, position: number): LineRecord {
  if (!l.id || !l.sku_id) throw new Error('line item without id or sku_id');
  return {
    tiktokLineItemId: l.id,
    position,
    skuId: l.sku_id,
    productId: l.product_id ?? '',
    sellerSku: text(l.seller_sku),
    productName: l.product_name ?? '',
    skuName: text(l.sku_name),
    skuImage: text(l.sku_image),
    currency: l.currency ?? 'USD',
    originalPrice: decimal(l.original_price),
    salePrice: decimal(l.sale_price),
    sellerDiscount: decimal(l.seller_discount),
    platformDiscount: decimal(l.platform_discount),
    displayStatus: text(l.display_status),
    isGift: l.is_gift ?? false,
    giftRetailPrice: l.gift_retail_price && l.gift_retail_price !== '0' ? l.gift_retail_price : null,
    bundleComponents: (l.combined_listing_skus ?? []).map((c) => ({
      skuId: c.sku_id ?? '',
      productId: c.product_id,
      sellerSku: c.seller_sku,
      count: c.sku_count ?? 1,
    })),
    taxes: (l.item_tax ?? []).map((t) => ({ type: t.tax_type ?? 'TAX', amount: decimal(t.tax_amount), rate: t.tax_rate })),
    isDangerousGood: l.is_dangerous_good ?? false,
    cancelReason: text(l.cancel_reason),
    cancelUser: text(l.cancel_user),
    tiktokPackageId: text(l.package_id),
  };
}

/** Packages as the order's units describe them; an order-level package with no units yet is kept too. */
function packagesFromLines(lines: WireLine[], orderPackages: { id?: string }[]): PackageRecord[] {
  const byId = new Map<string, PackageRecord>();
  for (const l of lines) {
    if (!l.package_id || byId.has(l.package_id)) continue;
    byId.set(l.package_id, {
      tiktokPackageId: l.package_id,
      status: l.package_status ?? 'TO_FULFILL',
      trackingNumber: text(l.tracking_number),
      shippingProviderId: text(l.shipping_provider_id),
      shippingProviderName: text(l.shipping_provider_name),
      shippedAt: time(l.rts_time),
    });
  }
  for (const p of orderPackages) {
    if (p.id && !byId.has(p.id)) {
      byId.set(p.id, { tiktokPackageId: p.id, status: 'TO_FULFILL', trackingNumber: null, shippingProviderId: null, shippingProviderName: null, shippedAt: null });
    }
  }
  return [...byId.values()];
}

/** Virtual bundles: packers must pick the components, so the order notes spell them out. */
function bundleNotes(lines: WireLine[]): string | null {
  const seen = new Set<string>();
  const notes: string[] = [];
  for (const l of lines) {
    if (!l.combined_listing_skus?.length || seen.has(l.sku_id ?? '')) continue;
    seen.add(l.sku_id ?? '');
    const parts = l.combined_listing_skus.map((c) => `${c.sku_count ?? 1} × ${c.seller_sku || c.sku_id}`);
    notes.push(`Bundle ${l.seller_sku || l.sku_id} = ${parts.join(' + ')}`);
  }
  return notes.length ? notes.join('\n') : null;
}

function recipientFromWire(a: NonNullable<WireOrder['recipient_address']>): RecipientAddress {
  return {
    name: text(a.name) ?? undefined,
    firstName: text(a.first_name) ?? undefined,
    lastName: text(a.last_name) ?? undefined,
    phoneNumber: text(a.phone_number) ?? undefined,
    fullAddress: text(a.full_address) ?? undefined,
    addressDetail: text(a.address_detail) ?? undefined,
    addressLine1: text(a.address_line1) ?? undefined,
    addressLine2: text(a.address_line2) ?? undefined,
    addressLine3: text(a.address_line3) ?? undefined,
    addressLine4: text(a.address_line4) ?? undefined,
    postalCode: text(a.postal_code) ?? undefined,
    regionCode: text(a.region_code) ?? undefined,
    postTown: text(a.post_town) ?? undefined,
    districts: (a.district_info ?? []).map((d) => ({ level: d.address_level ?? '', levelName: d.address_level_name, name: d.address_name ?? '' })),
    dropOffLocation: text(a.delivery_preferences?.drop_off_location) ?? undefined,
  };
}

function paymentFromWire(p: NonNullable<WireOrder['payment']>, currency: string): OrderPayment {
  return {
    currency,
    originalTotalProductPrice: p.original_total_product_price,
    sellerDiscount: p.seller_discount,
    platformDiscount: p.platform_discount,
    subTotal: p.sub_total,
    originalShippingFee: p.original_shipping_fee,
    shippingFeeSellerDiscount: p.shipping_fee_seller_discount,
    shippingFeePlatformDiscount: p.shipping_fee_platform_discount,
    shippingFeeCofundedDiscount: p.shipping_fee_cofunded_discount,
    shippingFee: p.shipping_fee,
    tax: p.tax,
    productTax: p.product_tax,
    shippingFeeTax: p.shipping_fee_tax,
    itemInsuranceTax: p.item_insurance_tax,
    smallOrderFee: p.small_order_fee,
    retailDeliveryFee: p.retail_delivery_fee,
    buyerServiceFee: p.buyer_service_fee,
    handlingFee: p.handling_fee,
    shippingInsuranceFee: p.shipping_insurance_fee,
    itemInsuranceFee: p.item_insurance_fee,
    totalAmount: decimal(p.total_amount),
  };
}
