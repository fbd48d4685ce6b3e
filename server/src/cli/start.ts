/**
 * `npm start`: the whole hub in one process for a single machine: database (embedded unless
 * DATABASE_URL is set), migrations, the API with the console, and the background workers. Without
 * TikTok credentials it fills an empty database with the demo data set, so there is something to see.
 */
import pg from 'pg';
import { createApp } from '../app.js';
import { ensureAdmin, openDatabase, openMigratedOrm } from '../bootstrap.js';
import { loadConfigOrExit } from '../config.js';
import { createBoss, startWorkers } from '../jobs/queue.js';
import { jobRegistry } from '../jobs/registry.js';
import { createLogger } from '../platform/logger.js';
import { onShutdown } from '../platform/shutdown.js';
import { createSchema } from '../schema.js';

const config = loadConfigOrExit();
const log = createLogger(config.LOG_LEVEL);
const db = await openDatabase(config, log);
const orm = await openMigratedOrm(db.url);
const boss = createBoss(db.url);
boss.on('error', (err) => log.error({ err }, 'queue error'));

onShutdown(log, [
  ['workers', () => boss.stop({ graceful: true, timeout: 10_000 })],
  ['api', () => app.close()],
  ['orm', () => orm.close()],
  ['database', () => db.stop()],
]);

const admin = await ensureAdmin(orm, config);
if (config.sandbox) await seedDemoDataIfEmpty(db.url);

const app = await createApp({ config, orm, schema: await createSchema(), log });
const url = await app.listen(config.PORT, config.HOST);
await boss.start();
await startWorkers(boss, jobRegistry(orm), log);

log.info({ url, sandbox: config.sandbox, embeddedDatabase: db.embedded }, 'Consign is running');
console.log(`\n  Consign is running at ${url}  (GraphQL: ${url}/graphql)`);
if (admin) {
  console.log(`  First start: sign in as administrator with  ${admin.email}${admin.password ? `  /  ${admin.password}` : ' and CONSIGN_ADMIN_PASSWORD'}`);
  if (admin.password) console.log('  (this password is shown once; change it by creating a new admin user)');
}
console.log('  Stop with Ctrl+C.\n');

async function seedDemoDataIfEmpty(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const { rows } = await pool.query('select exists (select 1 from app.order) as has');
    if (rows[0].has) return;
    // Demo data lives with the other fixtures; loaded only in sandbox mode, never in production.
    const { seedHub } = (await import(new URL('../../../fixtures/demo/seed-hub.js', import.meta.url).href)) as typeof import('../../../fixtures/demo/seed-hub.js');
    const result = await seedHub(pool, { orders: config.SANDBOX_ORDERS });
    log.info(result, 'seeded demo data');
  } finally {
    await pool.end();
  }
}
