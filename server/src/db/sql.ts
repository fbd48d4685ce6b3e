/**
 * A small builder for hand-written read queries: conditions are added with `?` placeholders and their
 * values, and MikroORM's connection binds them (`em.execute`). Used on hot list paths where entity
 * hydration would cost more than the query itself.
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
