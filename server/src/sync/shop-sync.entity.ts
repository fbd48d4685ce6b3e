import { defineEntity, p } from '@mikro-orm/core';
import { Shop } from '../shops/shop.entity.js';
import type { BackfillWindow } from './backfill.js';

export const BACKFILL_STATUSES = ['NOT_STARTED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type BackfillStatus = (typeof BACKFILL_STATUSES)[number];

/** Sync bookkeeping per shop: the polling watermark, the backfill cursor and health. */
export const ShopSyncSchema = defineEntity({
  name: 'ShopSync',
  tableName: 'shop_sync',
  properties: {
    shop: () => p.oneToOne(Shop).primary().owner().deleteRule('cascade'),
    /** Highest TikTok update_time seen by polling; the next poll starts a little before it. */
    watermark: p.datetime().nullable(),
    lastPollAt: p.datetime().nullable(),
    lastPollOkAt: p.datetime().nullable(),
    backfillStatus: p.enum(BACKFILL_STATUSES).default('NOT_STARTED'),
    backfillSince: p.datetime().nullable(),
    backfillUntil: p.datetime().nullable(),
    /** The backfill's create_time windows, each with TikTok's page token of its next page; a restarted worker resumes each. */
    backfillWindows: p.json<BackfillWindow[]>().nullable(),
    backfillDone: p.integer().default(0),
    backfillTotal: p.integer().nullable(),
    consecutiveFailures: p.integer().default(0),
    lastError: p.text().nullable(),
    /** When TikTok says the authorization expires (webhook type 7); cleared on re-authorization. */
    reauthorizeBy: p.datetime().nullable(),
  },
});
export class ShopSync extends ShopSyncSchema.class {}
ShopSyncSchema.setClass(ShopSync);
