import { bulkColumns, bulkValues, jsonRowSource, jsonRowValue } from '../db/bulk-rows.js';
import { atCommit, type Tx } from '../db/pool.js';
import type { JournalSource } from './journal.entity.js';

/** The channel every server LISTENs on; the payload is only the newest sequence number. */
export const JOURNAL_CHANNEL = 'consign_journal';
/** Arbitrary, fixed key of the advisory lock that orders journal commits. */
const JOURNAL_LOCK = 7_220_001;

export interface JournalInput {
  shopId: number | null;
  entityType: string;
  entityId: number;
  /** The entities an entry about many at once names (e.g. the orders of an imported page). */
  entityIds?: number[] | null;
  kind: string;
  source: JournalSource;
  actor?: string | null;
  from?: string | null;
  to?: string | null;
  data?: Record<string, unknown> | null;
}

const COLUMNS = bulkColumns([
  ['shop_id', 'int'],
  ['entity_type', 'text'],
  ['entity_id', 'int'],
  ['entity_ids', 'int[]'],
  ['kind', 'text'],
  ['source', 'text'],
  ['actor', 'text'],
  ['from_state', 'text'],
  ['to_state', 'text'],
  ['data', 'jsonb'],
]);
const insertSql = (document: string) => `with appended as (
    insert into app.journal (${COLUMNS.map((c) => c.name).join(', ')})
    select ${bulkValues(COLUMNS)} from ${jsonRowSource(COLUMNS, document)}
    returning seq
  )
  select pg_notify('${JOURNAL_CHANNEL}', max(seq)::text) from appended`;

/**
 * Appends entries to the caller's transaction and notifies listeners; PostgreSQL delivers the NOTIFY
 * only if the transaction commits, so subscribers never see a change that was rolled back.
 *
 * The rows are written as the transaction commits, under a transaction-level lock, so journal rows
 * commit in `seq` order: once `seq` N is visible, nothing below N will appear later. They go in the
 * same message as the COMMIT (`atCommit`), so the lock is never held across a round trip to this
 * process. The transaction must be one `withTransaction` opened.
 */
export async function appendJournal(tx: Tx, entries: JournalInput[]): Promise<void> {
  if (!entries.length) return;
  const rows = entries.map((e) => {
    const values = [e.shopId, e.entityType, e.entityId, e.entityIds ?? null, e.kind, e.source, e.actor ?? null, e.from ?? null, e.to ?? null, e.data ?? null];
    return Object.fromEntries(COLUMNS.map((c, i) => [c.key, jsonRowValue(c.type, values[i])]));
  });
  atCommit(tx, `select pg_advisory_xact_lock(${JOURNAL_LOCK});\n${insertSql(tx.escapeLiteral(JSON.stringify(rows)))}`);
}
