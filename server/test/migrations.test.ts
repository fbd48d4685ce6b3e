import { afterAll, beforeAll, expect, test } from 'vitest';
import { APP_SCHEMA, migrate, openOrm } from '../src/db/orm.js';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase } from './harness.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let orm: MikroORM;

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await openOrm({ databaseUrl: db.url });
  await migrate(orm);
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

test('the committed migrations produce exactly the schema the entities describe', async () => {
  const diff = await orm.schema.getUpdateSchemaSQL({ schema: APP_SCHEMA, wrap: false });
  // A non-empty diff means an entity changed without `npm run migration:create`.
  expect(diff.trim()).toBe('');
});

test('migrating again is a no-op', async () => {
  await migrate(orm);
  expect(await orm.migrator.getPending()).toEqual([]);
});
