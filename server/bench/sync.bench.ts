/**
 * npm run bench:sync — backfills 100k orders (about 250k units) from the TikTok emulator with its
 * 50-QPS limit on, and prints:
 *  - wall time against the API floor (pages ÷ 50 QPS per shop);
 *  - the write path (our upserts) against a raw COPY of the same rows into empty tables;
 *  - lost and duplicated orders against the emulator's truth, and what a second run changes.
 * BENCH_ORDERS shrinks it.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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
  await hub.pool.query(`update app.shop_sync set backfill_status = 'NOT_STARTED', backfill_page_token = null`);
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
  await hub.pool.query('truncate app.order_line, app.package, app.order, app.journal restart identity cascade');
  // In writes as large as the backfill makes when the database is behind (the case this measures).
  const writes: typeof pages = [];
  for (const page of pages) {
    const last = writes.at(-1);
    if (last && last.shopId === page.shopId && last.records.length < MAX_PAGES_PER_WRITE * 100) last.records.push(...page.records);
    else writes.push({ shopId: page.shopId, records: [...page.records] });
  }
  started = performance.now();
  for (const write of writes) await withTransaction(hub.pool, (tx) => upsertOrders(tx, write.shopId, write.records, 'BACKFILL'));
  const upsertSeconds = (performance.now() - started) / 1000;
  const copySeconds = await copyBaseline(pages);

  const f = (n: number) => n.toFixed(2);
  console.log(`\n${held.size} orders backfilled, ${units} units, ${connected.shopIds.length} shops, 50 QPS per shop`);
  console.log(`backfill wall time      ${f(wall)} s   API floor ${f(floor)} s   ratio ${f(wall / floor)}×  (goal ≤ 2×)`);
  console.log(`write path (upserts)    ${f(upsertSeconds)} s   raw COPY ${f(copySeconds)} s   ratio ${f(upsertSeconds / copySeconds)}×  (goal ≤ 2×)`);
  console.log(
    `lost ${lost}   duplicated ${duplicated}   stale ${stale}   rewritten by a second run ${secondRunChanges}  (goal 0 / 0 / 0 / 0)` +
      `   (orders TikTok itself changed in between, picked up: ${secondRun.length - secondRunChanges}${platformChanges.size ? `, columns ${[...platformChanges].map(([c, n]) => `${c} ×${n}`).join(', ')}` : ''})`,
  );
} finally {
  await emu.stop();
  await db.stop(hub);
}

/**
 * COPY of the same orders, lines and packages into empty look-alike tables: the fastest PostgreSQL
 * can take these rows. The files go where the server can read them (an embedded PostgreSQL is local).
 */
async function copyBaseline(pages: { shopId: number; records: OrderRecord[] }[]): Promise<number> {
  const records = pages.flatMap((p) => p.records.map((r) => ({ ...r, shopId: p.shopId })));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'consign-copy-'));
  await chmod(dir, 0o755);
  const csv = (v: unknown) => (v === null || v === undefined ? '' : `"${(v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v)).replaceAll('"', '""')}"`);
  // Every column our upsert writes, so both paths store the same data.
  const orderCols = ['shop_id', ...ORDER_COLS.map(([, c]) => c), 'tiktok_digest', 'version', 'created_at', 'updated_at'];
  const now = new Date();
  const orders = records.map((r) => [r.shopId, ...ORDER_COLS.map(([k]) => r[k]), serializeOrder(r).digest, 1, now, now].map(csv).join(','));
  const lineCols = ['order_id', 'position', 'tiktok_line_item_id', 'sku_id', 'product_id', 'seller_sku', 'product_name', 'sku_name', 'sku_image', 'currency',
    'original_price', 'sale_price', 'seller_discount', 'platform_discount', 'display_status', 'is_gift', 'gift_retail_price', 'bundle_components', 'taxes',
    'is_dangerous_good', 'cancel_reason', 'cancel_user'];
  const lines = records.flatMap((r, i) =>
    r.lines.map((l) =>
      [i + 1, l.position, l.tiktokLineItemId, l.skuId, l.productId, l.sellerSku, l.productName, l.skuName, l.skuImage, l.currency, l.originalPrice,
        l.salePrice, l.sellerDiscount, l.platformDiscount, l.displayStatus, l.isGift, l.giftRetailPrice, l.bundleComponents, l.taxes, l.isDangerousGood,
        l.cancelReason, l.cancelUser].map(csv).join(','),
    ),
  );
  const packageCols = ['shop_id', 'tiktok_package_id', 'status', 'shipping_type', 'tracking_number', 'tiktok_shipping_provider_id', 'shipping_provider_name',
    'shipped_at', 'sync_status', 'version', 'created_at', 'updated_at'];
  const seen = new Set<string>();
  const packages = records.flatMap((r) =>
    r.packages.filter((p) => !seen.has(p.tiktokPackageId) && seen.add(p.tiktokPackageId)).map((p) =>
      [r.shopId, p.tiktokPackageId, p.status, r.shippingType, p.trackingNumber, p.shippingProviderId,
        p.shippingProviderName, p.shippedAt, 'SYNCED', 1, now, now].map(csv).join(','),
    ),
  );
  await writeFile(path.join(dir, 'orders.csv'), orders.join('\n'));
  await writeFile(path.join(dir, 'lines.csv'), lines.join('\n'));
  await writeFile(path.join(dir, 'packages.csv'), packages.join('\n'));
  await chmod(path.join(dir, 'orders.csv'), 0o644);
  await chmod(path.join(dir, 'lines.csv'), 0o644);
  await chmod(path.join(dir, 'packages.csv'), 0o644);
  await hub.pool.query(`drop schema if exists copy_bench cascade; create schema copy_bench;
    create table copy_bench.o (like app.order including all);
    create table copy_bench.l (like app.order_line including all);
    create table copy_bench.p (like app.package including all);`);
  const started = performance.now();
  await hub.pool.query(`copy copy_bench.o (${orderCols.join(', ')}) from '${path.join(dir, 'orders.csv')}' with (format csv)`);
  await hub.pool.query(`copy copy_bench.l (${lineCols.join(', ')}) from '${path.join(dir, 'lines.csv')}' with (format csv)`);
  await hub.pool.query(`copy copy_bench.p (${packageCols.join(', ')}) from '${path.join(dir, 'packages.csv')}' with (format csv)`);
  const seconds = (performance.now() - started) / 1000;
  await hub.pool.query('drop schema copy_bench cascade');
  await rm(dir, { recursive: true, force: true });
  return seconds;
}
