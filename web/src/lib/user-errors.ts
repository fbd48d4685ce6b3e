import type { CombinedError } from '@urql/core';
import type { UserErrorCodes } from '../gql/user-error-codes';

/**
 * What each mutation family's error codes mean to the person at the screen. `UserErrorCodes` is generated
 * from every `…ErrorCode` enum in the schema, so a new code (or a new family) fails `vue-tsc` here until
 * someone writes its message.
 */
const MESSAGES: { [F in keyof UserErrorCodes]: Record<UserErrorCodes[F], string> } = {
  LoginErrorCode: {
    INVALID_CREDENTIALS: 'That email and password do not match an account. Check both and try again.',
  },
  UserCreateErrorCode: {
    EMAIL_TAKEN: 'Someone already uses this email address. Each person needs their own address.',
    INVALID_EMAIL: 'This does not look like an email address.',
    INVALID_ROLE: 'Choose one of the listed roles.',
    NAME_REQUIRED: 'Enter the person’s name, so colleagues can tell who did what.',
    PASSWORD_TOO_SHORT: 'The password needs at least 12 characters.',
  },
  PartnerCreateErrorCode: {
    NAME_REQUIRED: 'Enter the partner’s name.',
    NAME_TAKEN: 'A partner with this name already exists.',
  },
  ApiTokenCreateErrorCode: {
    NAME_REQUIRED: 'Name the token after the tool or partner that will use it, so you know which one to revoke later.',
    PARTNER_NOT_ALLOWED: 'Only 3PL tokens belong to a partner. Clear the partner, or choose the 3PL kind.',
    PARTNER_NOT_FOUND: 'That partner no longer exists. Reload the page and choose another.',
    PARTNER_REQUIRED: 'A 3PL token must belong to a partner: it only sees that partner’s packages.',
  },
  ShopConnectErrorCode: {
    NOT_CONFIGURED:
      'This hub has no TikTok app set up yet. Set TIKTOK_APP_KEY, TIKTOK_APP_SECRET and TIKTOK_SERVICE_ID on the server, then try again.',
    WAREHOUSE_NOT_FOUND: 'That warehouse no longer exists. Reload the page and choose another.',
  },
  ShopDisconnectErrorCode: {
    ALREADY_DISCONNECTED: 'This shop was already disconnected, perhaps by someone else or by the seller in TikTok.',
    SHOP_NOT_FOUND: 'This shop no longer exists. The list has been refreshed.',
  },
  ShopSyncErrorCode: {
    SHOP_DISCONNECTED: 'The shop is disconnected, so there is nothing to sync. Connect it again first.',
    SHOP_NOT_FOUND: 'This shop no longer exists. The list has been refreshed.',
  },
  IncidentRetryErrorCode: {
    ALREADY_RESOLVED: 'This incident is already resolved; someone may have retried it a moment ago.',
    INCIDENT_NOT_FOUND: 'This incident no longer exists. The list has been refreshed.',
    NOT_RETRYABLE: 'There is nothing to run again for this one. Fix the cause; the next sync picks it up.',
  },
  AfterSaleUserErrorCode: {
    NOT_FOUND: 'This case or order is no longer in the hub. Go back to the inbox and reload it.',
    WRONG_TYPE: 'That decision does not apply to this kind of case. Choose one of the decisions offered.',
    WRONG_STATUS:
      'The case has moved on since you opened it (the buyer or TikTok acted). It has been reloaded: check it and decide again.',
    ARBITRATION_IN_PROGRESS: 'The buyer appealed: TikTok decides this case now, so no decision can be sent.',
    DECISION_PENDING:
      'A decision on this case is already on its way to TikTok, perhaps from a colleague. Wait for it to arrive.',
    VERSION_CONFLICT:
      'Someone or something changed this case while you were looking. It has been reloaded: check it and decide again.',
    REASON_REQUIRED: 'Choose one of TikTok’s reasons; the buyer sees it.',
    INVALID_REASON:
      'TikTok no longer accepts that reason for this case. The list has been reloaded: choose again.',
    INVALID_AMOUNT:
      'Enter an amount above zero and below the full refund, with at most two decimals, in the case’s currency.',
    INVALID_LINES: 'Some of the chosen units are no longer live in this order. Reload and choose again.',
    GIFT_WITHOUT_PARENT: 'A free gift can only be cancelled with the unit it came with. Choose that unit too.',
    PARTIAL_NOT_ALLOWED:
      'Only an out-of-stock cancellation may take some units; for any other reason, cancel the whole order.',
    ORDER_NOT_CANCELLABLE:
      'TikTok no longer lets the seller cancel this order (it may have shipped or been cancelled already).',
    CASE_OPEN:
      'The order has an open cancellation or return, or a decision on its way. Settle that case first.',
    INVALID_CARRIER: 'Choose one of the hub’s carriers.',
    INVALID_TRACKING_NUMBER:
      'That tracking number does not look like one from this carrier. Check it against the label.',
    SHOP_DISCONNECTED:
      'The shop is disconnected from TikTok, so nothing can be sent. An administrator needs to connect it again.',
    IDEMPOTENCY_KEY_REUSED: 'This form was already sent with different answers. Reload the case and decide again.',
  },

  CarrierErrorCode: {
    CARRIER_NOT_FOUND: 'This carrier no longer exists. Reload the page.',
    CODE_TAKEN: 'Another carrier already uses this code.',
    INVALID: 'Some values are not valid; check the highlighted field.',
  },
  CarrierMappingErrorCode: {
    CARRIER_NOT_FOUND: 'This carrier no longer exists. Reload the page.',
    DELIVERY_OPTION_NOT_FOUND: 'This delivery option is gone from TikTok. Sync the shop’s logistics again.',
    PROVIDER_NOT_OFFERED: 'TikTok does not offer this provider for this delivery option. Choose one from the list.',
    SHOP_NOT_FOUND: 'This shop no longer exists. Reload the page.',
  },
  LogisticsSyncErrorCode: {
    SHOP_DISCONNECTED: 'The shop is disconnected, so TikTok cannot be asked. Connect it again first.',
    SHOP_NOT_FOUND: 'This shop no longer exists. Reload the page.',
    TIKTOK_ERROR: 'TikTok did not answer as expected. Try again in a minute.',
  },
  ShippingErrorCode: {
    AFTER_SALE_OPEN: 'The buyer asked to cancel. Customer service must decide that before this ships.',
    ALREADY_COLLECTED: 'The carrier already collected this package; TikTok no longer allows this change.',
    ALREADY_SHIPPED: 'This package is already shipped.',
    CARRIER_NOT_FOUND: 'Choose one of the hub’s carriers.',
    CARRIER_NOT_MAPPED: 'This carrier is not mapped to a TikTok provider for the order’s delivery option. Map it under Carriers first.',
    COMBINED: 'This package is combined with other orders; ship the combined package instead.',
    CONFLICT: 'Someone changed this package a moment ago. Check its new state and try again.',
    DELIVERED: 'This package is already delivered.',
    FULFILLED_BY_TIKTOK: 'TikTok fulfils this order from its own warehouse; there is nothing to ship here.',
    HANDOVER_INVALID: 'Choose pickup or drop-off, and for pickup one of the offered time slots.',
    IDEMPOTENCY_KEY_REUSED: 'This request was already sent with different values. Reload and try again.',
    INVALID: 'Some values are not valid; check the highlighted field.',
    NOT_SHIPPED: 'The package is not shipped yet, so there is no tracking to correct.',
    NO_TRACKING_NUMBER: 'Enter the tracking number from the carrier’s label.',
    ORDER_CANCELLED: 'The order is cancelled. Do not ship it.',
    ORDER_ON_HOLD: 'TikTok holds new orders for a while in case the buyer cancels. Ship it once the hold ends.',
    ORDER_UNPAID: 'The buyer has not paid yet. Do not ship it.',
    PACKAGE_NOT_FOUND: 'This package does not exist, or is not assigned to you.',
    PARTNER_NOT_FOUND: 'That partner no longer exists. Reload and choose another.',
    SHOP_DISCONNECTED: 'The shop is disconnected from TikTok. Reconnect it on the Shops screen first.',
    SINGLE_UNIT: 'A one-unit order cannot be split.',
    SYNC_PENDING: 'An earlier change to this package is still on its way to TikTok. Wait a moment.',
    TIKTOK_SHIPPING: 'TikTok ships this package: book a pickup or drop-off instead of entering tracking.',
    TRACKING_NUMBER_INVALID: 'This tracking number does not match the carrier’s format.',
    TRACKING_NUMBER_IN_USE: 'Another package already uses this tracking number.',
    TRACKING_UPDATE_LIMIT: 'TikTok allows the tracking number to be changed once, and it already was.',
    TRACKING_UPDATE_WINDOW_CLOSED: 'TikTok allows tracking changes only within 72 hours of shipping; that time has passed.',
    WAREHOUSE_NOT_FOUND: 'That warehouse does not exist for this shop.',
    WEIGHT_REQUIRED: 'Enter the parcel’s weight: TikTok needs it to price the label.',
    WRONG_SHIPPING_TYPE: 'This action is for the other shipping mode of this package.',
  },
  PackageChangeErrorCode: {
    ALREADY_COMBINED: 'One of these orders is already in a combined package. Uncombine it first.',
    CANCEL_REQUESTED: 'The buyer asked to cancel this order. Customer service must decide that first.',
    CHANGE_PENDING: 'Another split or combine of this order is on its way to TikTok. Wait for it to finish.',
    CONFLICT: 'Someone changed these packages a moment ago. Check the new packages and try again.',
    DIFFERENT_ADDRESSES: 'These orders go to different addresses, so they cannot share a parcel.',
    DIFFERENT_BUYERS: 'These orders belong to different buyers, so they cannot share a parcel.',
    DIFFERENT_SHIPPING: 'These orders ship differently (delivery option or warehouse), so they cannot share a parcel.',
    DIFFERENT_SHOPS: 'These orders belong to different shops, so they cannot share a parcel.',
    EMPTY_PACKAGE: 'Every new package needs at least one unit. Remove the empty one.',
    FULFILLED_BY_TIKTOK: 'TikTok fulfils this order from its own warehouse; its packages cannot be changed here.',
    IDEMPOTENCY_KEY_REUSED: 'This request was already sent with different values. Reload and try again.',
    INVALID_INPUT: 'The request is incomplete; check the selected orders and packages.',
    LINE_MISSING: 'Every unit must go into one of the packages. Place the remaining units.',
    LINE_NOT_IN_ORDER: 'A unit you placed belongs to another order. Reload the order.',
    LINE_TWICE: 'A unit is placed in two packages. Each unit goes into exactly one.',
    NOT_COMBINABLE_AT_TIKTOK: 'TikTok does not offer these orders for one parcel. Choose from the suggested groups.',
    NOT_COMBINED: 'This package holds a single order; there is nothing to uncombine.',
    NOT_FOUND: 'This order or package no longer exists. Reload the page.',
    NOT_UNDOABLE: 'This split has already reached TikTok, and TikTok cannot undo a split.',
    ORDER_CANCELLED: 'The order is cancelled.',
    ORDER_COMBINED: 'This order is in a combined package. Uncombine it before splitting.',
    ORDER_NOT_IN_PACKAGE: 'That order is not in this package.',
    ORDER_ON_HOLD: 'TikTok holds new orders for a while in case the buyer cancels. Try again once the hold ends.',
    ORDER_SHIPPED: 'The order has shipped; its packages can no longer change.',
    ORDER_SPLIT: 'This order is split into several packages and cannot be combined.',
    ORDER_UNPAID: 'The buyer has not paid yet.',
    PACKAGE_SHIPPED: 'One of the packages has shipped; it can no longer change.',
    SAME_SKU_SPLIT: 'In this market TikTok splits by product: keep all units of one SKU in the same package.',
    SHOP_DISCONNECTED: 'The shop is disconnected from TikTok. Reconnect it on the Shops screen first.',
    SINGLE_SKU: 'In this market TikTok splits by product, and this order has only one SKU.',
    SINGLE_UNIT: 'A one-unit order cannot be split.',
    TIKTOK_CANNOT_SPLIT: 'TikTok does not allow this order to be split; its reason is shown with the error.',
    TIKTOK_UNAVAILABLE: 'TikTok did not answer. Try again in a minute.',
    TOO_FEW_ORDERS: 'Choose at least two orders to combine.',
    TOO_FEW_PACKAGES: 'A split needs at least two packages.',
    TOO_MANY_ORDERS: 'TikTok allows at most 20 orders in one parcel.',
  },
  SandboxErrorCode: {
    SANDBOX_DISABLED: 'This hub talks to real TikTok Shop, so there is no sandbox to drive.',
    OUT_OF_RANGE: 'That value is outside what the sandbox accepts.',
    ORDER_NOT_FOUND: 'The sandbox has no order with this id. Copy the TikTok order id from the orders list.',
    SHOP_NOT_FOUND: 'The sandbox has no such shop. Reload the page and choose another.',
    NOT_ALLOWED_NOW: 'TikTok does not allow this in the order’s current state.',
    SANDBOX_UNREACHABLE: 'The sandbox does not answer. Is it still running?',
    IDEMPOTENCY_KEY_REUSED: 'This request was already sent with different values. Try again.',
  },
};

/** The message for one error code of a mutation family, e.g. `userErrorMessage('LoginErrorCode', e.code)`. */
export function userErrorMessage<F extends keyof UserErrorCodes>(family: F, code: UserErrorCodes[F]): string {
  return (MESSAGES[family] as Record<string, string>)[code]!;
}

/** Errors outside a payload's userErrors: unreachable hub, missing permission, or a fault the hub logged. */
export function requestErrorMessage(error: CombinedError): string {
  if (error.networkError) return 'The hub cannot be reached. Check the connection and try again.';
  const first = error.graphQLErrors[0];
  switch (first?.extensions?.code) {
    case 'FORBIDDEN':
      return 'Your role does not allow this. Ask an administrator if you need it.';
    case 'UNAUTHENTICATED':
      return 'Your session has ended. Please sign in again.';
    default:
      return first?.message ?? 'Something went wrong. Try again.';
  }
}

/**
 * The form field a userError points at (its `field` path ends in the input's field name), or null when
 * it is about the whole form, so every error is shown either next to its field or above the button.
 */
export function errorField<F extends string>(path: readonly string[] | null | undefined, fields: readonly F[]): F | null {
  const last = path?.at(-1);
  return fields.find((f) => f === last) ?? null;
}
