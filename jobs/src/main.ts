/** The worker process: every queue in the registry, with its schedule. Scale by running more of it. */
import { openMigratedOrm } from '../../server/src/bootstrap.js';
import { loadConfigOrExit } from '../../server/src/config.js';
import { createBoss, startWorkers } from '../../server/src/jobs/queue.js';
import { jobRegistry } from '../../server/src/jobs/registry.js';
import { createLogger } from '../../server/src/platform/logger.js';
import { onShutdown } from '../../server/src/platform/shutdown.js';

const config = loadConfigOrExit({ databaseFor: 'the worker process' });
const log = createLogger(config.LOG_LEVEL, 'consign-jobs');
const orm = await openMigratedOrm(config.DATABASE_URL!);
const boss = createBoss(config.DATABASE_URL!);
boss.on('error', (err) => log.error({ err }, 'queue error'));
onShutdown(log, [
  ['workers', () => boss.stop({ graceful: true, timeout: 30_000 })],
  ['orm', () => orm.close()],
]);
await boss.start();
await startWorkers(boss, jobRegistry(orm), log);
log.info('workers running');
