import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { migrate, openOrm } from './db/orm.js';
import { startEmbeddedPostgres } from './platform/embedded-postgres.js';
import type { Logger } from './platform/logger.js';
import { hashPassword } from './platform/passwords.js';
import { User } from './users/user.entity.js';

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** `DATABASE_URL` when set; otherwise an embedded PostgreSQL whose data survives restarts. */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  const dataDir = path.resolve(config.CONSIGN_DATA_DIR, 'postgres');
  log.info({ dataDir }, 'starting embedded PostgreSQL (set DATABASE_URL to use your own server)');
  const db = await startEmbeddedPostgres({ dataDir, persistent: true, log: (line) => log.debug({ postgres: line }) });
  return { url: db.url, embedded: true, stop: db.stop };
}

export async function openMigratedOrm(url: string): Promise<MikroORM> {
  const orm = await openOrm({ databaseUrl: url });
  await migrate(orm);
  return orm;
}

/** The key that seals TikTok tokens at rest. In development it is created once and kept in the data folder. */
export async function secretKey(config: Config, log: Logger): Promise<string> {
  if (config.CONSIGN_SECRET_KEY) return config.CONSIGN_SECRET_KEY;
  const file = path.resolve(config.CONSIGN_DATA_DIR, 'secret.key');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    await mkdir(path.dirname(file), { recursive: true });
    const key = randomBytes(32).toString('hex');
    await writeFile(file, key + '\n', { mode: 0o600 });
    log.warn({ file }, 'generated a development secret key; set CONSIGN_SECRET_KEY in production');
    return key;
  }
}

/** On an empty user table, creates the first administrator (from env, or with a generated password it prints once). */
export async function ensureAdmin(orm: MikroORM, config: Config): Promise<{ email: string; password?: string } | null> {
  const em = orm.em.fork();
  if (await em.count(User, {})) return null;
  const email = config.CONSIGN_ADMIN_EMAIL ?? 'admin@consign.local';
  const generated = config.CONSIGN_ADMIN_PASSWORD ? undefined : randomBytes(12).toString('base64url');
  em.create(User, { email, name: 'Administrator', role: 'ADMIN', passwordHash: await hashPassword(config.CONSIGN_ADMIN_PASSWORD ?? generated!) });
  await em.flush();
  return { email, password: generated };
}
