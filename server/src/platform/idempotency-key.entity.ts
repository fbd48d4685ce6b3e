import { defineEntity, p } from '@mikro-orm/core';

/** A side-effecting mutation's `idempotencyKey`, remembered with a hash of its input and its outcome. */
export const IdempotencyKeySchema = defineEntity({
  name: 'IdempotencyKey',
  tableName: 'idempotency_key',
  uniques: [{ properties: ['scope', 'operation', 'key'] }],
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    /** Whose key it is (`user:4`, `token:9`): two callers never share a key space. */
    scope: p.string(),
    operation: p.string(),
    key: p.string(),
    requestHash: p.string(),
    outcome: p.json<unknown>().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class IdempotencyKey extends IdempotencyKeySchema.class {}
IdempotencyKeySchema.setClass(IdempotencyKey);
