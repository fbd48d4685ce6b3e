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
