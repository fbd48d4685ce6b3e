import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { PostgresRateLimiter, RATE_LIMIT_DDL } from './postgres-rate-limiter.js';
import { maxInAnyWindow } from './test/windows.js';

const adminUrl = inject('adminDatabaseUrl');
const database = `tiktok_rl_${randomBytes(6).toString('hex')}`;
const databaseUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
})();

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(adminUrl);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const pools: pg.Pool[] = [];
function workerPool(): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  // The database is dropped at the end while closing connections may still be finishing.
  pool.on('error', () => undefined);
  pools.push(pool);
  return pool;
}

beforeAll(async () => {
  await admin((c) => c.query(`create database ${database}`));
  const setup = new pg.Client(databaseUrl);
  await setup.connect();
  await setup.query(RATE_LIMIT_DDL);
  // Applying it twice must be harmless: migrations may be re-run.
  await setup.query(RATE_LIMIT_DDL);
  await setup.end();
});

afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await admin((c) => c.query(`drop database if exists ${database} with (force)`));
});

describe('PostgresRateLimiter', () => {
  test('two processes together never exceed the limit in any 1-second window', async () => {
    const limit = 10;
    // Two pools stand for two worker processes: the database is all they share.
    const workers = [new PostgresRateLimiter(workerPool(), { limit }), new PostgresRateLimiter(workerPool(), { limit })];
    const key = 'app-key:7494049642642441621';
    const started = performance.now();
    const times = (
      await Promise.all(
        workers.map((limiter) => Promise.all(Array.from({ length: 18 }, () => limiter.acquire(key).then(() => performance.now())))),
      )
    ).flat();
    expect(times).toHaveLength(36);
    expect(maxInAnyWindow(times, 1_000)).toBeLessThanOrEqual(limit);
    // 36 grants at 10 per window need more than three windows; far less would mean no limiting.
    expect(performance.now() - started).toBeGreaterThan(3_000);
  });

  test('another shop has its own budget', async () => {
    const limiter = new PostgresRateLimiter(workerPool(), { limit: 3, windowMs: 60_000 });
    const started = performance.now();
    await Promise.all([0, 1, 2].map(() => limiter.acquire('app-key:shop-a')));
    await Promise.all([0, 1, 2].map(() => limiter.acquire('app-key:shop-b')));
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test('keeps exactly `limit` rows per key', async () => {
    const pool = workerPool();
    const limiter = new PostgresRateLimiter(pool, { limit: 4, windowMs: 10 });
    for (let i = 0; i < 12; i++) await limiter.acquire('app-key:shop-c');
    const { rows } = await pool.query(`select count(*)::int as n from app.tiktok_rate_limit where key = 'app-key:shop-c'`);
    expect(rows[0].n).toBe(4);
  });
});
