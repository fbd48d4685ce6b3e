/**
 * The API process (HTTP + WebSocket + console + webhook intake) for deployments that run API and
 * workers apart (docker-compose.yml). Needs DATABASE_URL and TikTok app credentials.
 */
import { createApp } from './app.js';
import { openMigratedOrm, secretKey } from './bootstrap.js';
import { loadConfigOrExit } from './config.js';
import { closeHub, createHub, tiktokAppFromConfig } from './hub.js';
import { createQueues } from './jobs/queue.js';
import { jobRegistry } from './jobs/registry.js';
import { createLogger } from './platform/logger.js';
import { onShutdown } from './platform/shutdown.js';
import { createSchema } from './schema.js';

const config = loadConfigOrExit({ databaseFor: 'the API process (npm start runs an embedded one)', tiktokFor: 'the API process (npm start runs the sandbox)' });
const log = createLogger(config.LOG_LEVEL, 'consign-api');
const orm = await openMigratedOrm(config.DATABASE_URL!);
const hub = createHub({ config, log, orm, databaseUrl: config.DATABASE_URL!, secretKey: await secretKey(config, log), tiktokApp: tiktokAppFromConfig(config)! });
// The API only enqueues (webhooks, connections); the worker process runs the jobs.
await hub.boss.start();
await createQueues(hub.boss, jobRegistry(hub));
const app = await createApp({ hub, schema: await createSchema() });
onShutdown(log, [
  ['api', () => app.close()],
  ['queue', () => hub.boss.stop({ graceful: true, timeout: 5_000 })],
  ['database', () => closeHub(hub).then(() => orm.close())],
]);
log.info({ url: await app.listen(config.PORT, config.HOST) }, 'API listening');
