import { defineEntity, p } from '@mikro-orm/core';
import { OrderLine } from '../orders/order-line.entity.js';
import { Order } from '../orders/order.entity.js';
import { SYNC_STATUSES } from '../packages/package.enums.js';
import { Shop } from '../shops/shop.entity.js';
import { ACTION_STATUSES, AFTER_SALE_KINDS, AFTER_SALE_TYPES } from './after-sale.enums.js';

/** One entry of Get Return Records: the case's timeline as TikTok shows it. */
export interface AfterSaleRecordJson {
  role: string;
  description: string;
  reasonText: string;
  note: string;
  at: string;
  images: { url: string }[];
  /** Absent on timelines stored before videos were kept. */
  videos?: { url: string; coverUrl: string | null; durationMillis: number | null }[];
}

/** Money of a case as TikTok reports it; decimal strings in `currency`. */
export interface AfterSaleAmountsJson {
  productSellerDiscount?: string;
  productPlatformDiscount?: string;
  shippingFeeSellerDiscount?: string;
  shippingFeePlatformDiscount?: string;
  buyerPaidReturnShippingFee?: string;
  sellerPaidReturnShippingFee?: string;
  platformPaidReturnShippingFee?: string;
}

/** A label the hub made for the buyer to send the item back with a hub carrier (TikTok has no upload endpoint). */
export interface ReturnLabelJson {
  carrierId: number;
  carrierName: string;
  trackingNumber: string;
  createdAt: string;
  createdBy: string;
}

/**
 * A cancellation or a return/refund/replacement case, as TikTok last reported it (`tiktokUpdatedAt`
 * guards against older reports), plus what the hub is pushing (`syncStatus`) and an optimistic `version`.
 */
