import { defineEntity, p } from '@mikro-orm/core';
import { Shop } from '../shops/shop.entity.js';

export interface WarehouseAddress {
  fullAddress?: string;
  region?: string;
  state?: string;
  city?: string;
  postalCode?: string;
  contactPerson?: string;
  phone?: string;
}

export const WAREHOUSE_TYPES = ['SALES', 'RETURN'] as const;

export const WarehouseSchema = defineEntity({
  name: 'Warehouse',
  tableName: 'warehouse',
  uniques: [{ properties: ['shop', 'tiktokWarehouseId'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    /** Null for a hub-only warehouse that is not (yet) linked to a TikTok shop. */
    shop: () => p.manyToOne(Shop).nullable(),
    tiktokWarehouseId: p.string().nullable(),
    name: p.string(),
    type: p.enum(WAREHOUSE_TYPES).default('SALES'),
    isDefault: p.boolean().default(false),
    address: p.json<WarehouseAddress>().default('{}'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class Warehouse extends WarehouseSchema.class {}
WarehouseSchema.setClass(Warehouse);
