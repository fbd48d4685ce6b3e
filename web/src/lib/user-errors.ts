import type { CombinedError } from '@urql/core';
import type {
  AfterSaleUserErrorCode,
  ApiTokenCreateErrorCode,
  IncidentRetryErrorCode,
  LoginErrorCode,
  PartnerCreateErrorCode,
  ShopConnectErrorCode,
  ShopDisconnectErrorCode,
  ShopSyncErrorCode,
  UserCreateErrorCode,
} from '../gql/graphql';

/**
 * What each mutation's error codes mean to the person at the screen. Each switch is exhaustive over the
 * generated enum: when the API adds a code, type-checking fails here until someone writes its message.
 */

function unhandled(code: never): never {
  throw new Error(`No message for error code ${String(code)}`);
}

export function loginErrorMessage(code: LoginErrorCode): string {
  switch (code) {
    case 'INVALID_CREDENTIALS':
      return 'That email and password do not match an account. Check both and try again.';
    default:
      return unhandled(code);
  }
}

export function userCreateErrorMessage(code: UserCreateErrorCode): string {
  switch (code) {
    case 'EMAIL_TAKEN':
      return 'Someone already uses this email address. Each person needs their own address.';
    case 'INVALID_EMAIL':
      return 'This does not look like an email address.';
    case 'INVALID_ROLE':
      return 'Choose one of the listed roles.';
    case 'NAME_REQUIRED':
      return 'Enter the person’s name, so colleagues can tell who did what.';
    case 'PASSWORD_TOO_SHORT':
      return 'The password needs at least 12 characters.';
    default:
      return unhandled(code);
  }
}

export function partnerCreateErrorMessage(code: PartnerCreateErrorCode): string {
  switch (code) {
    case 'NAME_REQUIRED':
      return 'Enter the partner’s name.';
    case 'NAME_TAKEN':
      return 'A partner with this name already exists.';
    default:
      return unhandled(code);
  }
}

export function apiTokenCreateErrorMessage(code: ApiTokenCreateErrorCode): string {
  switch (code) {
    case 'NAME_REQUIRED':
      return 'Name the token after the tool or partner that will use it, so you know which one to revoke later.';
    case 'PARTNER_NOT_ALLOWED':
      return 'Only 3PL tokens belong to a partner. Clear the partner, or choose the 3PL kind.';
    case 'PARTNER_NOT_FOUND':
      return 'That partner no longer exists. Reload the page and choose another.';
    case 'PARTNER_REQUIRED':
      return 'A 3PL token must belong to a partner: it only sees that partner’s packages.';
    default:
      return unhandled(code);
  }
}

export function shopConnectErrorMessage(code: ShopConnectErrorCode): string {
  switch (code) {
    case 'NOT_CONFIGURED':
      return 'This hub has no TikTok app set up yet. Set TIKTOK_APP_KEY, TIKTOK_APP_SECRET and TIKTOK_SERVICE_ID on the server, then try again.';
    case 'WAREHOUSE_NOT_FOUND':
      return 'That warehouse no longer exists. Reload the page and choose another.';
    default:
      return unhandled(code);
  }
}

export function shopDisconnectErrorMessage(code: ShopDisconnectErrorCode): string {
  switch (code) {
    case 'ALREADY_DISCONNECTED':
      return 'This shop was already disconnected, perhaps by someone else or by the seller in TikTok.';
    case 'SHOP_NOT_FOUND':
      return 'This shop no longer exists. The list has been refreshed.';
    default:
      return unhandled(code);
  }
}

export function shopSyncErrorMessage(code: ShopSyncErrorCode): string {
  switch (code) {
    case 'SHOP_DISCONNECTED':
      return 'The shop is disconnected, so there is nothing to sync. Connect it again first.';
    case 'SHOP_NOT_FOUND':
      return 'This shop no longer exists. The list has been refreshed.';
    default:
      return unhandled(code);
  }
}

export function afterSaleErrorMessage(code: AfterSaleUserErrorCode): string {
  switch (code) {
    case 'NOT_FOUND':
      return 'This case or order is no longer in the hub. Go back to the inbox and reload it.';
    case 'WRONG_TYPE':
      return 'That decision does not apply to this kind of case. Choose one of the decisions offered.';
    case 'WRONG_STATUS':
      return 'The case has moved on since you opened it (the buyer or TikTok acted). It has been reloaded: check it and decide again.';
    case 'ARBITRATION_IN_PROGRESS':
      return 'The buyer appealed: TikTok decides this case now, so no decision can be sent.';
    case 'DECISION_PENDING':
      return 'A decision on this case is already on its way to TikTok, perhaps from a colleague. Wait for it to arrive.';
    case 'VERSION_CONFLICT':
      return 'Someone or something changed this case while you were looking. It has been reloaded: check it and decide again.';
    case 'REASON_REQUIRED':
      return 'Choose one of TikTok’s reasons; the buyer sees it.';
    case 'INVALID_REASON':
      return 'TikTok no longer accepts that reason for this case. The list has been reloaded: choose again.';
    case 'INVALID_AMOUNT':
      return 'Enter an amount above zero and below the full refund, with at most two decimals, in the case’s currency.';
    case 'INVALID_LINES':
      return 'Some of the chosen units are no longer live in this order. Reload and choose again.';
    case 'GIFT_WITHOUT_PARENT':
      return 'A free gift can only be cancelled with the unit it came with. Choose that unit too.';
    case 'PARTIAL_NOT_ALLOWED':
      return 'Only an out-of-stock cancellation may take some units; for any other reason, cancel the whole order.';
    case 'ORDER_NOT_CANCELLABLE':
      return 'TikTok no longer lets the seller cancel this order (it may have shipped or been cancelled already).';
    case 'CASE_OPEN':
      return 'The order has an open cancellation or return, or a decision on its way. Settle that case first.';
    case 'INVALID_CARRIER':
      return 'Choose one of the hub’s carriers.';
    case 'INVALID_TRACKING_NUMBER':
      return 'That tracking number does not look like one from this carrier. Check it against the label.';
    case 'SHOP_DISCONNECTED':
      return 'The shop is disconnected from TikTok, so nothing can be sent. An administrator needs to connect it again.';
    case 'IDEMPOTENCY_KEY_REUSED':
      return 'This form was already sent with different answers. Reload the case and decide again.';
    default:
      return unhandled(code);
  }
}

export function incidentRetryErrorMessage(code: IncidentRetryErrorCode): string {
  switch (code) {
    case 'ALREADY_RESOLVED':
      return 'This incident is already resolved; someone may have retried it a moment ago.';
    case 'INCIDENT_NOT_FOUND':
      return 'This incident no longer exists. The list has been refreshed.';
    case 'NOT_RETRYABLE':
      return 'There is nothing to run again for this one. Fix the cause; the next sync picks it up.';
    default:
      return unhandled(code);
  }
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
