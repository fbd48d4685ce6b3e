import type { Hub } from '../hub.js';
import { userError } from '../graphql/user-errors.js';
import { appendJournal } from '../journal/journal.js';
import { packageActionBlock } from '../packages/supported-actions.js';
import { requireRole, type Actor } from '../platform/actor.js';
import { idOf } from '../platform/global-id.js';
import { idempotent, type IdempotentResult } from '../platform/idempotency.js';
import type { PackageOutcome } from './mark-shipped.js';
import { actorLabel } from './push.js';
import { packageFor } from './shipping-access.js';
import { blockError, conflict, notFound, type ShippingUserError } from './shipping.errors.js';

export interface AssignInput {
  packageId: string;
  /** The warehouse that packs it: one of the shop's sales warehouses or a hub-only one. */
  warehouseId?: string | null;
  /** The 3PL partner whose tokens may then ship and correct it. */
  partnerId?: string | null;
  /** Takes the package away from its partner. */
  unassignPartner?: boolean | null;
  expectedVersion?: number | null;
  idempotencyKey?: string | null;
}

/**
 * Assigns an unshipped package to a warehouse and/or a 3PL partner. The hub's own planning: TikTok has no
 * call to move an order between warehouses, so nothing is pushed.
 */
export function assignPackage(hub: Hub, actor: Actor, input: AssignInput): Promise<IdempotentResult<PackageOutcome>> {
  requireRole(actor, 'PACKER');
  const { idempotencyKey, ...request } = input;
  return idempotent(hub.pool, { actor, operation: 'packageAssign', key: idempotencyKey, input: request }, async (tx) => {
    const fail = (e: ShippingUserError): PackageOutcome => ({ packageIds: [], userErrors: [e] });
    const pkg = await packageFor(tx, actor, input.packageId);
    if (!pkg) return fail(notFound(['packageId']));
    if (input.expectedVersion != null && input.expectedVersion !== pkg.version) return fail(conflict(['expectedVersion']));
    const block = packageActionBlock(pkg, 'ASSIGN');
    if (block && block !== 'NOT_PERMITTED' && block !== 'NO_PACKAGE') return fail(blockError(block, ['packageId']));
    if (!input.warehouseId && !input.partnerId && !input.unassignPartner) return fail(userError('INVALID', 'Give a warehouse, a partner, or unassignPartner.', []));
    if (input.partnerId && input.unassignPartner) return fail(userError('INVALID', 'Either assign a partner or unassign, not both.', ['unassignPartner']));
    const set: Record<string, number | null> = {};
    if (input.warehouseId) {
      const id = idOf(input.warehouseId, 'Warehouse');
      const found = id
        ? await tx.query(`select id from app.warehouse where id = $1 and type = 'SALES' and (shop_id = $2 or shop_id is null)`, [id, pkg.shopId])
        : null;
      if (!found?.rowCount) return fail(userError('WAREHOUSE_NOT_FOUND', "No such sales warehouse for this package's shop.", ['warehouseId']));
      set.warehouse_id = id;
    }
    if (input.partnerId) {
      const id = idOf(input.partnerId, 'Partner');
      const found = id ? await tx.query('select id from app.partner where id = $1', [id]) : null;
      if (!found?.rowCount) return fail(userError('PARTNER_NOT_FOUND', 'No such partner.', ['partnerId']));
      set.partner_id = id;
    }
    if (input.unassignPartner) set.partner_id = null;
    const cols = Object.keys(set);
    const updated = await tx.query(
      `update app.package set ${cols.map((c, i) => `${c} = $${i + 3}`).join(', ')}, version = version + 1, updated_at = now() where id = $1 and version = $2`,
      [pkg.id, pkg.version, ...cols.map((c) => set[c])],
    );
    if (!updated.rowCount) return fail(conflict(['packageId']));
    await appendJournal(tx, [
      { shopId: pkg.shopId, entityType: 'Package', entityId: pkg.id, kind: 'PACKAGE_ASSIGNED', source: 'USER', actor: actorLabel(actor), data: set },
    ]);
    return { packageIds: [pkg.id], userErrors: [] };
  });
}
