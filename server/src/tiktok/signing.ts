import { createHmac, timingSafeEqual } from 'node:crypto';

/** Query parameters as the server sees them after percent-decoding; lists already comma-joined. */
export type DecodedQuery = Readonly<Record<string, string>>;

export interface SignInput {
  appSecret: string;
  /** Request path only, e.g. `/order/202309/orders/search`. */
  path: string;
  query: DecodedQuery;
  /** The exact body bytes sent; omitted for GET. */
  body?: string | Uint8Array;
  /** Multipart bodies are never part of the signature (API.md §2 step 5). */
  multipart?: boolean;
}

/** Keys that are never signed, even if present in the query. */
const UNSIGNED_KEYS = new Set(['sign', 'access_token']);

function signedQueryPart(query: DecodedQuery): string {
  return Object.keys(query)
    .filter((key) => !UNSIGNED_KEYS.has(key))
    // Plain code-unit order, not locale order: the platform sorts bytes.
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => `${key}${query[key]}`)
    .join('');
}

function bodyPart(input: SignInput): Uint8Array {
  if (input.multipart || input.body === undefined) return new Uint8Array();
  return typeof input.body === 'string' ? Buffer.from(input.body, 'utf8') : input.body;
}

/** The wrapped string the HMAC runs over; exposed for tests and debugging of 106001 errors. */
export function stringToSign(input: SignInput): string {
  const body = Buffer.from(bodyPart(input)).toString('utf8');
  return `${input.appSecret}${input.path}${signedQueryPart(input.query)}${body}${input.appSecret}`;
}

/** `sign` query parameter: lowercase hex HMAC-SHA256 keyed by the app secret (API.md §2). */
export function signRequest(input: SignInput): string {
  // Fed in parts so a binary body is hashed byte for byte, never re-decoded.
  return createHmac('sha256', input.appSecret)
    .update(input.appSecret + input.path + signedQueryPart(input.query))
    .update(bodyPart(input))
    .update(input.appSecret)
    .digest('hex');
}

/** `Authorization` header TikTok puts on webhook deliveries (API.md §10.3). */
export function webhookSignature(rawBody: Uint8Array, appKey: string, appSecret: string): string {
  return createHmac('sha256', appSecret).update(appKey).update(rawBody).digest('hex');
}

/** Constant-time check of a webhook's `Authorization` header against the raw body bytes. */
export function verifyWebhookSignature(
  rawBody: Uint8Array,
  authorizationHeader: string | undefined,
  appKey: string,
  appSecret: string,
): boolean {
  if (!authorizationHeader) return false;
  const expected = Buffer.from(webhookSignature(rawBody, appKey, appSecret), 'utf8');
  const received = Buffer.from(authorizationHeader.trim().toLowerCase(), 'utf8');
  // timingSafeEqual throws on unequal lengths; the length of a hex digest is not a secret.
  return received.length === expected.length && timingSafeEqual(received, expected);
}
