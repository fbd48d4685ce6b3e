import { fileURLToPath } from 'node:url';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities.js';

/** The app's tables live in this schema; pg-boss keeps its own (`pgboss`). */
export const APP_SCHEMA = 'app';

/** Compiled (.js) migrations under dist/, TypeScript sources under vitest: the folder next to this module. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations', import.meta.url));

export interface OrmOptions {
  databaseUrl: string;
  poolMax?: number;
  debug?: boolean;
  onQuery?: (sql: string) => void;
  migrationsDir?: string;
}

export function ormConfig(opts: OrmOptions): Options {
  return defineConfig({
    clientUrl: opts.databaseUrl,
    schema: APP_SCHEMA,
    entities,
    extensions: [Migrator],
    pool: { min: 0, max: opts.poolMax ?? 10 },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: opts.onQuery ? ['query'] : false,
    logger: opts.onQuery ?? (() => undefined),
    migrations: {
      path: opts.migrationsDir ?? MIGRATIONS_DIR,
      pathTs: opts.migrationsDir ?? MIGRATIONS_DIR,
      glob: '!(*.d).{js,ts}',
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: true,
      // Only `migration:create` maintains the snapshot; running migrations (tests, deployments) leaves it alone.
      snapshotOnMigrate: false,
      snapshotName: '.snapshot',
      silent: true,
    },
  });
}

export async function openOrm(opts: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(opts));
}

/** Brings the database to the latest committed migration. */
export async function migrate(orm: MikroORM): Promise<void> {
  await orm.em.getConnection().execute(`create schema if not exists "${APP_SCHEMA}"`);
  await orm.migrator.up();
}
