import type { Hub } from '../hub.js';
import { userError } from '../graphql/user-errors.js';
import { packageActionBlock } from '../packages/supported-actions.js';
import type { Actor } from '../platform/actor.js';
import { idempotent, type IdempotentResult } from '../platform/idempotency.js';
import { checkTracking } from './carrier-check.js';
import { requestPushes } from './push.js';
import { packageFor, requireShipper } from './shipping-access.js';
import { blockError, conflict, notFound, type ShippingUserError } from './shipping.errors.js';

export interface MarkShippedInput {
  packageId: string;
  carrierId: string;
  trackingNumber: string;
  expectedVersion?: number | null;
  idempotencyKey?: string | null;
}

export interface PackageOutcome {
  packageIds: number[];
  userErrors: ShippingUserError[];
}

/**
 * 3PL: the seller's carrier has the parcel. Checks everything TikTok would refuse, records the tracking as
 * PENDING and queues the push to TikTok (Mark Package As Shipped), all in one transaction.
 */
export function markPackageShipped(hub: Hub, actor: Actor, input: MarkShippedInput): Promise<IdempotentResult<PackageOutcome>> {
  requireShipper(actor);
  const { idempotencyKey, ...request } = input;
  return idempotent(hub.pool, { actor, operation: 'packageMarkShipped', key: idempotencyKey, input: request }, async (tx) => {
    const fail = (e: ShippingUserError): PackageOutcome => ({ packageIds: [], userErrors: [e] });
    if (!input.trackingNumber.trim()) return fail(userError('TRACKING_NUMBER_INVALID', 'A tracking number is required.', ['trackingNumber']));
    const pkg = await packageFor(tx, actor, input.packageId);
    if (!pkg) return fail(notFound(['packageId']));
    if (pkg.shippingType !== 'SELLER') {
      return fail(userError('WRONG_SHIPPING_TYPE', 'TikTok Shipping packages are shipped with packageShip; TikTok issues their tracking.', ['packageId']));
    }
    if (input.expectedVersion != null && input.expectedVersion !== pkg.version) return fail(conflict(['expectedVersion']));
    const block = packageActionBlock(pkg, 'SHIP');
    if (block && block !== 'NOT_PERMITTED' && block !== 'NO_PACKAGE') return fail(blockError(block, ['packageId']));
    if (!pkg.shopConnected) return fail(userError('SHOP_DISCONNECTED', 'The shop is disconnected; reconnect it to ship.', ['packageId']));
    const tracking = await checkTracking(tx, pkg, input.carrierId, input.trackingNumber);
    if ('code' in tracking) return fail(tracking);
    const pushed = await requestPushes(tx, hub.boss, actor, [
      {
        pkg,
        kind: 'MARK_SHIPPED',
        version: pkg.version,
        request: { trackingNumber: tracking.trackingNumber, providerId: tracking.providerId, carrierId: tracking.carrierId },
        set: {
          tracking_number: tracking.trackingNumber,
          carrier_id: tracking.carrierId,
          tiktok_shipping_provider_id: tracking.providerId,
          shipping_provider_name: tracking.providerName,
        },
      },
    ]);
    if (!pushed) return fail(conflict(['packageId']));
    return { packageIds: [pkg.id], userErrors: [] };
  });
}
