import type { TikTokErrorKind } from './tiktok-error.js';

/** Everything known about a failed call; any part may be missing. */
export interface FailureFacts {
  httpStatus?: number;
  /** Envelope `code` (non-zero), if the body was an envelope. */
  code?: number;
  /** Envelope `message`. */
  message?: string;
  /** The request never produced a response. */
  transport?: 'timeout' | 'network';
}

/**
 * Envelope codes whose kind is not the default REJECTED. Platform codes from API.md §3.2; endpoint
 * codes from the per-endpoint error tables (API.md §3.2 and samples/errors/*.error-codes.json)
 * whose documented message says to try again or reports an internal timeout/RPC/lock failure.
 */
const CODE_KINDS: ReadonlyMap<number, TikTokErrorKind> = new Map<number, TikTokErrorKind>([
  [36009002, 'RATE_LIMITED'],
  [36009003, 'TEMPORARY'], // internal error, retry
  [36009007, 'TEMPORARY'], // gateway timeout
  [105002, 'AUTH_EXPIRED'], // access token expired
  [101000, 'AUTH_EXPIRED'], // token invalid for this shop / user type
  [36004001, 'AUTH_EXPIRED'], // refresh token expired (legacy era)
  [36004005, 'AUTH_EXPIRED'], // no authorization record
  // Platform codes that are bugs or configuration problems: retrying cannot help.
  [36009009, 'REJECTED'], // no such path (comes with HTTP 404: not a missing resource)
  [36009010, 'REJECTED'],
  [36009014, 'REJECTED'],
  [36009021, 'REJECTED'],
  [36009022, 'REJECTED'],
  [36009023, 'REJECTED'],
  [36009033, 'REJECTED'],
  [105005, 'REJECTED'], // scope not granted
  [106001, 'REJECTED'], // invalid sign (comes with HTTP 401)
  [106013, 'REJECTED'], // shop_cipher missing
  [36004004, 'REJECTED'], // invalid auth_code: the seller must consent again
  // Missing or foreign resources.
  [25007006, 'NOT_FOUND'], // order not found
  [21008111, 'NOT_FOUND'], // order/package not owned by this seller
  [21011028, 'NOT_FOUND'], // package not in this shop
  [11005004, 'NOT_FOUND'], // warehouse does not exist
  // Transient endpoint codes ("failed to get orders", "try again later", timeouts, internal RPC/lock).
  ...[
    10002014, 10002015, 10037002, 10037003, 10037004, 11001027, 11001031, 11005010, 11006005, 11006026, 11034037,
    21001003, 21001008, 21001011, 21001029, 21001043, 21001055, 21008300, 21022026, 21022029, 21022030, 21034006,
    21042001, 21042076, 25001028, 25001058,
  ].map((code): [number, TikTokErrorKind] => [code, 'TEMPORARY']),
]);

/**
 * 36009004 is overloaded (API.md §3.2): the message says which check failed. Only a bad access token
 * changes the kind; everything else (timestamp, app_key, sign, shop_cipher, version, params) is a bug.
 */
const CODE_36009004_MESSAGE_KINDS: ReadonlyArray<readonly [RegExp, TikTokErrorKind]> = [[/access[_ -]?token/i, 'AUTH_EXPIRED']];

const HTTP_KINDS: ReadonlyArray<readonly [(status: number) => boolean, TikTokErrorKind]> = [
  [(s) => s === 429, 'RATE_LIMITED'],
  [(s) => s === 408 || s >= 500, 'TEMPORARY'],
  [(s) => s === 404, 'NOT_FOUND'],
  [(s) => s >= 400, 'REJECTED'],
];

/** Maps a failure to the kind callers act on. Envelope codes win over HTTP statuses. */
export function classifyFailure(facts: FailureFacts): TikTokErrorKind {
  if (facts.transport) return 'TEMPORARY';
  // A throttled response is throttled whatever its body says.
  if (facts.httpStatus === 429) return 'RATE_LIMITED';
  if (facts.code !== undefined && facts.code !== 0) {
    if (facts.code === 36009004) {
      const rule = CODE_36009004_MESSAGE_KINDS.find(([pattern]) => pattern.test(facts.message ?? ''));
      return rule ? rule[1] : 'REJECTED';
    }
    const known = CODE_KINDS.get(facts.code);
    if (known) return known;
    // An unlisted code on a 5xx is the platform failing; on anything else, a business refusal.
    return facts.httpStatus !== undefined && facts.httpStatus >= 500 ? 'TEMPORARY' : 'REJECTED';
  }
  if (facts.httpStatus !== undefined) {
    const rule = HTTP_KINDS.find(([matches]) => matches(facts.httpStatus!));
    if (rule) return rule[1];
  }
  return 'UNKNOWN';
}
