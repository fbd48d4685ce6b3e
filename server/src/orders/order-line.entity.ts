import { defineEntity, p } from '@mikro-orm/core';
import { Package } from '../packages/package.entity.js';
import { Order } from './order.entity.js';

/** A component of a virtual bundle (TikTok `combined_listing_skus`). */
export interface BundleComponent {
  skuId: string;
  productId?: string;
  sellerSku?: string;
  count: number;
}

export interface LineTax {
  type: string;
  amount: string;
  rate?: string;
}

/** One unit: TikTok sends one line item per unit and so do we. */
export const OrderLineSchema = defineEntity({
  name: 'OrderLine',
  tableName: 'order_line',
  indexes: [{ properties: ['order', 'position'] }, { properties: ['package'] }, { properties: ['sellerSku'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    order: () => p.manyToOne(Order).deleteRule('cascade'),
    position: p.integer(),
    tiktokLineItemId: p.string().unique(),
    skuId: p.string(),
    productId: p.string(),
    sellerSku: p.string().nullable(),
    productName: p.string(),
    skuName: p.string().nullable(),
    skuImage: p.string().nullable(),
    currency: p.string().length(3),
    originalPrice: p.decimal().precision(14).scale(2),
    salePrice: p.decimal().precision(14).scale(2),
    sellerDiscount: p.decimal().precision(14).scale(2).default('0'),
    platformDiscount: p.decimal().precision(14).scale(2).default('0'),
    displayStatus: p.string().nullable(),
    isGift: p.boolean().default(false),
    giftRetailPrice: p.decimal().precision(14).scale(2).nullable(),
    bundleComponents: p.json<BundleComponent[]>().default('[]'),
    taxes: p.json<LineTax[]>().default('[]'),
    isDangerousGood: p.boolean().default(false),
    cancelReason: p.string().nullable(),
    cancelUser: p.string().nullable(),
    /** The package this unit is in; null while not yet planned into one. */
    package: () => p.manyToOne(Package).nullable().deleteRule('set null'),
  },
});
export class OrderLine extends OrderLineSchema.class {}
OrderLineSchema.setClass(OrderLine);
