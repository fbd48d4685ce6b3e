/**
 * `npm start`: the whole hub in one process for a single machine: database (embedded unless
 * DATABASE_URL is set), migrations, the API with the console, and the background workers. Without
 * TikTok credentials it also starts the TikTok Shop sandbox and connects its shop, so orders flow in.
 */
import { createApp } from '../app.js';
import { ensureAdmin, openDatabase, openMigratedOrm, secretKey } from '../bootstrap.js';
import { loadConfigOrExit } from '../config.js';
import { closeHub, createHub, singleHostTikTokApp, tiktokAppFromConfig, type TikTokApp } from '../hub.js';
import { startWorkers } from '../jobs/queue.js';
import { jobRegistry } from '../jobs/registry.js';
import { createLogger } from '../platform/logger.js';
import { onShutdown } from '../platform/shutdown.js';
import { createSchema } from '../schema.js';
import { CONNECT_CALLBACK_PATH } from '../shops/connect-callback.route.js';
import { showBackfillProgress } from './backfill-progress.js';
import { completeConnect, startConnect } from '../shops/shop-connection.js';
import { WEBHOOK_PATH } from '../sync/webhook-intake.js';

const config = loadConfigOrExit();
const log = createLogger(config.LOG_LEVEL);
const db = await openDatabase(config, log);
const orm = await openMigratedOrm(db.url);
const hubUrl = config.CONSIGN_PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`;
const sandbox = config.sandbox ? await startSandbox() : null;
const tiktokApp: TikTokApp = sandbox?.app ?? tiktokAppFromConfig(config)!;
const hub = createHub({ config, log, orm, databaseUrl: db.url, secretKey: await secretKey(config, log), tiktokApp });
const app = await createApp({ hub, schema: await createSchema() });

onShutdown(log, [
  ['sandbox', async () => sandbox?.stop()],
  ['workers', () => hub.boss.stop({ graceful: true, timeout: 10_000 })],
  ['api', () => app.close()],
  ['database', async () => {
    await closeHub(hub);
    await orm.close();
    await db.stop();
  }],
]);

const admin = await ensureAdmin(orm, config);
await hub.boss.start();
await startWorkers(hub.boss, jobRegistry(hub), log);
const url = await app.listen(config.PORT, config.HOST);
if (sandbox) await connectSandboxShop();

log.info({ url, sandbox: Boolean(sandbox), embeddedDatabase: db.embedded }, 'Consign is running');
console.log(`\n  Consign is running at ${url}  (GraphQL: ${url}/graphql)`);
if (sandbox) console.log(`  TikTok Shop sandbox at ${sandbox.url} (orders arrive through the same sync a real shop uses)`);
if (admin) {
  console.log(`  First start: sign in as administrator with  ${admin.email}${admin.password ? `  /  ${admin.password}` : ' and CONSIGN_ADMIN_PASSWORD'}`);
  if (admin.password) console.log('  (this password is shown once; change it by creating a new admin user)');
}
console.log('  Stop with Ctrl+C.\n');
await showBackfillProgress(hub);

/** The emulator from fixtures/, loaded only here and only without real credentials. */
async function startSandbox() {
  const { startTikTokEmulator } = (await import(
    new URL('../../../fixtures/tiktok-shop/index.js', import.meta.url).href
  )) as typeof import('../../../fixtures/tiktok-shop/index.js');
  const emu = await startTikTokEmulator({
    seed: 1,
    orders: config.SANDBOX_ORDERS,
    redirectUrl: hubUrl + CONNECT_CALLBACK_PATH,
    webhookUrl: hubUrl + WEBHOOK_PATH,
    life: true,
  });
  return { app: { ...singleHostTikTokApp(emu), sandbox: true }, url: emu.url, controls: emu.controls, stop: emu.stop };
}

/** As a seller would: consent in the sandbox, then the same callback a real shop goes through. */
async function connectSandboxShop() {
  const { rows } = await hub.pool.query(`select count(*)::int as n from app.shop where status = 'CONNECTED'`);
  if (rows[0].n) return;
  const { state } = await startConnect(hub, null, null);
  const result = await completeConnect(hub, sandbox!.controls.authorize(), state);
  log.info(result, 'connected the sandbox shop');
}
