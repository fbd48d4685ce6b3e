import { userError, type UserErrorShape } from '../graphql/user-errors.js';

/** One code enum for the split/combine family of mutations. */
export const PACKAGE_CHANGE_ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'FULFILLED_BY_TIKTOK',
  'ORDER_UNPAID',
  'ORDER_ON_HOLD',
  'ORDER_CANCELLED',
  'ORDER_SHIPPED',
  'CANCEL_REQUESTED',
  'CHANGE_PENDING',
  'ORDER_COMBINED',
  'SINGLE_UNIT',
  'SINGLE_SKU',
  'TOO_FEW_PACKAGES',
  'EMPTY_PACKAGE',
  'LINE_NOT_IN_ORDER',
  'LINE_TWICE',
  'LINE_MISSING',
  'SAME_SKU_SPLIT',
  'TIKTOK_CANNOT_SPLIT',
  'ALREADY_COMBINED',
  'ORDER_SPLIT',
  'TOO_FEW_ORDERS',
  'TOO_MANY_ORDERS',
  'DIFFERENT_SHOPS',
  'DIFFERENT_BUYERS',
  'DIFFERENT_ADDRESSES',
  'DIFFERENT_SHIPPING',
  'NOT_COMBINABLE_AT_TIKTOK',
  'NOT_COMBINED',
  'PACKAGE_SHIPPED',
  'ORDER_NOT_IN_PACKAGE',
  'NOT_UNDOABLE',
  'CONFLICT',
  'SHOP_DISCONNECTED',
  'TIKTOK_UNAVAILABLE',
  'IDEMPOTENCY_KEY_REUSED',
] as const;
export type PackageChangeErrorCode = (typeof PACKAGE_CHANGE_ERROR_CODES)[number];

const MESSAGES: Partial<Record<PackageChangeErrorCode, string>> = {
  FULFILLED_BY_TIKTOK: 'TikTok fulfils this order; its packages cannot be changed by the seller.',
  ORDER_UNPAID: 'The order is not paid yet.',
  ORDER_ON_HOLD: 'The order is on hold (the buyer may still cancel freely); try again when it is awaiting shipment.',
  ORDER_CANCELLED: 'The order is cancelled.',
  ORDER_SHIPPED: 'Part or all of the order has shipped; only unshipped orders can be re-packed.',
  CANCEL_REQUESTED: 'The buyer asked to cancel; answer the request first.',
  CHANGE_PENDING: 'Another split or combine of this order is on its way to TikTok; wait for it or undo it.',
  ORDER_COMBINED: 'The order shares a package with other orders; uncombine it first.',
  SINGLE_UNIT: 'The order has a single unit; there is nothing to split.',
  SINGLE_SKU: "In this shop's market a split keeps all units of a SKU together, and the order has one SKU.",
  TOO_FEW_PACKAGES: 'A split needs at least two packages.',
  EMPTY_PACKAGE: 'Every package needs at least one unit.',
  LINE_NOT_IN_ORDER: 'This unit is not an open unit of the order.',
  LINE_TWICE: 'This unit is placed in two packages.',
  LINE_MISSING: 'Every unit of the order must be placed in one of the packages.',
  SAME_SKU_SPLIT: "In this shop's market all units of a SKU must stay in the same package.",
  ALREADY_COMBINED: 'The order already shares a package with other orders.',
  ORDER_SPLIT: 'The order is split into several packages; only whole orders can be combined.',
  TOO_FEW_ORDERS: 'Combining needs at least two orders.',
  TOO_MANY_ORDERS: 'At most 20 orders can share one tracking number.',
  DIFFERENT_SHOPS: 'The orders belong to different shops.',
  DIFFERENT_BUYERS: 'The orders belong to different buyers.',
  DIFFERENT_ADDRESSES: 'The orders go to different recipients or addresses.',
  DIFFERENT_SHIPPING: 'The orders ship from different warehouses or with different delivery options.',
  NOT_COMBINABLE_AT_TIKTOK: 'TikTok does not offer these orders as combinable (Search Combinable Packages).',
  NOT_COMBINED: 'The package holds a single order; there is nothing to uncombine.',
  PACKAGE_SHIPPED: 'The package has shipped.',
  ORDER_NOT_IN_PACKAGE: 'This order is not in the package.',
  NOT_UNDOABLE: 'The split has already been sent to TikTok, which has no way to undo a split.',
  CONFLICT: 'The packages changed while this request was checked (another packer, or TikTok); reload and try again.',
  IDEMPOTENCY_KEY_REUSED: 'This idempotency key was used for a different request.',
};

/** What a code means to the packer: the same words in the mutation's userError and in supportedActions. */
export function changeMessage(code: PackageChangeErrorCode): string {
  return MESSAGES[code] ?? code;
}

export type PackageChangeUserError = UserErrorShape<PackageChangeErrorCode>;

export function changeError(code: PackageChangeErrorCode, field?: (string | number)[], message?: string): PackageChangeUserError {
  return userError(code, message ?? changeMessage(code), field?.map(String));
}

/** What every split/combine mutation returns: plain JSON, so an idempotent replay returns the same. */
export interface ChangeOutcome {
  changeId: number | null;
  userErrors: PackageChangeUserError[];
}
