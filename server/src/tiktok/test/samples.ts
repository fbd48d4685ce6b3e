import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

/**
 * Directory of the shared TikTok wire samples (outside the repo), or undefined when this checkout has
 * none; tests then skip with a visible message instead of failing.
 */
export function samplesDir(...sub: string[]): string | undefined {
  const dir = path.resolve(repoRoot, '..', 'shared', 'tiktok-shop', 'samples', ...sub);
  if (existsSync(dir)) return dir;
  console.warn(`[tiktok] wire samples not found at ${dir}; sample tests are skipped`);
  return undefined;
}
