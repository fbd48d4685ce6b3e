/**
 * Global ids look like `gid://consign/Order/42`: stable, opaque to clients by contract, readable in logs.
 */
const PREFIX = 'gid://consign/';

export function toGlobalId(type: string, id: number | string): string {
  return `${PREFIX}${type}/${id}`;
}

export function fromGlobalId(gid: string): { type: string; id: number } | null {
  if (!gid.startsWith(PREFIX)) return null;
  const [type, raw, ...rest] = gid.slice(PREFIX.length).split('/');
  if (!type || !raw || rest.length || !/^[1-9]\d{0,14}$/.test(raw)) return null;
  return { type, id: Number(raw) };
}

/** The numeric id of a global id of the given type, or null when it names something else. */
export function idOf(gid: string, type: string): number | null {
  const parsed = fromGlobalId(gid);
  return parsed && parsed.type === type ? parsed.id : null;
}
