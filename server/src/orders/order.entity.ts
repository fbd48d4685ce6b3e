import { defineEntity, p } from '@mikro-orm/core';
import { Shop } from '../shops/shop.entity.js';
import { Warehouse } from '../warehouses/warehouse.entity.js';
import { OrderLine } from './order-line.entity.js';
import {
  CANCEL_INITIATORS,
  DELIVERY_TYPES,
  FULFILLMENT_TYPES,
  ORDER_STATUSES,
  SHIPPING_TYPES,
  SPLIT_COMBINE_TAGS,
} from './order.enums.js';

/** TikTok's `recipient_address` (§5.7), camel-cased. Masked fields arrive as TikTok sends them. */
export interface RecipientAddress {
  name?: string;
  firstName?: string;
  lastName?: string;
  phoneNumber?: string;
  fullAddress?: string;
  addressDetail?: string;
  addressLine1?: string;
  addressLine2?: string;
  addressLine3?: string;
  addressLine4?: string;
  postalCode?: string;
  regionCode?: string;
  postTown?: string;
  districts?: { level: string; levelName?: string; name: string }[];
  dropOffLocation?: string;
}

/** TikTok's `payment` (§5.6): decimal strings in `currency`. */
export interface OrderPayment {
  currency: string;
  originalTotalProductPrice?: string;
  sellerDiscount?: string;
  platformDiscount?: string;
  subTotal?: string;
  originalShippingFee?: string;
  shippingFeeSellerDiscount?: string;
  shippingFeePlatformDiscount?: string;
  shippingFeeCofundedDiscount?: string;
  shippingFee?: string;
  tax?: string;
  productTax?: string;
  shippingFeeTax?: string;
  itemInsuranceTax?: string;
  smallOrderFee?: string;
  retailDeliveryFee?: string;
  buyerServiceFee?: string;
  handlingFee?: string;
  shippingInsuranceFee?: string;
  itemInsuranceFee?: string;
  totalAmount: string;
}

/** The parts of TikTok's price detail the hub keeps (decimal strings in the order's currency). */
export interface PriceDetailJson {
  taxAmount?: string;
  taxRate?: string;
  subtotalTaxAmount?: string;
  netPriceAmount?: string;
  lines: { tiktokLineItemId: string; taxAmount?: string; taxRate?: string; netPriceAmount?: string }[];
}

export const OrderSchema = defineEntity({
  name: 'Order',
  tableName: 'order',
  indexes: [
    { properties: ['shop', 'status'] },
    // Keyset pagination walks these in both directions.
    { properties: ['tiktokCreatedAt', 'id'] },
    { properties: ['nextDeadlineAt', 'id'] },
    { properties: ['buyerUserId'] },
  ],
  properties: {
    id: p.integer().primary().autoincrement(),
    shop: () => p.manyToOne(Shop),
    tiktokOrderId: p.string().unique(),
    status: p.enum(ORDER_STATUSES),
    shippingType: p.enum(SHIPPING_TYPES),
    fulfillmentType: p.enum(FULFILLMENT_TYPES).default('FULFILLMENT_BY_SELLER'),
    deliveryType: p.enum(DELIVERY_TYPES).nullable(),
    deliveryOptionId: p.string().nullable(),
    deliveryOptionName: p.string().nullable(),
    /** NORMAL, PRE_ORDER, MADE_TO_ORDER, BACK_ORDER, ZERO_LOTTERY; empty for standard orders. */
    orderType: p.string().nullable(),
    buyerUserId: p.string().nullable(),
    buyerEmail: p.string().nullable(),
    buyerMessage: p.text().nullable(),
    sellerNote: p.text().nullable(),
    recipient: p.json<RecipientAddress>().nullable(),
    hasUpdatedRecipientAddress: p.boolean().default(false),
    payment: p.json<OrderPayment>().nullable(),
    currency: p.string().length(3),
    totalAmount: p.decimal().precision(14).scale(2),
    paymentMethodName: p.string().nullable(),
    isCod: p.boolean().default(false),
    isSample: p.boolean().default(false),
    isReplacement: p.boolean().default(false),
    replacedTiktokOrderId: p.string().nullable(),
    isExchange: p.boolean().default(false),
    exchangeSourceTiktokOrderId: p.string().nullable(),
    isOnHoldOrder: p.boolean().default(false),
    isPreOrder: p.boolean().default(false),
    releaseAt: p.datetime().nullable(),
    isBuyerRequestCancel: p.boolean().default(false),
    requestCancelAt: p.datetime().nullable(),
    cancellationInitiator: p.enum(CANCEL_INITIATORS).nullable(),
    cancelReason: p.string().nullable(),
    splitOrCombineTag: p.enum(SPLIT_COMBINE_TAGS).nullable(),
    tiktokWarehouseId: p.string().nullable(),
    warehouse: () => p.manyToOne(Warehouse).nullable(),
    /** Text shown to packers, e.g. the combined-listing (virtual bundle) contents. */
    notes: p.text().nullable(),
    // SLA deadlines (§5.4).
    rtsSlaAt: p.datetime().nullable(),
    ttsSlaAt: p.datetime().nullable(),
    shippingDueAt: p.datetime().nullable(),
    collectionDueAt: p.datetime().nullable(),
    deliveryDueAt: p.datetime().nullable(),
    deliverySlaAt: p.datetime().nullable(),
    /** The earliest deadline still ahead for the order's status; null when none applies. */
    nextDeadlineAt: p.datetime().nullable(),
    // What actually happened, per TikTok.
    paidAt: p.datetime().nullable(),
    rtsAt: p.datetime().nullable(),
    collectionAt: p.datetime().nullable(),
    deliveryAt: p.datetime().nullable(),
    cancelAt: p.datetime().nullable(),
    tiktokCreatedAt: p.datetime(),
    /** TikTok's `update_time`: an older one never overwrites newer state. */
    tiktokUpdatedAt: p.datetime(),
    /**
     * Digest of TikTok's order as last stored. update_time has one-second resolution, so two changes in
     * the same second share it: a different digest at an equal update_time is still applied.
     */
    tiktokDigest: p.string().nullable().hidden(),
    /** TikTok's price detail (tax breakdown), fetched when first asked for; valid for `priceDetailFor`. */
    priceDetail: p.json<PriceDetailJson>().nullable(),
    /** The update_time the cached price detail belongs to; a newer order state fetches it again. */
    priceDetailFor: p.datetime().nullable(),
    lines: () => p.oneToMany(OrderLine).mappedBy('order').orderBy({ position: 'asc' }),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export class Order extends OrderSchema.class {}
OrderSchema.setClass(Order);
