import type { Hub } from '../hub.js';
import { userError } from '../graphql/user-errors.js';
import { packageActionBlock } from '../packages/supported-actions.js';
import { requireRole, type Actor } from '../platform/actor.js';
import { idempotent, type IdempotentResult } from '../platform/idempotency.js';
import type { PackageOutcome } from './mark-shipped.js';
import { usesLabelPurchase } from './market.js';
import type { ShippingPackage } from './package-facts.js';
import { requestPushes, type PushRequest } from './push.js';
import { packageFor } from './shipping-access.js';
import { blockError, conflict, notFound, type ShippingUserError } from './shipping.errors.js';

export interface ShipItem {
  packageId: string;
  handoverMethod?: 'PICKUP' | 'DROP_OFF' | null;
  pickupSlot?: { startTime: Date; endTime: Date } | null;
  /** US label purchase: the service from packageShippingServices; TikTok's default when omitted. */
  shippingServiceId?: string | null;
  weight?: { value: number; unit: 'GRAM' | 'POUND' } | null;
  dimension?: { length: number; width: number; height: number; unit: 'CM' | 'INCH' } | null;
  expectedVersion?: number | null;
}

/** Checks one package against TikTok Shipping's rules and what the market needs; returns the push or an error. */
async function planShip(pkg: ShippingPackage | null, item: ShipItem, at: (string | number)[]): Promise<PushRequest | ShippingUserError> {
  const field = (...f: string[]) => [...at, ...f].map(String);
  if (!pkg) return notFound(field('packageId'));
  if (pkg.shippingType !== 'TIKTOK') {
    return userError('WRONG_SHIPPING_TYPE', 'Seller-shipped packages are shipped with packageMarkShipped and your carrier’s tracking number.', field('packageId'));
  }
  if (item.expectedVersion != null && item.expectedVersion !== pkg.version) return conflict(field('expectedVersion'));
  const block = packageActionBlock(pkg, 'SHIP');
  if (block && block !== 'NOT_PERMITTED' && block !== 'NO_PACKAGE') return blockError(block, field('packageId'));
  if (!pkg.shopConnected) return userError('SHOP_DISCONNECTED', 'The shop is disconnected; reconnect it to ship.', field('packageId'));
  const request: Record<string, unknown> = {};
  if (usesLabelPurchase(pkg.region)) {
    if (!item.weight || !(item.weight.value > 0)) return userError('WEIGHT_REQUIRED', 'TikTok prices the label by weight: give the parcel weight.', field('weight'));
    request.weight = item.weight;
    if (item.dimension) request.dimension = item.dimension;
    if (item.shippingServiceId) request.shippingServiceId = item.shippingServiceId;
  } else {
    if (!item.handoverMethod) return userError('HANDOVER_INVALID', 'Choose PICKUP or DROP_OFF.', field('handoverMethod'));
    request.handoverMethod = item.handoverMethod;
    if (item.handoverMethod === 'PICKUP') {
      const slot = item.pickupSlot;
      if (!slot || slot.endTime <= slot.startTime) return userError('HANDOVER_INVALID', 'A pickup needs one of the offered pickup slots.', field('pickupSlot'));
      request.pickupSlot = { startTime: Math.floor(slot.startTime.getTime() / 1000), endTime: Math.floor(slot.endTime.getTime() / 1000) };
    }
  }
  return { pkg, kind: 'SHIP', version: pkg.version, request, set: {} };
}

/** What defines "the same request" for the idempotency key: pickup times compared as the instants they are. */
function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function requirePacker(actor: Actor): void {
  requireRole(actor, 'PACKER');
}

/** 4PL: arranges TikTok Shipping for one package (pickup or drop-off, or a US label purchase), pushed by a job. */
export function shipPackage(hub: Hub, actor: Actor, input: ShipItem & { idempotencyKey?: string | null }): Promise<IdempotentResult<PackageOutcome>> {
  requirePacker(actor);
  const { idempotencyKey, ...item } = input;
  return idempotent(hub.pool, { actor, operation: 'packageShip', key: idempotencyKey, input: asJson(item) }, async (tx) => {
    const planned = await planShip(await packageFor(tx, actor, item.packageId), item, []);
    if ('code' in planned) return { packageIds: [], userErrors: [planned] };
    const pushed = await requestPushes(tx, hub.boss, actor, [planned]);
    if (!pushed) return { packageIds: [], userErrors: [conflict(['packageId'])] };
    return { packageIds: [planned.pkg.id], userErrors: [] };
  });
}

export const MAX_BATCH_SHIP = 50;

/**
 * Ships many TikTok Shipping packages at once. Every package is checked first; if any fails, nothing is
 * queued and every problem is reported with its position. TikTok's per-package refusals then come back
 * on the packages (FAILED with TikTok's message) while the others ship.
 */
export function shipPackages(
  hub: Hub,
  actor: Actor,
  input: { packages: ShipItem[]; idempotencyKey?: string | null },
): Promise<IdempotentResult<PackageOutcome>> {
  requirePacker(actor);
  return idempotent(hub.pool, { actor, operation: 'packagesShip', key: input.idempotencyKey, input: asJson(input.packages) }, async (tx) => {
    if (!input.packages.length || input.packages.length > MAX_BATCH_SHIP) {
      return { packageIds: [], userErrors: [userError('INVALID', `Ship 1 to ${MAX_BATCH_SHIP} packages at a time.`, ['packages'])] };
    }
    const seen = new Set<string>();
    const plans: PushRequest[] = [];
    const userErrors: ShippingUserError[] = [];
    for (const [i, item] of input.packages.entries()) {
      if (seen.has(item.packageId)) {
        userErrors.push(userError('INVALID', 'The package is listed twice.', ['packages', String(i), 'packageId']));
        continue;
      }
      seen.add(item.packageId);
      const planned = await planShip(await packageFor(tx, actor, item.packageId), item, ['packages', i]);
      if ('code' in planned) userErrors.push(planned);
      else plans.push(planned);
    }
    if (userErrors.length) return { packageIds: [], userErrors };
    const pushed = await requestPushes(tx, hub.boss, actor, plans);
    if (!pushed) return { packageIds: [], userErrors: [conflict(['packages'])] };
    return { packageIds: plans.map((p) => p.pkg.id), userErrors: [] };
  });
}
