/**
 * Writes schema/schema.graphql from the code (no database needed). With `--check`, fails instead when
 * the committed file differs, so a stale contract cannot land.
 */
import { readFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSchema } from '../src/schema.js';

const committed = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../schema/schema.graphql');
const check = process.argv.includes('--check');
const target = check ? path.join(await mkdtemp(path.join(os.tmpdir(), 'consign-schema-')), 'schema.graphql') : committed;
await createSchema(target);
if (check) {
  const [fresh, current] = await Promise.all([readFile(target, 'utf8'), readFile(committed, 'utf8').catch(() => '')]);
  if (fresh !== current) {
    console.error('schema/schema.graphql is stale: run `npm run schema:emit` and commit the result.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date');
} else {
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
