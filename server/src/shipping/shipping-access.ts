import type { Tx } from '../db/pool.js';
import { partnerScope, requireRole, type Actor } from '../platform/actor.js';
import { AuthError } from '../platform/errors.js';
import { idOf } from '../platform/global-id.js';
import { loadShippingPackages, type ShippingPackage } from './package-facts.js';

/** Staff who pack (PACKER, ADMIN) or a 3PL partner's token; SHIPPING_TOOL tokens only read. */
export function requireShipper(actor: Actor): void {
  if (actor.kind === 'api-token') {
    if (partnerScope(actor) === null) throw new AuthError('FORBIDDEN', 'This token may only read.');
    return;
  }
  requireRole(actor, 'PACKER');
}

/** The package if the actor may see it; a partner's token cannot tell another partner's package from a missing one. */
export async function packageFor(tx: Tx, actor: Actor, packageGid: string): Promise<ShippingPackage | null> {
  const id = idOf(packageGid, 'Package');
  if (!id) return null;
  return (await loadShippingPackages(tx, [id], partnerScope(actor))).get(id) ?? null;
}
