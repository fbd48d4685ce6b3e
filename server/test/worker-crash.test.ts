import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTikTokEmulator, type TikTokEmulator } from '../../fixtures/tiktok-shop/index.js';
import { completeConnect, startConnect } from '../src/shops/shop-connection.js';
import { singleHostTikTokApp } from '../src/hub.js';
import { startTestHub, type TestHub } from './harness.js';
import { waitUntil } from './wait.js';

/** The worker as deployed: the compiled jobs/src/main.js, which `npm test` builds before the suite. */
const WORKER = fileURLToPath(new URL('../../dist/jobs/src/main.js', import.meta.url));
const NODE = process.execPath;

let emu: TikTokEmulator;
let hub: TestHub;
const workers: ChildProcess[] = [];

function startWorker(): ChildProcess {
  const child = spawn(NODE, [WORKER], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: hub.databaseUrl,
      CONSIGN_SECRET_KEY: 'cd'.repeat(32),
      TIKTOK_APP_KEY: emu.appKey,
      TIKTOK_APP_SECRET: emu.appSecret,
      TIKTOK_SERVICE_ID: emu.serviceId,
      TIKTOK_API_BASE_URL: emu.url,
      TIKTOK_AUTH_BASE_URL: emu.url,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  workers.push(child);
  return child;
}

async function backfill() {
  const { rows } = await hub.pool.query('select backfill_status, backfill_done from app.shop_sync');
  return rows[0] ?? { backfill_status: 'NOT_STARTED', backfill_done: 0 };
}

beforeAll(async () => {
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`npm run build:server\` (npm test does) before this suite`);
  // 3,000 orders at 10 calls a second: a backfill of about three seconds, long enough to interrupt.
  emu = await startTikTokEmulator({ port: 0, seed: 23, orders: 3000, qpsLimit: 10 });
  hub = await startTestHub({
    tiktokApp: singleHostTikTokApp(emu),
  });
});
afterAll(async () => {
  for (const w of workers) w.kill('SIGKILL');
  await hub?.close();
  await emu?.stop();
});

test('a worker killed (SIGKILL) mid-backfill is replaced by one that finishes with nothing lost or doubled, across a token expiry', { timeout: 120_000 }, async () => {
  const { state } = await startConnect(hub.hub, null, null);
  await completeConnect(hub.hub, emu.controls.authorize(), state);
  const first = startWorker();
  await waitUntil(hub.databaseUrl, 'the backfill is under way', async () => (await backfill()).backfill_done >= 500);
  first.kill('SIGKILL');
  const doneAtKill = (await backfill()).backfill_done;
  expect((await backfill()).backfill_status).toBe('RUNNING');

  // The token TikTok issued expires while no worker runs: the next one must renew it and carry on.
  const shop = emu.controls.defaultShop();
  const tokenBefore = (await hub.hub.tokens.get(shop.id))!.accessToken;
  for (const token of emu.services.state.accessTokens.values()) token.accessExpiresAt = emu.controls.now() - 1;

  startWorker();
  await waitUntil(hub.databaseUrl, 'the backfill is done', async () => (await backfill()).backfill_status === 'DONE', 100_000);
  const { rows } = await hub.pool.query('select tiktok_order_id from app.order');
  const truth = emu.controls.findOrders({ shopId: shop.id, limit: 1_000_000 }).map((o: any) => o.id);
  expect(rows.length).toBe(new Set(rows.map((r) => r.tiktok_order_id)).size);
  expect(new Set(rows.map((r) => r.tiktok_order_id))).toEqual(new Set(truth));
  expect(doneAtKill).toBeLessThan(truth.length);
  // Every order journaled as new exactly once (imported by the backfill, or created by a poll running
  // alongside), though a page was written twice around the kill.
  const created = await hub.pool.query(
    `select count(*)::int as n, count(distinct id)::int as distinct_n from (
       select unnest(entity_ids) as id from app.journal where kind = 'ORDERS_IMPORTED'
       union all
       select entity_id from app.journal where kind = 'ORDER_CREATED') c`,
  );
  expect(created.rows[0]).toEqual({ n: truth.length, distinct_n: truth.length });
  expect((await hub.hub.tokens.get(shop.id))!.accessToken).not.toBe(tokenBefore);
});
