/** The hub's API process as bench:api runs it: real stack, logs at warn so stdout is not the bottleneck. */
import { createApp } from '../src/app.js';
import { openMigratedOrm } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/platform/logger.js';
import { createSchema } from '../src/schema.js';
import { createHub, OFFLINE_TIKTOK_APP } from '../src/hub.js';

const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', CONSIGN_SECRET_KEY: 'ab'.repeat(32) });
const orm = await openMigratedOrm(config.DATABASE_URL!);
const log = createLogger('warn');
const hub = createHub({ config, log, orm, databaseUrl: config.DATABASE_URL!, secretKey: config.CONSIGN_SECRET_KEY!, tiktokApp: OFFLINE_TIKTOK_APP });
const app = await createApp({ hub, schema: await createSchema() });
const url = await app.listen(0, '127.0.0.1');
process.send?.({ port: Number(new URL(url).port) });
