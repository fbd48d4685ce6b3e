import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { migrate, openOrm } from '../src/db/orm.js';
import { closeHub, createHub, type Hub, type TikTokApp } from '../src/hub.js';
import { startEmbeddedPostgres } from '../src/platform/embedded-postgres.js';
import { createLogger } from '../src/platform/logger.js';
import { createQueues } from '../src/jobs/queue.js';
import { jobRegistry } from '../src/jobs/registry.js';

/** Seals the benchmark shops' tokens; a child process serving the same database needs the same key. */
export const BENCH_SECRET_KEY = 'ef'.repeat(32);

/** A migrated database (embedded unless DATABASE_URL is set) and a hub on it, for benchmarks. */
export async function benchDatabase() {
  const external = process.env.DATABASE_URL;
  const dir = external ? '' : path.join(await mkdtemp(path.join(os.tmpdir(), 'consign-bench-')), 'pg');
  const db = external ? { url: external, stop: async () => undefined } : await startEmbeddedPostgres({ dataDir: dir, persistent: false });
  const orm = await openOrm({ databaseUrl: db.url });
  await migrate(orm);
  return {
    url: db.url,
    orm,
    dataDir: dir,
    /** A hub whose queue accepts jobs (connecting a shop enqueues its backfill); no workers run. */
    async hub(tiktokApp: TikTokApp): Promise<Hub> {
      const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, LOG_LEVEL: 'warn' });
      const hub = createHub({ config, log: createLogger('warn'), orm, databaseUrl: db.url, secretKey: BENCH_SECRET_KEY, tiktokApp });
      await hub.boss.start();
      await createQueues(hub.boss, jobRegistry(hub));
      return hub;
    },
    async stop(hub?: Hub) {
      if (hub) {
        await hub.boss.stop({ graceful: false, close: true });
        await closeHub(hub);
      }
      await orm.close();
      await db.stop();
    },
  };
}


export const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
