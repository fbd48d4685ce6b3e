import { defineEntity, p } from '@mikro-orm/core';
import { Carrier } from '../carriers/carrier.entity.js';
import { OrderLine } from '../orders/order-line.entity.js';
import { SHIPPING_TYPES } from '../orders/order.enums.js';
import { Shop } from '../shops/shop.entity.js';
import { Partner } from '../users/partner.entity.js';
import { Warehouse } from '../warehouses/warehouse.entity.js';
import { PACKAGE_STATUSES, SYNC_STATUSES } from './package.enums.js';

/** A parcel: units of one or more orders (combined) of one shop. */
export const PackageSchema = defineEntity({
  name: 'Package',
  tableName: 'package',
  indexes: [
    { properties: ['shop', 'status'] },
    { properties: ['trackingNumber'] },
    { properties: ['partner'] },
    // Tracking numbers are unique across packages regardless of case (checked before shipping).
    { name: 'package_tracking_number_upper_index', expression: 'create index "package_tracking_number_upper_index" on "app"."package" (upper("tracking_number"))' },
  ],
  properties: {
    id: p.integer().primary().autoincrement(),
    shop: () => p.manyToOne(Shop),
    tiktokPackageId: p.string().nullable().unique(),
    status: p.enum(PACKAGE_STATUSES).default('TO_FULFILL'),
    shippingType: p.enum(SHIPPING_TYPES),
    carrier: () => p.manyToOne(Carrier).nullable(),
    tiktokShippingProviderId: p.string().nullable(),
    shippingProviderName: p.string().nullable(),
    trackingNumber: p.string().nullable(),
    warehouse: () => p.manyToOne(Warehouse).nullable(),
    /** The 3PL partner this package is assigned to; its API tokens see only such packages. */
    partner: () => p.manyToOne(Partner).nullable(),
    splitCombineTag: p.string().nullable(),
    syncStatus: p.enum(SYNC_STATUSES).default('SYNCED'),
    syncError: p.text().nullable(),
    shippedAt: p.datetime().nullable(),
    lines: () => p.oneToMany(OrderLine).mappedBy('package').orderBy({ id: 'asc' }),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export class Package extends PackageSchema.class {}
PackageSchema.setClass(Package);
