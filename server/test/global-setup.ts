import { mkdtemp, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/platform/embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL to a PostgreSQL server; each test file creates its own database on it. */
    adminDatabaseUrl: string;
  }
}

let embedded: EmbeddedDatabase | undefined;

export async function setup(project: TestProject) {
  let url = process.env.DATABASE_URL;
  if (!url) {
    const base = await mkdtemp(path.join(os.tmpdir(), 'consign-test-'));
    await chmod(base, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(base, 'pg'), persistent: false });
    url = embedded.url;
  } else {
    console.log('[tests] using external PostgreSQL from DATABASE_URL');
  }
  project.provide('adminDatabaseUrl', url);
}

export async function teardown() {
  await embedded?.stop();
}
