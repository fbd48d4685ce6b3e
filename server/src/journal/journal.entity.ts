import { defineEntity, p } from '@mikro-orm/core';

export const JOURNAL_SOURCES = ['WEBHOOK', 'POLL', 'BACKFILL', 'USER', 'THREE_PL', 'SYSTEM'] as const;
export type JournalSource = (typeof JOURNAL_SOURCES)[number];

/**
 * Every change, in order: appended in the transaction that makes the change, numbered by `seq`.
 * Subscriptions replay from it (`afterSeq`), so a reconnecting client misses nothing.
 */
export const JournalEntrySchema = defineEntity({
  name: 'JournalEntry',
  tableName: 'journal',
  indexes: [
    { properties: ['entityType', 'entityId', 'seq'] },
    { properties: ['shopId', 'seq'] },
    // An order's history also finds the batch entries that name it.
    { properties: ['entityIds'], type: 'gin' },
  ],
  properties: {
    seq: p.bigint('number').primary().autoincrement(),
    at: p.datetime().defaultRaw('now()'),
    shopId: p.integer().nullable(),
    entityType: p.string(),
    entityId: p.integer(),
    /** For an entry about many entities at once (ORDERS_IMPORTED: the orders of one imported page). */
    entityIds: p.array((i) => Number(i)).columnType('int[]').nullable(),
    kind: p.string(),
    source: p.enum(JOURNAL_SOURCES),
    actor: p.string().nullable(),
    fromState: p.string().nullable(),
    toState: p.string().nullable(),
    data: p.json<Record<string, unknown>>().nullable(),
  },
});
export class JournalEntry extends JournalEntrySchema.class {}
JournalEntrySchema.setClass(JournalEntry);
