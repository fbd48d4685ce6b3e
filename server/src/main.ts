/**
 * The API process (HTTP + WebSocket + console) for deployments that run API and workers apart
 * (docker-compose.yml). Needs DATABASE_URL; migrations run here, before serving.
 */
import { createApp } from './app.js';
import { openMigratedOrm } from './bootstrap.js';
import { loadConfigOrExit } from './config.js';
import { createLogger } from './platform/logger.js';
import { onShutdown } from './platform/shutdown.js';
import { createSchema } from './schema.js';

const config = loadConfigOrExit({ databaseFor: 'the API process (npm start runs an embedded one)' });
const log = createLogger(config.LOG_LEVEL, 'consign-api');
const orm = await openMigratedOrm(config.DATABASE_URL!);
const app = await createApp({ config, orm, schema: await createSchema(), log });
onShutdown(log, [
  ['api', () => app.close()],
  ['orm', () => orm.close()],
]);
log.info({ url: await app.listen(config.PORT, config.HOST) }, 'API listening');