export const AfterSaleSchema = defineEntity({
  name: 'AfterSale',
  tableName: 'after_sale',
  uniques: [{ properties: ['kind', 'tiktokId'] }],
  indexes: [{ properties: ['shop', 'deadlineAt'] }, { properties: ['tiktokOrderId'] }, { properties: ['order'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    shop: () => p.manyToOne(Shop),
    kind: p.enum(AFTER_SALE_KINDS),
    tiktokId: p.string(),
    tiktokOrderId: p.string(),
    /** Null until the order itself has been synced. */
    order: () => p.manyToOne(Order).nullable().deleteRule('set null'),
    type: p.enum(AFTER_SALE_TYPES),
    status: p.string(),
    isOpen: p.boolean(),
    role: p.string().nullable(),
    reason: p.string().nullable(),
    reasonText: p.string().nullable(),
    currency: p.string().length(3).nullable(),
    refundTotal: p.decimal().precision(14).scale(2).nullable(),
    refundSubtotal: p.decimal().precision(14).scale(2).nullable(),
    refundShippingFee: p.decimal().precision(14).scale(2).nullable(),
    refundTax: p.decimal().precision(14).scale(2).nullable(),
    retailDeliveryFee: p.decimal().precision(14).scale(2).nullable(),
    buyerServiceFee: p.decimal().precision(14).scale(2).nullable(),
    amounts: p.json<AfterSaleAmountsJson>().default('{}'),
    partialRefundAmount: p.decimal().precision(14).scale(2).nullable(),
    buyerRejectedPartialRefund: p.boolean().default(false),
    sellerProposedReturnType: p.string().nullable(),
    returnMethod: p.string().nullable(),
    shipmentType: p.string().nullable(),
    handoverMethod: p.string().nullable(),
    returnTrackingNumber: p.string().nullable(),
    returnProviderId: p.string().nullable(),
    returnProviderName: p.string().nullable(),
    returnWarehouseAddress: p.text().nullable(),
    canBuyerKeepItem: p.boolean().default(false),
    arbitrationStatus: p.string().nullable(),
    /** TikTok's `seller_next_action_response[0]`: what the seller must do, and by when (else TikTok decides). */
    nextAction: p.string().nullable(),
    deadlineAt: p.datetime().nullable(),
    records: p.json<AfterSaleRecordJson[]>().default('[]'),
    returnLabel: p.json<ReturnLabelJson>().nullable(),
    tiktokCreatedAt: p.datetime(),
    tiktokUpdatedAt: p.datetime(),
    tiktokDigest: p.string(),
    syncStatus: p.enum(SYNC_STATUSES).default('SYNCED'),
    syncError: p.text().nullable(),
    version: p.integer().default(1),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export class AfterSale extends AfterSaleSchema.class {}
AfterSaleSchema.setClass(AfterSale);

/** A unit of a case; gift units keep the paid unit they came with (`giftParentLine`). */
export const AfterSaleLineSchema = defineEntity({
  name: 'AfterSaleLine',
  tableName: 'after_sale_line',
  indexes: [{ properties: ['afterSale'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    afterSale: () => p.manyToOne(AfterSale).deleteRule('cascade'),
    tiktokCaseLineId: p.string().nullable(),
    tiktokLineItemId: p.string(),
    orderLine: () => p.manyToOne(OrderLine).nullable().deleteRule('set null'),
    skuId: p.string().nullable(),
    sellerSku: p.string().nullable(),
    productName: p.string().nullable(),
    skuName: p.string().nullable(),
    isGift: p.boolean().default(false),
    giftParentLine: () => p.manyToOne(OrderLine).nullable().deleteRule('set null'),
    refundTotal: p.decimal().precision(14).scale(2).nullable(),
  },
});
export class AfterSaleLine extends AfterSaleLineSchema.class {}
AfterSaleLineSchema.setClass(AfterSaleLine);

/**
 * A customer-service decision on its way to TikTok (the outbox of the push job): who took it, what,
 * with which idempotency key, and how it ended. `afterSale` is null for a seller cancel until TikTok
 * has created the cancellation.
 */
export const AfterSaleActionSchema = defineEntity({
  name: 'AfterSaleAction',
  tableName: 'after_sale_action',
  indexes: [{ properties: ['afterSale'] }, { properties: ['order'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    shop: () => p.manyToOne(Shop),
    afterSale: () => p.manyToOne(AfterSale).nullable().deleteRule('cascade'),
    order: () => p.manyToOne(Order).nullable().deleteRule('cascade'),
    action: p.string(),
    input: p.json<Record<string, unknown>>(),
    /** Sent to TikTok as `idempotency_key`: every retry of the push is the same request. */
    tiktokIdempotencyKey: p.string().unique(),
    actor: p.string(),
    status: p.enum(ACTION_STATUSES).default('PENDING'),
    error: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    finishedAt: p.datetime().nullable(),
  },
});
export class AfterSaleAction extends AfterSaleActionSchema.class {}
AfterSaleActionSchema.setClass(AfterSaleAction);

/** After-sale polling watermarks per shop (cancellations and returns are searched apart). */
export const AfterSaleSyncSchema = defineEntity({
  name: 'AfterSaleSync',
  tableName: 'after_sale_sync',
  properties: {
    shop: () => p.oneToOne(Shop).primary().owner().deleteRule('cascade'),
    cancellationWatermark: p.datetime().nullable(),
    returnWatermark: p.datetime().nullable(),
    lastPollOkAt: p.datetime().nullable(),
  },
});
export class AfterSaleSync extends AfterSaleSyncSchema.class {}
AfterSaleSyncSchema.setClass(AfterSaleSync);

/** One warning per case, deadline and threshold: the scan can run any number of times. */
export const AfterSaleDeadlineWarningSchema = defineEntity({
  name: 'AfterSaleDeadlineWarning',
  tableName: 'after_sale_deadline_warning',
  uniques: [{ properties: ['afterSale', 'deadlineAt', 'thresholdMinutes'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    afterSale: () => p.manyToOne(AfterSale).deleteRule('cascade'),
    deadlineAt: p.datetime(),
    thresholdMinutes: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class AfterSaleDeadlineWarning extends AfterSaleDeadlineWarningSchema.class {}
AfterSaleDeadlineWarningSchema.setClass(AfterSaleDeadlineWarning);
