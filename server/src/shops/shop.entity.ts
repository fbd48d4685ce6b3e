import { defineEntity, p } from '@mikro-orm/core';
import { Warehouse } from '../warehouses/warehouse.entity.js';

export const SHOP_STATUSES = ['CONNECTED', 'DISCONNECTED'] as const;
export type ShopStatus = (typeof SHOP_STATUSES)[number];

export const ShopSchema = defineEntity({
  name: 'Shop',
  tableName: 'shop',
  properties: {
    id: p.integer().primary().autoincrement(),
    tiktokShopId: p.string().unique(),
    name: p.string(),
    region: p.string(),
    sellerType: p.string().nullable(),
    /** TikTok's `cipher`, sent as `shop_cipher` on every shop-scoped call. */
    cipher: p.string().nullable(),
    status: p.enum(SHOP_STATUSES).default('CONNECTED'),
    /** Tokens are sealed with AES-256-GCM (platform/secret-box.ts); never stored in clear. */
    accessTokenSealed: p.text().nullable().hidden(),
    accessTokenExpiresAt: p.datetime().nullable(),
    refreshTokenSealed: p.text().nullable().hidden(),
    refreshTokenExpiresAt: p.datetime().nullable(),
    defaultWarehouse: () => p.manyToOne(Warehouse).nullable(),
    connectedAt: p.datetime().nullable(),
    disconnectedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export class Shop extends ShopSchema.class {}
ShopSchema.setClass(Shop);
