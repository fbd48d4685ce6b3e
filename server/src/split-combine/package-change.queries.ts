import type { Pool } from '../db/pool.js';
import { keysetPage } from '../db/keyset-page.js';
import { placeholders, Sql } from '../db/sql.js';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../graphql/connection.js';
import { requireSignedIn, type Actor } from '../platform/actor.js';
import { BadRequestError } from '../platform/errors.js';
import { idOf } from '../platform/global-id.js';
import type { PackageChangeRow } from './change-record.js';
import { packageChangeFromRow, type PackageChangeView } from './package-change.mapper.js';
import type { PackageChangeFilter } from './package-change.types.js';

/** Staff see every change; a 3PL token sees none (changes span orders it may not see). */
function staffOnly(actor: Actor): boolean {
  return requireSignedIn(actor).kind === 'user';
}

export async function loadPackageChange(db: Pool, actor: Actor, id: number): Promise<PackageChangeView | null> {
  if (!staffOnly(actor)) return null;
  const { rows } = await db.query<PackageChangeRow>('select * from app.package_change where id = $1', [id]);
  return rows[0] ? packageChangeFromRow(rows[0]) : null;
}

/** Changes newest first. */
export async function searchPackageChanges(
  db: Pool,
  actor: Actor,
  args: { first?: number | null; after?: string | null; filter?: PackageChangeFilter | null },
): Promise<Page<PackageChangeView>> {
  const limit = staffOnly(actor) ? pageSize(args.first) : 0;
  const where = new Sql();
  const f = args.filter ?? {};
  if (f.shopId) where.add('and c.shop_id = ?', idOf(f.shopId, 'Shop') ?? -1);
  if (f.orderId) where.add('and c.order_ids @> to_jsonb(array[?::int])', idOf(f.orderId, 'Order') ?? -1);
  if (f.kinds?.length) where.add(`and c.kind in (${placeholders(f.kinds)})`, ...f.kinds);
  if (f.states?.length) where.add(`and c.state in (${placeholders(f.states)})`, ...f.states);
  let keyset: Sql | null = null;
  if (args.after) {
    const [id] = decodeCursor(args.after, 1);
    if (typeof id !== 'number') throw new BadRequestError('after is not a cursor from this list.');
    keyset = new Sql().add('and c.id < ?', id);
  }
  return keysetPage(db, {
    select: 'select c.* from app.package_change c where true',
    countFrom: 'from app.package_change c where true',
    where,
    keyset,
    orderBy: 'c.id desc',
    limit,
    after: args.after,
    map: (r) => packageChangeFromRow(r as PackageChangeRow),
    cursorOf: (c: PackageChangeView) => encodeCursor([c.dbId]),
  });
}

/** Changes of an order, or those that touched a package (before or after), newest first. */
export async function changesOf(db: Pool, actor: Actor, of: { orderId: number } | { packageId: number; tiktokPackageId: string | null }): Promise<PackageChangeView[]> {
  if (!staffOnly(actor)) return [];
  const { rows } =
    'orderId' in of
      ? await db.query<PackageChangeRow>('select * from app.package_change where order_ids @> to_jsonb(array[$1::int]) order by id desc limit 100', [of.orderId])
      : await db.query<PackageChangeRow>(
          `select * from app.package_change where package_ids @> to_jsonb(array[$1::int])
             or ($2::text is not null and result_tiktok_package_ids @> to_jsonb(array[$2::text])) order by id desc limit 100`,
          [of.packageId, of.tiktokPackageId],
        );
  return rows.map(packageChangeFromRow);
}
