import type { Tx } from '../db/pool.js';
import type { JournalSource } from './journal.entity.js';

/** The channel every server LISTENs on; the payload is only the newest sequence number. */
export const JOURNAL_CHANNEL = 'consign_journal';
/** Arbitrary, fixed key of the advisory lock that orders journal commits. */
const JOURNAL_LOCK = 7_220_001;

export interface JournalInput {
  shopId: number | null;
  entityType: string;
  entityId: number;
  kind: string;
  source: JournalSource;
  actor?: string | null;
  from?: string | null;
  to?: string | null;
  data?: Record<string, unknown> | null;
}

/**
 * Appends entries inside the caller's transaction and notifies listeners; PostgreSQL delivers the
 * NOTIFY only if the transaction commits, so subscribers never see a change that was rolled back.
 *
 * Call it last in the transaction: it takes a transaction-level lock so journal rows commit in `seq`
 * order. Readers can then trust that once `seq` N is visible, nothing below N will appear later.
 */
export async function appendJournal(tx: Tx, entries: JournalInput[]): Promise<void> {
  if (!entries.length) return;
  await tx.query(`select pg_advisory_xact_lock(${JOURNAL_LOCK})`);
  await tx.query(
    `with appended as (
       insert into app.journal (shop_id, entity_type, entity_id, kind, source, actor, from_state, to_state, data)
       select * from unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[])
       returning seq
     )
     select pg_notify('${JOURNAL_CHANNEL}', max(seq)::text) from appended`,
    [
      entries.map((e) => e.shopId),
      entries.map((e) => e.entityType),
      entries.map((e) => e.entityId),
      entries.map((e) => e.kind),
      entries.map((e) => e.source),
      entries.map((e) => e.actor ?? null),
      entries.map((e) => e.from ?? null),
      entries.map((e) => e.to ?? null),
      entries.map((e) => (e.data ? JSON.stringify(e.data) : null)),
    ],
  );
}
