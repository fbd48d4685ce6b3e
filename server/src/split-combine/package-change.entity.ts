import { defineEntity, p } from '@mikro-orm/core';
import { Shop } from '../shops/shop.entity.js';

/** What a change does to the packages of its orders. */
export const PACKAGE_CHANGE_KINDS = ['SPLIT', 'COMBINE', 'UNCOMBINE'] as const;
export type PackageChangeKind = (typeof PACKAGE_CHANGE_KINDS)[number];

/**
 * PENDING: queued for TikTok (a split may still be undone). PUSHING: the job has claimed it and may have
 * reached TikTok. SYNCED: TikTok confirmed and the orders were re-read. FAILED: TikTok refused it.
 * UNDONE: withdrawn before it reached TikTok.
 */
export const PACKAGE_CHANGE_STATES = ['PENDING', 'PUSHING', 'SYNCED', 'FAILED', 'UNDONE'] as const;
export type PackageChangeState = (typeof PACKAGE_CHANGE_STATES)[number];

/** The planned shape, in TikTok's ids: what the push job sends. */
export interface PackageChangePlan {
  /** SPLIT: the order's units, one list of TikTok line item ids per new package. */
  groups?: string[][];
  /** COMBINE: TikTok's pre-generated package id from Search Combinable Packages; UNCOMBINE: the combined package. */
  tiktokPackageId?: string;
  /** COMBINE: the orders to ship together; UNCOMBINE: the orders taken out. */
  tiktokOrderIds?: string[];
}

/**
 * A split, combine or uncombine asked for in the hub, and its way to TikTok. Package and order ids are
 * kept as values, not foreign keys: TikTok replaces packages when it re-shapes them.
 */
export const PackageChangeSchema = defineEntity({
  name: 'PackageChange',
  tableName: 'package_change',
  indexes: [{ properties: ['shop', 'createdAt'] }, { properties: ['state'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    shop: () => p.manyToOne(Shop),
    kind: p.enum(PACKAGE_CHANGE_KINDS),
    state: p.enum(PACKAGE_CHANGE_STATES).default('PENDING'),
    actor: p.string(),
    /** Hub order ids concerned. */
    orderIds: p.json<number[]>(),
    /** Hub package ids as they were when the change was asked for. */
    packageIds: p.json<number[]>(),
    plan: p.json<PackageChangePlan>(),
    /** TikTok's package ids once it confirmed (in plan order for a split). */
    resultTiktokPackageIds: p.json<string[]>().nullable(),
    syncError: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    syncedAt: p.datetime().nullable(),
  },
});
export class PackageChange extends PackageChangeSchema.class {}
PackageChangeSchema.setClass(PackageChange);
