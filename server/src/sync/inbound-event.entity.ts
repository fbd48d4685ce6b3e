import { defineEntity, p } from '@mikro-orm/core';

/** A webhook delivery as received; unique on TikTok's notification id so a retry is stored once. */
export const InboundEventSchema = defineEntity({
  name: 'InboundEvent',
  tableName: 'inbound_event',
  // Sync health reads a shop's latest delivery from here rather than bumping a counter row per delivery.
  indexes: [{ properties: ['tiktokShopId', 'receivedAt'] }],
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    dedupeKey: p.string().unique(),
    type: p.integer(),
    topic: p.string(),
    tiktokShopId: p.string().nullable(),
    payload: p.json<unknown>(),
    receivedAt: p.datetime().onCreate(() => new Date()),
    processedAt: p.datetime().nullable(),
    error: p.text().nullable(),
  },
});
export class InboundEvent extends InboundEventSchema.class {}
InboundEventSchema.setClass(InboundEvent);
