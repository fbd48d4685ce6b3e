import type { Pool } from '../db/pool.js';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../graphql/connection.js';
import { placeholders, select, Sql } from '../db/sql.js';
import { partnerScope, requireSignedIn, type Actor } from '../platform/actor.js';
import { BadRequestError } from '../platform/errors.js';
import { idOf } from '../platform/global-id.js';
import { PACKAGE_COLUMNS, packageFromRow, type PackageView } from './package.mapper.js';
import type { PackageFilter } from './package.types.js';

/** Lists packages, newest first; a 3PL partner sees only the packages assigned to it. */
export async function searchPackages(
  db: Pool,
  actor: Actor,
  args: { first?: number | null; after?: string | null; filter?: PackageFilter | null },
): Promise<Page<PackageView>> {
  requireSignedIn(actor);
  const limit = pageSize(args.first);
  const where = new Sql();
  const partner = partnerScope(actor);
  if (partner !== null) where.add('and p.partner_id = ?', partner);
  const f = args.filter ?? {};
  if (f.shopIds?.length) {
    const ids = f.shopIds.map((gid) => idOf(gid, 'Shop') ?? -1);
    where.add(`and p.shop_id in (${placeholders(ids)})`, ...ids);
  }
  if (f.statuses?.length) where.add(`and p.status in (${placeholders(f.statuses)})`, ...f.statuses);
  if (f.shippingTypes?.length) where.add(`and p.shipping_type in (${placeholders(f.shippingTypes)})`, ...f.shippingTypes);
  if (f.trackingNumber) where.add('and p.tracking_number = ?', f.trackingNumber);
  if (f.partnerId) where.add('and p.partner_id = ?', idOf(f.partnerId, 'Partner') ?? -1);

  const page = new Sql().add(`select ${PACKAGE_COLUMNS} from app.package p where true`);
  page.parts.push(...where.parts);
  page.params.push(...where.params);
  if (args.after) {
    const [id] = decodeCursor(args.after, 1);
    if (typeof id !== 'number') throw new BadRequestError('after is not a cursor from this list.');
    page.add('and p.id < ?', id);
  }
  page.add('order by p.id desc limit ?', limit + 1);
  const rows = limit === 0 ? [] : await select(db, page.text, page.params);
  const nodes = rows.slice(0, limit).map(packageFromRow);
  const cursorOf = (p: PackageView) => encodeCursor([p.dbId]);
  return {
    nodes,
    cursorOf,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: Boolean(args.after),
      startCursor: nodes[0] ? cursorOf(nodes[0]) : null,
      endCursor: nodes.length ? cursorOf(nodes[nodes.length - 1]!) : null,
    },
    totalCount: async () => {
      const count = new Sql().add('select count(*)::int as n from app.package p where true');
      count.parts.push(...where.parts);
      count.params.push(...where.params);
      const [row] = await select(db, count.text, count.params);
      return row.n as number;
    },
  };
}
