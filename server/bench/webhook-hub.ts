/** bench:webhooks' hub: API, webhook intake and workers in one process, as `npm start` runs them. */
import { createApp } from '../src/app.js';
import { openMigratedOrm } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { createHub, tiktokAppFromConfig } from '../src/hub.js';
import { startWorkers } from '../src/jobs/queue.js';
import { jobRegistry } from '../src/jobs/registry.js';
import { createLogger } from '../src/platform/logger.js';
import { createSchema } from '../src/schema.js';

const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
const orm = await openMigratedOrm(config.DATABASE_URL!);
const log = createLogger('warn');
const hub = createHub({ config, log, orm, databaseUrl: config.DATABASE_URL!, secretKey: config.CONSIGN_SECRET_KEY!, tiktokApp: tiktokAppFromConfig(config)! });
await hub.boss.start();
await startWorkers(hub.boss, jobRegistry(hub), log);
const app = await createApp({ hub, schema: await createSchema() });
const url = await app.listen(0, '127.0.0.1');
process.send?.({ port: Number(new URL(url).port) });
