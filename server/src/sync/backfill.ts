import { withTransaction } from '../db/pool.js';
import type { Hub } from '../hub.js';
import { appendJournal } from '../journal/journal.js';
import { writeOrders } from './order-upsert.js';
import { loadShop } from './shop-ref.js';

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
 * The look-back is walked as this many create_time windows at once. Each TikTok page needs the
 * previous page's token, so one walk goes no faster than one round trip per page (about 60 ms on a busy
 * hub here, 200 ms and more to TikTok's servers), well below the 50 pages a second TikTok allows.
 */
export const BACKFILL_WINDOWS = 4;

/** One create_time window of a backfill and where its walk stands. */
export interface BackfillWindow {
  /** create_time_ge, create_time_lt (Unix seconds). */
  from: number;
  until: number;
  /** TikTok's page token of the window's next page (null: its first page, or done). */
  token: string | null;
  done: boolean;
  /** TikTok's total_count for the window, once its first page has arrived. */
  total: number | null;
}

/**
 * Imports a shop's orders created in the look-back window, walking its windows at once. Writes may
 * commit out of order, so a window's page token (with the progress count) is saved only once every
 * page of that window before it has committed: a worker killed mid-way is replaced by one that
 * continues each window from there, nothing is lost, and a page written twice is a no-op (upserts
 * compare update_time and digest).
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
       backfill_windows = case when app.shop_sync.backfill_status = 'RUNNING' then app.shop_sync.backfill_windows end,
       backfill_done = case when app.shop_sync.backfill_status = 'RUNNING' then app.shop_sync.backfill_done else 0 end
     returning backfill_since, backfill_until, backfill_windows`,
    [shopDbId, lookback],
  );
  let windows: BackfillWindow[] | null = rows[0].backfill_windows;
  if (!windows) {
    windows = splitWindow(Math.floor(rows[0].backfill_since.getTime() / 1000), Math.floor(rows[0].backfill_until.getTime() / 1000), BACKFILL_WINDOWS);
    await hub.pool.query('update app.shop_sync set backfill_windows = $2 where shop_id = $1', [shopDbId, JSON.stringify(windows)]);
  }

  const writing = new Set<Promise<void>>();
  let failure: unknown = null;
  const walk = async (index: number, window: BackfillWindow) => {
    const fetchPage = (pageToken: string | null) =>
      hub.tiktok.orders.searchWith(
        shop,
        { create_time_ge: window.from, create_time_lt: window.until },
        { page_size: 100, sort_field: 'create_time', sort_order: 'ASC', ...(pageToken ? { page_token: pageToken } : {}) },
        hub.orderPages.read,
      );
    const progress = new ProgressLog(hub, shopDbId, index);
    for await (const pages of readAhead(window.token, fetchPage, READ_AHEAD, MAX_PAGES_PER_WRITE)) {
      while (writing.size >= WRITERS && !failure) await Promise.race(writing);
      if (failure) break;
      const orders = pages.flatMap((p) => p.orders);
      const last = pages.at(-1)!;
      const step = progress.expect(last.next_page_token || null, orders.length, pages[0]!.total_count ?? null);
      const write = withTransaction(hub.pool, (tx) => writeOrders(tx, shopDbId, orders, 'BACKFILL'))
        .then(() => progress.committed(step))
        .catch((e) => void (failure ??= e))
        .finally(() => writing.delete(write));
      writing.add(write);
    }
  };
  await Promise.all(windows.map((w, i) => (w.done ? null : walk(i, w).catch((e) => void (failure ??= e)))));
  await Promise.all(writing);
  if (failure) throw failure;
}

/** Equal create_time windows covering [from, until). */
function splitWindow(from: number, until: number, parts: number): BackfillWindow[] {
  const width = Math.ceil((until - from) / parts);
  return Array.from({ length: parts }, (_, i) => ({
    from: from + i * width,
    until: i === parts - 1 ? until : from + (i + 1) * width,
    token: null,
    done: false,
    total: null,
  }));
}

interface Step {
  next: string | null;
  count: number;
  total: number | null;
  committed: boolean;
}

/**
 * The saved position of one window: after each write commits, the steps committed without a gap since
 * the last save advance the window's page token and the shop's count together, with a journal entry
 * for watchers. The backfill is DONE when its last window is.
 */
class ProgressLog {
  private readonly steps: Step[] = [];
  private saving: Promise<void> = Promise.resolve();
  private total: number | null = null;

  constructor(
    private readonly hub: Hub,
    private readonly shopDbId: number,
    private readonly window: number,
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
      this.total ??= reached.total;
    }
    if (!reached) return this.saving;
    const { next } = reached;
    const window = { token: next, done: next === null, total: this.total };
    // Saves are chained, so the token only moves forward; the windows' saves may run at once.
    this.saving = this.saving.then(() =>
      withTransaction(this.hub.pool, async (tx) => {
        // Every expression reads the row as the previous save left it (an UPDATE re-reads a row it waited for).
        const windows = `jsonb_set(backfill_windows, array[$2::text], (backfill_windows -> $2::int) || $4::jsonb)`;
        const { rows } = await tx.query<{ backfill_status: string; backfill_total: number | null }>(
          `update app.shop_sync set
             backfill_windows = ${windows},
             backfill_done = backfill_done + $3,
             backfill_total = (select sum((e ->> 'total')::int) from jsonb_array_elements(${windows}) e),
             backfill_status = case when (select bool_and((e ->> 'done')::boolean) from jsonb_array_elements(${windows}) e) then 'DONE' else 'RUNNING' end
           where shop_id = $1
           returning backfill_status, backfill_total`,
          [this.shopDbId, this.window, count, JSON.stringify(window)],
        );
        const { backfill_status: status, backfill_total: total } = rows[0]!;
        await appendJournal(tx, [
          {
            shopId: this.shopDbId,
            entityType: 'Shop',
            entityId: this.shopDbId,
            kind: status === 'DONE' ? 'BACKFILL_DONE' : 'BACKFILL_PROGRESS',
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
