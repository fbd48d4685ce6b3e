import { defineEntity, p } from '@mikro-orm/core';
import { Package } from '../packages/package.entity.js';
import { SYNC_STATUSES } from '../packages/package.enums.js';
import { Shop } from '../shops/shop.entity.js';

/** MARK_SHIPPED: 3PL tracking upload. TRACKING_UPDATE: correction after dispatch. SHIP: TikTok Shipping (4PL). */
export const PUSH_KINDS = ['MARK_SHIPPED', 'TRACKING_UPDATE', 'SHIP'] as const;
export type PushKind = (typeof PUSH_KINDS)[number];

/**
 * One change the hub sends to TikTok for a package, run by the `shipping-push` job. The row is the
 * job's idempotency record: the job acts only while it is PENDING, and `previous` is what the package
 * goes back to if TikTok refuses.
 */
export const ShippingPushSchema = defineEntity({
  name: 'ShippingPush',
  tableName: 'shipping_push',
  indexes: [{ properties: ['package', 'id'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    shop: () => p.manyToOne(Shop),
    /** Null once TikTok replaced the package (a split or combine made outside the hub): the record outlives it. */
    package: () => p.manyToOne(Package).nullable().deleteRule('set null'),
    kind: p.enum(PUSH_KINDS),
    status: p.enum(SYNC_STATUSES).default('PENDING'),
    /** What to send, in hub terms (tracking, provider, handover…). */
    request: p.json<Record<string, unknown>>(),
    /** The package's shipping fields before this change. */
    previous: p.json<Record<string, unknown>>(),
    error: p.text().nullable(),
    tiktokCode: p.integer().nullable(),
    actor: p.string(),
    attempts: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    finishedAt: p.datetime().nullable(),
  },
});
export class ShippingPush extends ShippingPushSchema.class {}
ShippingPushSchema.setClass(ShippingPush);
