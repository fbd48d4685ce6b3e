import { defineEntity, p } from '@mikro-orm/core';
import { Shop } from '../shops/shop.entity.js';

/** A failure that needs a person: shown in the console with a retry action. */
export const IncidentSchema = defineEntity({
  name: 'Incident',
  tableName: 'incident',
  indexes: [{ properties: ['resolvedAt'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    shop: () => p.manyToOne(Shop).nullable(),
    kind: p.string(),
    message: p.text(),
    /** The job to run again on retry, with its payload. */
    retryJob: p.string().nullable(),
    retryData: p.json<object>().nullable(),
    occurrences: p.integer().default(1),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastSeenAt: p.datetime().onCreate(() => new Date()),
    resolvedAt: p.datetime().nullable(),
  },
});
export class Incident extends IncidentSchema.class {}
IncidentSchema.setClass(Incident);
