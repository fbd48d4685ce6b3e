import pg from 'pg';
import type { Pool } from '../db/pool.js';
import type { Logger } from '../platform/logger.js';
import { JOURNAL_CHANNEL } from './journal.js';

export interface JournalRow {
  seq: number;
  at: Date;
  shopId: number | null;
  entityType: string;
  entityId: number;
  entityIds: number[] | null;
  kind: string;
  source: string;
  actor: string | null;
  fromState: string | null;
  toState: string | null;
  data: Record<string, unknown> | null;
}

const PAGE = 500;

/**
 * Streams journal entries to subscribers of this server process. One LISTEN connection per process
 * only says "something new"; each subscriber reads the rows after its own cursor from the table, so
 * a slow or reconnecting subscriber replays exactly what it missed (`afterSeq`), whichever server
 * instance wrote the change. Journal commits are ordered (see appendJournal), so cursors never skip.
 */
export class JournalStream {
  private listener: pg.Client | undefined;
  private wake = new Set<() => void>();
  private stopped = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly pool: Pool,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client(this.databaseUrl);
    client.on('notification', () => this.wakeAll());
    client.on('error', (err) => {
      this.log.warn({ err }, 'journal listener lost; reconnecting');
      this.listener = undefined;
      if (!this.stopped) setTimeout(() => void this.start().catch(() => undefined), 1000).unref();
    });
    await client.connect();
    await client.query(`listen ${JOURNAL_CHANNEL}`);
    this.listener = client;
    // Whatever was committed while we were not listening is found by the subscribers' own reads.
    this.wakeAll();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeAll();
    await this.listener?.end().catch(() => undefined);
  }

  async latestSeq(): Promise<number> {
    const { rows } = await this.pool.query('select coalesce(max(seq), 0) as seq from app.journal');
    return Number(rows[0].seq);
  }

  /** Entries after `afterSeq` (or from now on when absent) matching the filter, until the consumer stops. */
  async *subscribe(opts: { afterSeq?: number | null; entityType?: string; shopId?: number | null }): AsyncGenerator<JournalRow> {
    let cursor = opts.afterSeq ?? (await this.latestSeq());
    let pending: Promise<void> | undefined;
    let signal = () => undefined as void;
    const arm = () => (pending = new Promise<void>((resolve) => (signal = resolve)));
    const wakeMe = () => signal();
    this.wake.add(wakeMe);
    try {
      while (!this.stopped) {
        arm();
        const rows = await this.read(cursor, opts);
        for (const row of rows) {
          cursor = row.seq;
          yield row;
        }
        if (rows.length < PAGE) await pending;
      }
    } finally {
      this.wake.delete(wakeMe);
    }
  }

  private async read(after: number, opts: { entityType?: string; shopId?: number | null }): Promise<JournalRow[]> {
    const { rows } = await this.pool.query(
      `select seq, at, shop_id, entity_type, entity_id, entity_ids, kind, source, actor, from_state, to_state, data from app.journal
       where seq > $1 and ($2::text is null or entity_type = $2) and ($3::int is null or shop_id = $3)
       order by seq limit ${PAGE}`,
      [after, opts.entityType ?? null, opts.shopId ?? null],
    );
    return rows.map((r) => ({
      seq: Number(r.seq),
      at: r.at,
      shopId: r.shop_id,
      entityType: r.entity_type,
      entityId: r.entity_id,
      entityIds: r.entity_ids,
      kind: r.kind,
      source: r.source,
      actor: r.actor,
      fromState: r.from_state,
      toState: r.to_state,
      data: r.data,
    }));
  }

  private wakeAll() {
    for (const wake of this.wake) wake();
  }
}
