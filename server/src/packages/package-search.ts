import type { Pool } from '../db/pool.js';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../graphql/connection.js';
import { keysetPage } from '../db/keyset-page.js';
import { placeholders, Sql } from '../db/sql.js';
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
  if (f.syncStatuses?.length) where.add(`and p.sync_status in (${placeholders(f.syncStatuses)})`, ...f.syncStatuses);
  if (f.trackingNumber) where.add('and p.tracking_number = ?', f.trackingNumber);
  if (f.partnerId) where.add('and p.partner_id = ?', idOf(f.partnerId, 'Partner') ?? -1);

  let keyset: Sql | null = null;
  if (args.after) {
    const [id] = decodeCursor(args.after, 1);
    if (typeof id !== 'number') throw new BadRequestError('after is not a cursor from this list.');
    keyset = new Sql().add('and p.id < ?', id);
  }
  return keysetPage(db, {
    select: `select ${PACKAGE_COLUMNS} from app.package p where true`,
    countFrom: 'from app.package p where true',
    where,
    keyset,
    orderBy: 'p.id desc',
    limit,
    after: args.after,
    map: packageFromRow,
    cursorOf: (p: PackageView) => encodeCursor([p.dbId]),
  });
}
