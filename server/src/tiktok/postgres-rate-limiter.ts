import type pg from 'pg';
import { DEFAULT_RATE_LIMIT, sleep, type RateLimitOptions, type RateLimiter } from './rate-limiter.js';

/**
 * One row per (key, slot): `limit` slots per key hold the last `limit` grant times. A slot whose time
 * is more than a window old may be reused, so no window ever holds more than `limit` grants, the
 * table stays at `limit` rows per key, and nothing needs pruning.
 */
export const RATE_LIMIT_DDL = `
create schema if not exists app;
create table if not exists app.tiktok_rate_limit (
  key        text        not null,
  slot       integer     not null,
  granted_at timestamptz not null,
  primary key (key, slot)
);
comment on table app.tiktok_rate_limit is
  'Sliding-window call budget per TikTok (app_key, shop_id), shared by all workers; see server/src/tiktok/postgres-rate-limiter.ts';
`;

/**
 * One statement, no explicit lock: two callers may pick the same oldest slot, but the update locks the
 * row and re-checks `r.granted_at` against the row as the first caller left it, so the second finds
 * it taken and is told to retry. A slot is granted only while it is more than a window old.
 */
const TAKE_OLDEST_SLOT = `
with now_ as materialized (select clock_timestamp() as t),
oldest as (
  select slot, granted_at from app.tiktok_rate_limit
  where key = $1 and slot < $2
  order by granted_at, slot
  limit 1
),
taken as (
  update app.tiktok_rate_limit r set granted_at = now_.t
  from oldest, now_
  where r.key = $1 and r.slot = oldest.slot
    and r.granted_at < now_.t - make_interval(secs => $3::double precision / 1000)
  returning r.slot
)
select exists (select 1 from taken) as granted,
       extract(epoch from (oldest.granted_at + make_interval(secs => $3::double precision / 1000) - now_.t)) * 1000 as wait_ms
from oldest, now_`;

const CREATE_SLOTS = `
insert into app.tiktok_rate_limit (key, slot, granted_at)
-- 'epoch', not '-infinity': PostgreSQL before 17 cannot subtract infinite timestamps.
select $1, slot, 'epoch' from generate_series(0, $2 - 1) as slot
on conflict do nothing`;

/**
 * Rate limiter shared by every process that uses the same database. Time comes from the database
 * clock, so the workers' own clocks do not matter.
 */
export class PostgresRateLimiter implements RateLimiter {
  private readonly limit: number;
  private readonly windowMs: number;

  constructor(
    private readonly pool: pg.Pool,
    options: RateLimitOptions = {},
  ) {
    this.limit = options.limit ?? DEFAULT_RATE_LIMIT.limit;
    this.windowMs = options.windowMs ?? DEFAULT_RATE_LIMIT.windowMs;
  }

  async acquire(key: string): Promise<void> {
    for (;;) {
      const waitMs = await this.tryTake(key);
      if (waitMs === 0) return;
      // A little jitter keeps waiting workers from all retrying in the same millisecond.
      await sleep(waitMs + Math.random() * 5);
    }
  }

  /** 0 when a slot was taken, else how long until the oldest slot frees up (1 ms when another caller won it). */
  private async tryTake(key: string): Promise<number> {
    let result = await this.pool.query<{ granted: boolean; wait_ms: number }>(TAKE_OLDEST_SLOT, [key, this.limit, this.windowMs]);
    if (result.rows.length === 0) {
      await this.pool.query(CREATE_SLOTS, [key, this.limit]);
      result = await this.pool.query(TAKE_OLDEST_SLOT, [key, this.limit, this.windowMs]);
    }
    const row = result.rows[0]!;
    return row.granted ? 0 : Math.max(1, Math.ceil(Number(row.wait_ms)));
  }
}
