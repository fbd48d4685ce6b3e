import { createHash } from 'node:crypto';
import type { Pool, Tx } from '../db/pool.js';
import { withTransaction } from '../db/pool.js';
import type { JobDefinition } from '../jobs/queue.js';
import type { Actor } from './actor.js';

/** How long a key is remembered: a client retrying after a lost response does so within minutes, not days. */
const KEY_TTL = '24 hours';

export const IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED';

export interface IdempotentCall {
  actor: Actor;
  /** The mutation, e.g. `packageMarkShipped`; keys are per operation. */
  operation: string;
  /** Absent key: no replay protection, the work simply runs once per call. */
  key: string | null | undefined;
  /** The input that defines "the same request"; the key is excluded by the caller. */
  input: unknown;
}

/** A mutation outcome: serializable, so a replay returns what the first call returned. */
export interface Outcome {
  userErrors: readonly { code: string }[];
}

export type IdempotentResult<R> = R | { reused: true };

/**
 * Runs `work` in one transaction, at most once per (actor, operation, key). The same key with the same input
 * returns the first call's outcome without running again; with a different input it returns `{ reused: true }`.
 * A concurrent second call waits on the key's unique index until the first commits, then replays it.
 *
 * Outcomes with user errors are not remembered (their transaction is rolled back, key included): nothing
 * happened, so a corrected or retried request may use the same key.
 */
export async function idempotent<R extends Outcome>(
  pool: Pool,
  call: IdempotentCall,
  work: (tx: Tx) => Promise<R>,
): Promise<IdempotentResult<R>> {
  const scope = scopeOf(call.actor);
  const requestHash = hashOf(call.input);
  const rollback = Symbol('rollback');
  try {
    return await withTransaction(pool, async (tx) => {
      if (call.key) {
        const claimed = await tx.query(
          `insert into app.idempotency_key (scope, operation, key, request_hash, created_at)
           values ($1, $2, $3, $4, now())
           on conflict (scope, operation, key) do nothing
           returning id`,
          [scope, call.operation, call.key, requestHash],
        );
        if (!claimed.rowCount) {
          const { rows } = await tx.query(
            `select request_hash, outcome from app.idempotency_key where scope = $1 and operation = $2 and key = $3`,
            [scope, call.operation, call.key],
          );
          const prior = rows[0];
          if (prior.request_hash !== requestHash) return { reused: true } as const;
          return prior.outcome as R;
        }
      }
      const outcome = await work(tx);
      if (outcome.userErrors.length) throw { [rollback]: outcome };
      if (call.key) {
        await tx.query(`update app.idempotency_key set outcome = $4 where scope = $1 and operation = $2 and key = $3`, [
          scope,
          call.operation,
          call.key,
          JSON.stringify(outcome),
        ]);
      }
      return outcome;
    });
  } catch (e) {
    if (e && typeof e === 'object' && rollback in e) return (e as Record<symbol, R>)[rollback]!;
    throw e;
  }
}

function scopeOf(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return `user:${actor.userId}`;
    case 'api-token':
      return `token:${actor.tokenId}`;
    default:
      return 'anonymous';
  }
}

/** Key order does not make two inputs different. */
function hashOf(input: unknown): string {
  return createHash('sha256').update(canonicalJson(input)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function idempotencyCleanupJob(pool: Pool): JobDefinition {
  return {
    name: 'idempotency-key-cleanup',
    schedule: '23 * * * *',
    handler: async () => {
      await pool.query(`delete from app.idempotency_key where created_at < now() - interval '${KEY_TTL}'`);
    },
  };
}
