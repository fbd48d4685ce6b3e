/** Query values as callers give them; lists become one comma-joined value (API.md §1). */
export type QueryValue = string | number | boolean | readonly string[] | undefined | null;
export type QueryInput = Readonly<Record<string, QueryValue>>;

/** Decoded query the server will see; empty values are dropped because their signing is unclear (API.md §2). */
export function normalizeQuery(input: QueryInput): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (text !== '') out[key] = text;
  }
  return out;
}

/** Percent-encodes every value: page tokens carry `+`, `/` and `=`. */
export function encodeQuery(query: Readonly<Record<string, string>>): string {
  return Object.entries(query)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}
