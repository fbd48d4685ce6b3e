/**
 * What a caller should do about a failure. Callers switch on this, never on HTTP status:
 * - TEMPORARY: try again later (platform hiccup, timeout, 5xx).
 * - RATE_LIMITED: the platform throttled us; back off.
 * - AUTH_EXPIRED: no usable access token for the shop even after a refresh; the seller must re-authorize.
 * - NOT_FOUND: the order/package/return does not exist for this shop.
 * - REJECTED: TikTok refused the request (business rule, bad input, missing scope); retrying won't help.
 * - UNKNOWN: the response could not be understood (not an envelope, unexpected shape).
 */
export type TikTokErrorKind = 'TEMPORARY' | 'RATE_LIMITED' | 'AUTH_EXPIRED' | 'NOT_FOUND' | 'REJECTED' | 'UNKNOWN';

export interface TikTokErrorDetails {
  kind: TikTokErrorKind;
  /** TikTok's envelope `code`, when the response had one. */
  code?: number;
  /** TikTok's envelope `message`, or a description of the transport failure. */
  message: string;
  /** TikTok's `request_id`, to quote to TikTok support. */
  requestId?: string;
  httpStatus?: number;
  /** `METHOD /path` of the failed call. */
  endpoint?: string;
  /** From a `Retry-After` header, when the platform sent one. */
  retryAfterMs?: number;
  cause?: unknown;
}

export class TikTokError extends Error {
  override readonly name = 'TikTokError';
  readonly kind: TikTokErrorKind;
  readonly code: number | undefined;
  readonly requestId: string | undefined;
  readonly httpStatus: number | undefined;
  readonly endpoint: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(details: TikTokErrorDetails) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = details.kind;
    this.code = details.code;
    this.requestId = details.requestId;
    this.httpStatus = details.httpStatus;
    this.endpoint = details.endpoint;
    this.retryAfterMs = details.retryAfterMs;
  }
}

export function isTikTokError(value: unknown): value is TikTokError {
  return value instanceof TikTokError;
}

/** TikTok answered "no" to this very request (refused, or the object is unknown): sending it again cannot help. */
export function isTikTokRefusal(value: unknown): value is TikTokError {
  return value instanceof TikTokError && (value.kind === 'REJECTED' || value.kind === 'NOT_FOUND');
}
