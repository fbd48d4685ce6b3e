import { userError, type UserErrorShape } from '../graphql/user-errors.js';
import { blockMessage, SHIPPING_BLOCKS, type ShippingBlock } from '../packages/supported-actions.js';

/** Codes of the package shipping mutations: the supportedActions reasons plus input and concurrency problems. */
export const SHIPPING_ERROR_CODES = [
  ...SHIPPING_BLOCKS.filter((b) => b !== 'NOT_PERMITTED' && b !== 'NO_PACKAGE'),
  'PACKAGE_NOT_FOUND',
  'WRONG_SHIPPING_TYPE',
  'CARRIER_NOT_FOUND',
  'CARRIER_NOT_MAPPED',
  'TRACKING_NUMBER_INVALID',
  'TRACKING_NUMBER_IN_USE',
  'HANDOVER_INVALID',
  'WEIGHT_REQUIRED',
  'SHOP_DISCONNECTED',
  'WAREHOUSE_NOT_FOUND',
  'PARTNER_NOT_FOUND',
  'CONFLICT',
  'IDEMPOTENCY_KEY_REUSED',
  'INVALID',
] as const;
export type ShippingErrorCode = (typeof SHIPPING_ERROR_CODES)[number];
export type ShippingUserError = UserErrorShape<ShippingErrorCode>;

export function blockError(block: Exclude<ShippingBlock, 'NOT_PERMITTED' | 'NO_PACKAGE'>, field: string[]): ShippingUserError {
  return userError(block, blockMessage(block), field);
}

export const notFound = (field: string[]) =>
  userError<ShippingErrorCode>('PACKAGE_NOT_FOUND', 'No such package.', field);

export const conflict = (field: string[]) =>
  userError<ShippingErrorCode>('CONFLICT', 'Someone else changed this package meanwhile; reload it and try again.', field);
