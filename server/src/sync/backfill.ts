import { withTransaction } from '../db/pool.js';
import type { Hub } from '../hub.js';
import { appendJournal } from '../journal/journal.js';
import { upsertOrders } from './order-upsert.js';
import { loadShop } from './shop-ref.js';
import { orderFromWire } from './wire-order.js';

/** How many pages the fetches may run ahead of the pages being written. */
const READ_AHEAD = 10;
/**
 * The most pages written in one transaction. A write costs a fixed part per statement, so when the
 * database falls behind TikTok the pages that have arrived meanwhile go together (ten pages in one write
 * took a third less time than ten single writes, measured); when it keeps up, each page goes alone, at
 * once. A write of ten pages holds its orders' row locks for about a tenth of a second.
 */
export const MAX_PAGES_PER_WRITE = 10;
/**
 * Writes in flight per shop. One writer left the second core idle once the smaller shops were done (a
 * shop with 70 % of the orders took twice as long as the others together, measured).
 */
const WRITERS = 2;

/**
 * Imports a shop's orders created in the look-back window. Writes may commit out of order, so the page
 * token (with the progress count) is saved only once every page before it has committed: a worker
 * killed mid-way is replaced by one that continues from there, nothing is lost, and a page written
 * twice is a no-op (upserts compare update_time and digest).
 */
export async function backfillShop(hub: Hub, shopDbId: number): Promise<void> {
  const shop = await loadShop(hub.pool, shopDbId);
  if (!shop?.connected) return;
  const lookback = hub.config.SYNC_LOOKBACK_DAYS * 86_400_000;
  const { rows } = await hub.pool.query(
    `insert into app.shop_sync (shop_id, backfill_status, backfill_since, backfill_until, backfill_done)
     values ($1, 'RUNNING', now() - make_interval(secs => $2::double precision / 1000), now(), 0)
     on conflict (shop_id) do update set
       backfill_status = 'RUNNING',
       backfill_since = case when app.shop_sync.backfill_status = 'RUNNING' then app.shop_sync.backfill_since else excluded.backfill_since end,
       backfill_until = case when app.shop_sync.backfill_status = 'RUNNING' then app.shop_sync.backfill_until else excluded.backfill_until end,
       backfill_page_token = case when app.shop_sync.backfill_status = 'RUNNING' then app.shop_sync.backfill_page_token else null end,
       backfill_done = case when app.shop_sync.backfill_status = 'RUNNING' then app.shop_sync.backfill_done else 0 end
     returning backfill_since, backfill_until, backfill_page_token`,
    [shopDbId, lookback],
  );
  const state = rows[0];
  const window = {
    create_time_ge: Math.floor(state.backfill_since.getTime() / 1000),
    create_time_lt: Math.floor(state.backfill_until.getTime() / 1000),
  };
  const fetchPage = (pageToken: string | null) =>
    hub.tiktok.orders.search(shop, window, {
      page_size: 100,
      sort_field: 'create_time',
      sort_order: 'ASC',
      ...(pageToken ? { page_token: pageToken } : {}),
    });
  const progress = new ProgressLog(hub, shopDbId);
  const writing = new Set<Promise<void>>();
  let failure: unknown = null;
  for await (const pages of readAhead(state.backfill_page_token, fetchPage, READ_AHEAD, MAX_PAGES_PER_WRITE)) {
    while (writing.size >= WRITERS && !failure) await Promise.race(writing);
    if (failure) break;
    const records = pages.flatMap((p) => (p.orders ?? []).map(orderFromWire));
    const last = pages.at(-1)!;
    const step = progress.expect(last.next_page_token || null, records.length, last.total_count ?? null);
    const write = withTransaction(hub.pool, (tx) => upsertOrders(tx, shopDbId, records, 'BACKFILL'))
      .then(() => progress.committed(step))
      .catch((e) => void (failure ??= e))
      .finally(() => writing.delete(write));
    writing.add(write);
  }
  await Promise.all(writing);
  if (failure) throw failure;
}

interface Step {
  next: string | null;
  count: number;
  total: number | null;
  committed: boolean;
}

/**
 * The saved position of a backfill: after each write commits, the steps committed without a gap since
 * the last save advance the page token and the count together, with a journal entry for watchers.
 */
class ProgressLog {
  private readonly steps: Step[] = [];
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly hub: Hub,
    private readonly shopDbId: number,
  ) {}

  expect(next: string | null, count: number, total: number | null): Step {
    const step = { next, count, total, committed: false };
    this.steps.push(step);
    return step;
  }

  committed(step: Step): Promise<void> {
    step.committed = true;
    let count = 0;
    let reached: Step | null = null;
    while (this.steps[0]?.committed) {
      reached = this.steps.shift()!;
      count += reached.count;
    }
    if (!reached) return this.saving;
    const { next, total } = reached;
    // Saves are chained, so the token only moves forward.
    this.saving = this.saving.then(() =>
      withTransaction(this.hub.pool, async (tx) => {
        await tx.query(
          `update app.shop_sync set backfill_page_token = $2, backfill_done = backfill_done + $3, backfill_total = $4,
             backfill_status = $5 where shop_id = $1`,
          [this.shopDbId, next, count, total, next ? 'RUNNING' : 'DONE'],
        );
        await appendJournal(tx, [
          {
            shopId: this.shopDbId,
            entityType: 'Shop',
            entityId: this.shopDbId,
            kind: next ? 'BACKFILL_PROGRESS' : 'BACKFILL_DONE',
            source: 'BACKFILL',
            data: { total },
          },
        ]);
      }),
    );
    return this.saving;
  }
}

/**
 * Pages fetched ahead of their writing: TikTok, not the database, sets the pace, and a slow write does
 * not idle the API budget. Each fetch needs the previous page's token, so the fetches form a chain that
 * runs up to `depth` pages ahead of the writer. The writer receives, in order, every page that has
 * arrived (at least one, at most `most`), and saves the last one's token with them, so resuming works
 * as before.
 */
async function* readAhead<P extends { next_page_token?: string | null }>(
  firstToken: string | null,
  fetchPage: (token: string | null) => Promise<P>,
  depth: number,
  most: number,
): AsyncGenerator<P[]> {
  let stopped = false;
  type Slot = { page: Promise<P | null>; arrived: boolean };
  const slot = (page: Promise<P | null>): Slot => {
    const s: Slot = { page, arrived: false };
    // Failures surface when the writer reaches that page; none goes unhandled meanwhile.
    page.then(() => (s.arrived = true)).catch(() => undefined);
    return s;
  };
  let tail = slot(fetchPage(firstToken));
  const buffered: Slot[] = [tail];
  const extend = () => {
    tail = slot(tail.page.then((page) => (!stopped && page?.next_page_token ? fetchPage(page.next_page_token) : null)));
    buffered.push(tail);
  };
  try {
    for (;;) {
      while (buffered.length < depth) extend();
      const next = await buffered.shift()!.page;
      if (!next) return;
      const pages = [next];
      while (pages.length < most && buffered[0]?.arrived) {
        const page = await buffered.shift()!.page;
        if (!page) break;
        pages.push(page);
      }
      yield pages;
    }
  } finally {
    stopped = true;
  }
}
