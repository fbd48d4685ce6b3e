import type { Tx } from '../db/pool.js';
import { userError } from '../graphql/user-errors.js';
import { fitsPattern } from '../carriers/carrier.service.js';
import { idOf } from '../platform/global-id.js';
import type { ShippingPackage } from './package-facts.js';
import type { ShippingUserError } from './shipping.errors.js';

/** Separates the tracking-number locks from other advisory locks. */
const TRACKING_LOCK = 7_411_003;

export interface CheckedTracking {
  carrierId: number;
  trackingNumber: string;
  providerId: string;
  providerName: string;
}

/**
 * The checks TikTok would make on seller-supplied tracking, done before anything is sent: a known carrier,
 * mapped to one of the providers of the package's delivery option, a number in the carrier's format and
 * not used by another package (TikTok: 21011022, 21004015, 21011025).
 */
export async function checkTracking(
  tx: Tx,
  pkg: ShippingPackage,
  carrierGid: string | number,
  rawTracking: string,
): Promise<CheckedTracking | ShippingUserError> {
  const trackingNumber = rawTracking.trim().toUpperCase();
  const carrierId = typeof carrierGid === 'number' ? carrierGid : idOf(carrierGid, 'Carrier');
  const carrier = carrierId ? (await tx.query('select id, name, tracking_number_pattern from app.carrier where id = $1', [carrierId])).rows[0] : null;
  if (!carrier) return userError('CARRIER_NOT_FOUND', 'No such carrier.', ['carrierId']);
  if (!fitsPattern(carrier.tracking_number_pattern, trackingNumber)) {
    return userError('TRACKING_NUMBER_INVALID', `This is not a ${carrier.name} tracking number.`, ['trackingNumber']);
  }
  const option = pkg.orderRows[0]?.deliveryOptionId ?? null;
  const mapping = option
    ? (
        await tx.query(
          `select tiktok_shipping_provider_id, tiktok_shipping_provider_name from app.carrier_mapping
           where shop_id = $1 and tiktok_delivery_option_id = $2 and carrier_id = $3`,
          [pkg.shopId, option, carrier.id],
        )
      ).rows[0]
    : null;
  if (!mapping) {
    return userError(
      'CARRIER_NOT_MAPPED',
      `${carrier.name} is not mapped to a TikTok shipping provider for this shop's delivery option ${option ?? '(none)'}; an administrator sets it with carrierMappingSet.`,
      ['carrierId'],
    );
  }
  // Two packers giving two packages the same number at once: the second waits here for the first to
  // commit, then finds the number taken. (No unique index: TikTok's own data may repeat a number.)
  await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [TRACKING_LOCK, trackingNumber]);
  const used = await tx.query('select id from app.package where upper(tracking_number) = $1 and id <> $2 limit 1', [trackingNumber, pkg.id]);
  if (used.rowCount) return userError('TRACKING_NUMBER_IN_USE', 'Another package already has this tracking number.', ['trackingNumber']);
  return { carrierId: carrier.id, trackingNumber, providerId: mapping.tiktok_shipping_provider_id, providerName: mapping.tiktok_shipping_provider_name };
}
