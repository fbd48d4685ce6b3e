/**
 * npm run bench:sync — backfills 100k orders (about 250k units) from the TikTok emulator with its
 * 50-QPS limit on, and prints:
 *  - wall time against the API floor (pages ÷ 50 QPS per shop);
 *  - the write path (our upserts) against a raw COPY of the same rows into the hub's emptied tables,
 *    streamed from the hub like the upserts (and, for reference, into look-alike tables without foreign
 *    keys, and read by the server from files);
 *  - lost and duplicated orders against the emulator's truth, and what a second run changes.
 * BENCH_ORDERS shrinks it.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import { from as copyFrom } from 'pg-copy-streams';
import { singleHostTikTokApp } from '../src/hub.js';
import { withTransaction } from '../src/db/pool.js';
import { completeConnect, startConnect } from '../src/shops/shop-connection.js';
import { backfillShop, MAX_PAGES_PER_WRITE } from '../src/sync/backfill.js';
import { loadShop } from '../src/sync/shop-ref.js';
import { ORDER_COLS, serializeOrder, upsertOrders } from '../src/sync/order-upsert.js';
import { orderFromWire, type OrderRecord } from '../src/sync/wire-order.js';
import { benchDatabase } from './bench-hub.js';
import { startEmulatorThread } from './emulator-thread.js';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);

console.log(`generating a ${ORDERS}-order world in the emulator…`);
// TikTok's servers do not run on the hub's CPU: the emulator serves from a thread of its own and, like the
// sandbox, serializes its orders once before listening.
const emu = await startEmulatorThread({ port: 0, seed: 42, orders: ORDERS, historyDays: 80, qpsLimit: 50, prewarm: true });
const db = await benchDatabase();
const hub = await db.hub(singleHostTikTokApp(emu));
try {
  // Every seller of the world authorizes the app, so all its shops (and orders) are backfilled.
  const connected = { shopIds: [] as number[] };
  for (const seller of new Set(emu.shops.map((s) => s.sellerOpenId))) {
    const { state } = await startConnect(hub, null, null);
    const result = await completeConnect(hub, await emu.authorize(seller), state);
    if (!('shopIds' in result)) throw new Error(result.message);
    connected.shopIds.push(...result.shopIds);
  }

  // 1. The backfill, as the worker runs it, all shops at once (TikTok limits each shop separately).
  let started = performance.now();
  await Promise.all(connected.shopIds.map((id) => backfillShop(hub, id)));
  const wall = (performance.now() - started) / 1000;
  const perShop = await hub.pool.query('select shop_id, backfill_done, backfill_total from app.shop_sync order by shop_id');
  const floor = Math.max(...perShop.rows.map((r) => Math.ceil(Number(r.backfill_total ?? 0) / 100) / 50));

  // 2. Truth check: every order once, at TikTok's latest update_time.
  const connectedTiktokIds = (await hub.pool.query('select tiktok_shop_id from app.shop')).rows.map((r) => r.tiktok_shop_id as string);
  const truth = new Map(await emu.updateTimes(connectedTiktokIds));
  const { rows } = await hub.pool.query(`select tiktok_order_id, extract(epoch from tiktok_updated_at)::bigint as t from app.order`);
  const held = new Map(rows.map((r) => [r.tiktok_order_id as string, Number(r.t)]));
  const lost = [...truth.keys()].filter((id) => !held.has(id)).length;
  const duplicated = rows.length - held.size;
  const stale = [...truth].filter(([id, t]) => held.has(id) && held.get(id)! !== t).length;
  const units = (await hub.pool.query('select count(*)::int as n from app.order_line')).rows[0].n;

  // 3. A second backfill over the same window rewrites nothing TikTok did not change meanwhile. The
  // emulator's clock runs, and some changes come without a new update_time (an address is masked 30
  // days after completion): a write counts as TikTok's when a stored column other than the hub's own
  // bookkeeping changed.
  await hub.pool.query('drop table if exists public.bench_first_run; create unlogged table public.bench_first_run as select * from app.order');
  await hub.pool.query(`update app.shop_sync set backfill_status = 'NOT_STARTED', backfill_windows = null`);
  await Promise.all(connected.shopIds.map((id) => backfillShop(hub, id)));
  const { rows: secondRun } = await hub.pool.query<{ id: string; columns: string[] | null }>(
    `select n.tiktok_order_id as id,
       -- An order the first run did not have is the second run's doing (and the first one's loss).
       case when f.id is not null then array(select e.key from jsonb_each(to_jsonb(n)) e
         where e.key not in ('version', 'updated_at', 'tiktok_digest') and e.value is distinct from to_jsonb(f) -> e.key) end as columns
     from app.order n left join public.bench_first_run f using (id)
     where f.id is null or n.version <> f.version`,
  );
  await hub.pool.query('drop table public.bench_first_run');
  const secondRunChanges = secondRun.filter((r) => !r.columns?.length).length;
  const platformChanges = new Map<string, number>();
  for (const column of secondRun.flatMap((r) => r.columns ?? [])) platformChanges.set(column, (platformChanges.get(column) ?? 0) + 1);

  // 4. Write path: the same pages through our upsert, and through COPY, each into empty tables.
  const pages: { shopId: number; records: OrderRecord[] }[] = [];
  await emu.setQpsLimit(0);
  for (const shopId of connected.shopIds) {
    const shop = await loadShop(hub.pool, shopId);
    for await (const page of hub.tiktok.orders.searchPages(shop!, {}, { page_size: 100 })) pages.push({ shopId, records: (page.orders ?? []).map(orderFromWire) });
  }
  // In writes as large as the backfill makes when the database is behind (the case this measures).
  const writes: typeof pages = [];
  for (const page of pages) {
    const last = writes.at(-1);
    if (last && last.shopId === page.shopId && last.records.length < MAX_PAGES_PER_WRITE * 100) last.records.push(...page.records);
    else writes.push({ shopId: page.shopId, records: [...page.records] });
  }
  // Each measured twice, alternating; the better time of each counts (the machine's noise is one-sided).
  let upsertSeconds = Infinity;
  const copy = { hubTables: Infinity, lookAlike: Infinity, fromFiles: Infinity };
  for (let round = 0; round < 2; round++) {
    await hub.pool.query('truncate app.order_line, app.package, app.order, app.journal restart identity cascade');
    started = performance.now();
    for (const write of writes) await withTransaction(hub.pool, (tx) => upsertOrders(tx, write.shopId, write.records, 'BACKFILL'));
    upsertSeconds = Math.min(upsertSeconds, (performance.now() - started) / 1000);
    const times = await copyBaselines(pages);
    for (const key of ['hubTables', 'lookAlike', 'fromFiles'] as const) copy[key] = Math.min(copy[key], times[key]);
  }

  const f = (n: number) => n.toFixed(2);
  console.log(`\n${held.size} orders backfilled, ${units} units, ${connected.shopIds.length} shops, 50 QPS per shop`);
  console.log(`backfill wall time      ${f(wall)} s   API floor ${f(floor)} s   ratio ${f(wall / floor)}×  (goal ≤ 2×)`);
  console.log(`write path (upserts)    ${f(upsertSeconds)} s   raw COPY ${f(copy.hubTables)} s   ratio ${f(upsertSeconds / copy.hubTables)}×  (goal ≤ 2×)`);
  console.log(
    `                        (COPY streamed from the hub into its own emptied tables, foreign keys included; for reference, into look-alike` +
      ` tables without foreign keys: ${f(copy.lookAlike)} s, ratio ${f(upsertSeconds / copy.lookAlike)}×; and from files already on the server:` +
      ` ${f(copy.fromFiles)} s, ratio ${f(upsertSeconds / copy.fromFiles)}×)`,
  );
  console.log(
    `lost ${lost}   duplicated ${duplicated}   stale ${stale}   rewritten by a second run ${secondRunChanges}  (goal 0 / 0 / 0 / 0)` +
      `   (orders TikTok itself changed in between, picked up: ${secondRun.length - secondRunChanges}${platformChanges.size ? `, columns ${[...platformChanges].map(([c, n]) => `${c} ×${n}`).join(', ')}` : ''})`,
  );
} finally {
  await emu.stop();
  await db.stop(hub);
}

/**
 * COPY of the same orders, lines (with their package) and packages: the fastest PostgreSQL takes these
 * rows. Measured three ways:
 *  - into the hub's own tables, emptied, with every index, check and foreign key the upserts meet; the
 *    hub formats the rows as CSV and streams them (COPY FROM STDIN) inside the timing, as the upserts
 *    format and send theirs. This is the baseline;
 *  - the same into look-alike tables (`like … including all`: same columns, indexes and checks, but no
 *    foreign keys, which `like` cannot copy), for reference;
 *  - into the look-alike tables from CSV files the server reads itself (an embedded PostgreSQL is
 *    local), which leaves formatting and transfer out, for reference.
 */
