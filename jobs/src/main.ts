/** The worker process: every queue in the registry, with its schedule. Scale by running more of it. */
import { openMigratedOrm, secretKey } from '../../server/src/bootstrap.js';
import { loadConfigOrExit } from '../../server/src/config.js';
import { closeHub, createHub, tiktokAppFromConfig } from '../../server/src/hub.js';
import { startWorkers } from '../../server/src/jobs/queue.js';
import { jobRegistry } from '../../server/src/jobs/registry.js';
import { createLogger } from '../../server/src/platform/logger.js';
import { onShutdown } from '../../server/src/platform/shutdown.js';

const config = loadConfigOrExit({ databaseFor: 'the worker process', tiktokFor: 'the worker process' });
const log = createLogger(config.LOG_LEVEL, 'consign-jobs');
const orm = await openMigratedOrm(config.DATABASE_URL!);
const hub = createHub({ config, log, orm, databaseUrl: config.DATABASE_URL!, secretKey: await secretKey(config, log), tiktokApp: tiktokAppFromConfig(config)! });
onShutdown(log, [
  ['workers', () => hub.boss.stop({ graceful: true, timeout: 30_000 })],
  ['database', () => closeHub(hub).then(() => orm.close())],
]);
await hub.boss.start();
await startWorkers(hub.boss, jobRegistry(hub), log);
log.info('workers running');
