/**
 * Writes a migration for whatever the entities changed since the last one:
 * `npm run migration:create`. Runs against a throw-away embedded PostgreSQL.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openOrm, migrate } from '../src/db/orm.js';
import { startEmbeddedPostgres } from '../src/platform/embedded-postgres.js';

const sourceDir = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../server/src/migrations');
const db = await startEmbeddedPostgres({ dataDir: path.join(await mkdtemp(path.join(os.tmpdir(), 'consign-mig-')), 'pg'), persistent: false });
try {
  const orm = await openOrm({ databaseUrl: db.url, migrationsDir: sourceDir });
  await migrate(orm);
  const result = await orm.migrator.create(sourceDir, false, false);
  console.log(result.fileName ? `wrote ${result.fileName}` : 'entities and migrations agree: nothing to write');
  await orm.close();
} finally {
  await db.stop();
}