async function copyBaselines(pages: { shopId: number; records: OrderRecord[] }[]): Promise<{ hubTables: number; lookAlike: number; fromFiles: number }> {
  const records = pages.flatMap((p) => p.records.map((r) => ({ ...r, shopId: p.shopId })));
  const digests = records.map((r) => serializeOrder(r).digest);
  const csv = (v: unknown) => (v === null || v === undefined ? '' : `"${(v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v)).replaceAll('"', '""')}"`);
  // Ids are given, as the upserts' would be, so the lines can name their order and package.
  const packageIds = new Map<string, number>();
  for (const r of records) for (const p of r.packages) if (!packageIds.has(p.tiktokPackageId)) packageIds.set(p.tiktokPackageId, packageIds.size + 1);
  // Every column our upsert writes, so both paths store the same data; in foreign-key order.
  const now = new Date();
  const seen = new Set<string>();
  const tables = [
    {
      name: 'order',
      columns: ['id', 'shop_id', ...ORDER_COLS.map(([, c]) => c), 'tiktok_digest', 'version', 'created_at', 'updated_at'],
      rows: function* () {
        for (const [i, r] of records.entries()) yield [i + 1, r.shopId, ...ORDER_COLS.map(([k]) => r[k]), digests[i], 1, now, now].map(csv).join(',');
      },
    },
    {
      name: 'package',
      columns: ['id', 'shop_id', 'tiktok_package_id', 'status', 'shipping_type', 'tracking_number', 'tiktok_shipping_provider_id', 'shipping_provider_name',
        'shipped_at', 'sync_status', 'version', 'created_at', 'updated_at'],
      rows: function* () {
        seen.clear();
        for (const r of records) {
          for (const p of r.packages) {
            if (seen.has(p.tiktokPackageId)) continue;
            seen.add(p.tiktokPackageId);
            yield [packageIds.get(p.tiktokPackageId), r.shopId, p.tiktokPackageId, p.status, r.shippingType, p.trackingNumber, p.shippingProviderId,
              p.shippingProviderName, p.shippedAt, 'SYNCED', 1, now, now].map(csv).join(',');
          }
        }
      },
    },
    {
      name: 'order_line',
      columns: ['order_id', 'position', 'tiktok_line_item_id', 'sku_id', 'product_id', 'seller_sku', 'product_name', 'sku_name', 'sku_image', 'currency',
        'original_price', 'sale_price', 'seller_discount', 'platform_discount', 'display_status', 'is_gift', 'gift_retail_price', 'bundle_components', 'taxes',
        'is_dangerous_good', 'cancel_reason', 'cancel_user', 'package_id'],
      rows: function* () {
        for (const [i, r] of records.entries()) {
          for (const l of r.lines) {
            yield [i + 1, l.position, l.tiktokLineItemId, l.skuId, l.productId, l.sellerSku, l.productName, l.skuName, l.skuImage, l.currency, l.originalPrice,
              l.salePrice, l.sellerDiscount, l.platformDiscount, l.displayStatus, l.isGift, l.giftRetailPrice, l.bundleComponents, l.taxes, l.isDangerousGood,
              l.cancelReason, l.cancelUser, l.tiktokPackageId ? packageIds.get(l.tiktokPackageId) : null].map(csv).join(',');
          }
        }
      },
    },
  ];
  const emptyHubTables = () => hub.pool.query('truncate app.order_line, app.package, app.order, app.journal restart identity cascade');
  const emptyLookAlikes = () =>
    hub.pool.query(`drop schema if exists copy_bench cascade; create schema copy_bench;
      ${tables.map((t) => `create table copy_bench.${t.name} (like app.${t.name} including all);`).join('\n')}`);
  const copySql = (table: string, t: (typeof tables)[number], source: string) => `copy ${table} (${t.columns.join(', ')}) from ${source} with (format csv)`;
  const streamed = async (schema: string) => {
    const client = await hub.pool.connect();
    const started = performance.now();
    try {
      for (const t of tables) {
        const chunks = function* () {
          let chunk = '';
          for (const row of t.rows()) {
            chunk += row + '\n';
            if (chunk.length > 1 << 16) {
              yield chunk;
              chunk = '';
            }
          }
          if (chunk) yield chunk;
        };
        await pipeline(Readable.from(chunks()), client.query(copyFrom(copySql(`${schema}."${t.name}"`, t, 'stdin'))));
      }
    } finally {
      client.release();
    }
    return (performance.now() - started) / 1000;
  };

  await emptyHubTables();
  const hubTables = await streamed('app');
  await emptyLookAlikes();
  const lookAlike = await streamed('copy_bench');

  await emptyLookAlikes();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'consign-copy-'));
  await chmod(dir, 0o755);
  for (const t of tables) {
    await writeFile(path.join(dir, `${t.name}.csv`), [...t.rows()].join('\n'));
    await chmod(path.join(dir, `${t.name}.csv`), 0o644);
  }
  const started = performance.now();
  for (const t of tables) await hub.pool.query(copySql(`copy_bench."${t.name}"`, t, `'${path.join(dir, `${t.name}.csv`)}'`));
  const fromFiles = (performance.now() - started) / 1000;
  await hub.pool.query('drop schema copy_bench cascade');
  await rm(dir, { recursive: true, force: true });
  return { hubTables, lookAlike, fromFiles };
}
