/**
 * npm run bench:api — seeds 100k orders (about 2.5 units each, with packages), then loads
 * `orders(first: 50) { lines packages }` at 32 connections for 20 s against the hub and against a bare
 * graphql-js + pg baseline serving the same data, in the same run, and prints both.
 * BENCH_ORDERS and BENCH_SECONDS shrink it for a quick look.
 */
import { fork } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { seedHub } from '../../fixtures/demo/seed-hub.js';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { migrate, openOrm } from '../src/db/orm.js';
import { startEmbeddedPostgres } from '../src/platform/embedded-postgres.js';
import { createLogger } from '../src/platform/logger.js';
import { hashToken, newToken } from '../src/platform/tokens.js';
import { createSchema } from '../src/schema.js';
import { closeHub, createHub, OFFLINE_TIKTOK_APP } from '../src/hub.js';
import { runLoad, type LoadResult } from './load.js';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = 32;
const here = path.dirname(fileURLToPath(import.meta.url));

const QUERY = `query Bench($first: Int) { orders(first: $first) { nodes { id tiktokOrderId status createdAt total { amount currency }
  lines { id sellerSku productName salePrice { amount currency } isGift } packages { id status trackingNumber } } } }`;
const body = JSON.stringify({ query: QUERY, variables: { first: 50 } });

const external = process.env.DATABASE_URL;
const db = external
  ? { url: external, stop: async () => undefined }
  : await startEmbeddedPostgres({ dataDir: path.join(await mkdtemp(path.join(os.tmpdir(), 'consign-bench-')), 'pg'), persistent: false });
try {
  const setup = await openOrm({ databaseUrl: db.url });
  await migrate(setup);
  await setup.close();
  const pool = new pg.Pool({ connectionString: db.url, max: 4 });
  const seeded = Date.now();
  const seed = await seedHub(pool, {
    orders: ORDERS,
    batch: 5000,
    onProgress: (n) => process.stdout.write(`\rseeding ${n}/${ORDERS} orders`),
  });
  await pool.query('vacuum analyze');
  console.log(`\nseeded ${ORDERS} orders, ${seed.lines} units (${(seed.lines / ORDERS).toFixed(2)}/order), ${seed.packages} packages in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);

  const token = newToken('api');
  await pool.query(`insert into app.api_token (name, kind, token_hash, token_prefix, created_at) values ('bench', 'SHIPPING_TOOL', $1, 'bench', now())`, [
    hashToken(token),
  ]);
  await pool.end();

  const statements = await statementsPerRequest(db.url, token);
  const baseline = await measure('baseline-server.js', db.url, {});
  const hub = await measure('hub-server.js', db.url, { authorization: `Bearer ${token}` });

  const row = (name: string, r: LoadResult, sql: string) =>
    `${name.padEnd(30)} ${r.rps.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${sql.padStart(10)} ${String(r.errors).padStart(7)}`;
  console.log(`\norders(first: 50) { lines packages }, ${CONNECTIONS} connections, ${SECONDS} s each, ${ORDERS} orders`);
  console.log(`${'server'.padEnd(30)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'SQL/req'.padStart(10)} ${'errors'.padStart(7)}`);
  console.log(row('bare graphql-js + pg (baseline)', baseline, '3'));
  console.log(row('Consign hub', hub, String(statements)));
  console.log(`\nhub / baseline throughput: ${((hub.rps / baseline.rps) * 100).toFixed(0)} %  (goal ≥ 70 %; goal ≥ 800 req/s, p99 < 80 ms)`);
} finally {
  await db.stop();
}

/** Runs one server in its own process (so the load generator does not share its event loop) and loads it. */
async function measure(script: string, databaseUrl: string, headers: Record<string, string>): Promise<LoadResult> {
    // NODE_ENV=production as deployed: graphql-js then skips its development-only checks.
  const child = fork(path.join(here, script), { env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl }, stdio: 'inherit' });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once('message', (m: { port: number }) => resolve(m.port));
      child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    });
    const url = `http://127.0.0.1:${port}/graphql`;
    await runLoad({ url, body, headers, connections: CONNECTIONS, seconds: 2 });
    return await runLoad({ url, body, headers, connections: CONNECTIONS, seconds: SECONDS });
  } finally {
    child.kill('SIGKILL');
  }
}

/** Counts the statements one request sends, with an in-process hub whose ORM reports each query. */
async function statementsPerRequest(databaseUrl: string, token: string): Promise<number> {
  let count = 0;
  const orm = await openOrm({ databaseUrl, onQuery: () => void (count += 1) });
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl });
  const hub = createHub({ config, log: createLogger('silent'), orm, databaseUrl, secretKey: 'ab'.repeat(32), tiktokApp: OFFLINE_TIKTOK_APP });
  const poolQuery = hub.pool.query.bind(hub.pool) as (...args: unknown[]) => unknown;
  hub.pool.query = ((...args: unknown[]) => {
    count += 1;
    return poolQuery(...args);
  }) as typeof hub.pool.query;
  const app = await createApp({ hub, schema: await createSchema() });
  const url = await app.listen(0, '127.0.0.1');
  const send = () => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  await send();
  count = 0;
  for (let i = 0; i < 10; i++) await send();
  await app.close();
  await closeHub(hub);
  await orm.close();
  return count / 10;
}
