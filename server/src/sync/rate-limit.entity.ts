import { defineEntity, p } from '@mikro-orm/core';

/**
 * The TikTok client's shared rate-limit slots (server/src/tiktok/postgres-rate-limiter.ts,
 * RATE_LIMIT_DDL): declared here so migrations create it and the schema check covers it.
 */
export const TiktokRateLimitSchema = defineEntity({
  name: 'TiktokRateLimit',
  tableName: 'tiktok_rate_limit',
  properties: {
    key: p.text().primary(),
    slot: p.integer().primary(),
    grantedAt: p.datetime(),
  },
});
export class TiktokRateLimit extends TiktokRateLimitSchema.class {}
TiktokRateLimitSchema.setClass(TiktokRateLimit);
