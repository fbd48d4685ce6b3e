import type { Hub } from '../hub.js';
import { userError } from '../graphql/user-errors.js';
import { packageActionBlock } from '../packages/supported-actions.js';
import type { Actor } from '../platform/actor.js';
import { idempotent, type IdempotentResult } from '../platform/idempotency.js';
import { checkTracking } from './carrier-check.js';
import type { PackageOutcome } from './mark-shipped.js';
import { requestPushes } from './push.js';
import { packageFor, requireShipper } from './shipping-access.js';
import { blockError, conflict, notFound, type ShippingUserError } from './shipping.errors.js';

export interface TrackingUpdateInput {
  packageId: string;
  /** Omitted: the package's current carrier. */
  carrierId?: string | null;
  trackingNumber: string;
  expectedVersion?: number | null;
  idempotencyKey?: string | null;
}

/**
 * Corrects the tracking of a shipped 3PL package within TikTok's limits (once; within 72 h of shipping
 * in the US, UK and SEA). Limits the hub can know are refused here; TikTok's own refusal (e.g. a change
 * made elsewhere) comes back as FAILED with TikTok's message.
 */
export function updatePackageTracking(hub: Hub, actor: Actor, input: TrackingUpdateInput): Promise<IdempotentResult<PackageOutcome>> {
  requireShipper(actor);
  const { idempotencyKey, ...request } = input;
  return idempotent(hub.pool, { actor, operation: 'packageTrackingUpdate', key: idempotencyKey, input: request }, async (tx) => {
    const fail = (e: ShippingUserError): PackageOutcome => ({ packageIds: [], userErrors: [e] });
    if (!input.trackingNumber.trim()) return fail(userError('TRACKING_NUMBER_INVALID', 'A tracking number is required.', ['trackingNumber']));
    const pkg = await packageFor(tx, actor, input.packageId);
    if (!pkg) return fail(notFound(['packageId']));
    if (input.expectedVersion != null && input.expectedVersion !== pkg.version) return fail(conflict(['expectedVersion']));
    const block = packageActionBlock(pkg, 'UPDATE_TRACKING');
    if (block && block !== 'NOT_PERMITTED' && block !== 'NO_PACKAGE') return fail(blockError(block, ['packageId']));
    if (!pkg.shopConnected) return fail(userError('SHOP_DISCONNECTED', 'The shop is disconnected; reconnect it first.', ['packageId']));
    const carrier = input.carrierId ?? pkg.carrierId;
    if (carrier == null) return fail(userError('CARRIER_NOT_FOUND', 'Say which carrier the new tracking number belongs to.', ['carrierId']));
    const tracking = await checkTracking(tx, pkg, carrier, input.trackingNumber);
    if ('code' in tracking) return fail(tracking);
    const pushed = await requestPushes(tx, hub.boss, actor, [
      {
        pkg,
        kind: 'TRACKING_UPDATE',
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
