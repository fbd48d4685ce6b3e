import type { Pool } from './pool.js';

/**
 * A small builder for hand-written read queries: conditions are added with `?` placeholders and their
 * values, numbered (`$1`, `$2`, …) when run. Used on hot list paths, where plain pg with bound
 * parameters costs a fraction of entity hydration.
 */
export class Sql {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];

  add(fragment: string, ...params: unknown[]): this {
    const placeholders = fragment.split('?').length - 1;
    if (placeholders !== params.length) throw new Error(`SQL fragment has ${placeholders} placeholders for ${params.length} values`);
    this.parts.push(fragment);
    this.params.push(...params);
    return this;
  }

  append(other: Sql): this {
    this.parts.push(...other.parts);
    this.params.push(...other.params);
    return this;
  }

  get text(): string {
    return this.parts.join(' ');
  }
}

/** `?, ?, ?` for a list of values, to use with `in (…)`. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** Escapes LIKE wildcards so user text matches literally. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Runs a query written with `?` placeholders (none inside literals) and returns its rows. */
export async function select<R extends Record<string, any> = Record<string, any>>(db: Pool, text: string, params: readonly unknown[]): Promise<R[]> {
  let n = 0;
  const numbered = text.replace(/\?/g, () => `$${++n}`);
  return (await db.query<R>(numbered, params as unknown[])).rows;
}
