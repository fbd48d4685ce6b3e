import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { migrate, openOrm } from '../src/db/orm.js';
import { createLogger } from '../src/platform/logger.js';
import { hashPassword } from '../src/platform/passwords.js';
import { createSchema } from '../src/schema.js';
import { closeHub, createHub, OFFLINE_TIKTOK_APP, type Hub, type TikTokApp } from '../src/hub.js';
import { startWorkers } from '../src/jobs/queue.js';
import { jobRegistry } from '../src/jobs/registry.js';
import type { Role } from '../src/users/user.entity.js';

/** A database of its own for one test file, on the suite's PostgreSQL server. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = inject('adminDatabaseUrl');
  const name = `consign_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client(admin);
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client(admin);
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: string[] }[];
}

export interface TestHub {
  url: string;
  hub: Hub;
  databaseUrl: string;
  orm: MikroORM;
  pool: pg.Pool;
  config: Config;
  /** Number of SQL statements the hub has sent, for statement-count assertions. */
  statements(): number;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  /** Creates a user with the role and returns a session token for it. */
  signIn(role: Role, email?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestHubOptions {
  env?: Record<string, string>;
  /** The TikTok app the hub talks to (e.g. an emulator's); by default none is reachable. */
  tiktokApp?: TikTokApp;
  /** Run the background workers in-process (sync jobs, webhooks). */
  workers?: boolean;
}

export async function startTestHub(opts: TestHubOptions = {}): Promise<TestHub> {
  const db = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: db.url, ...opts.env });
  let statements = 0;
  const orm = await openOrm({ databaseUrl: db.url, onQuery: () => void (statements += 1) });
  await migrate(orm);
  const schema = await createSchema();
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const hub = createHub({ config, log, orm, databaseUrl: db.url, secretKey: 'cd'.repeat(32), tiktokApp: opts.tiktokApp ?? OFFLINE_TIKTOK_APP });
  await hub.boss.start();
  if (opts.workers) await startWorkers(hub.boss, jobRegistry(hub), log);
  const app: App = await createApp({ hub, schema });
  const url = await app.listen(0, '127.0.0.1');
  const pool = new pg.Pool({ connectionString: db.url, max: 4 });

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  };

  return {
    url,
    hub,
    databaseUrl: db.url,
    orm,
    pool,
    config,
    statements: () => statements,
    gql,
    async signIn(role, email = `${role.toLowerCase()}-${randomBytes(3).toString('hex')}@example.com`) {
      const password = 'correct horse battery staple';
      await pool.query(`insert into app.user (email, name, role, password_hash, created_at) values ($1, $2, $3, $4, now())`, [
        email,
        `Test ${role}`,
        role,
        await hashPassword(password),
      ]);
      const res = await gql<{ login: { token: string } }>(
        `mutation($input: LoginInput!) { login(input: $input) { token userErrors { code } } }`,
        { input: { email, password } },
      );
      return res.data!.login.token;
    },
    async close() {
      await app.close();
      await hub.boss.stop({ graceful: false, close: true });
      await closeHub(hub);
      await pool.end();
      await orm.close();
      await db.drop();
    },
  };
}
