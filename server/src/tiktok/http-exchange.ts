import { z } from 'zod';
import { parseRetryAfterMs } from './backoff.js';
import { classifyFailure } from './classify-error.js';
import { TikTokError } from './tiktok-error.js';
import { envelopeSchema } from './wire/common.js';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** One HTTP round trip; a timeout or connection failure becomes a TEMPORARY TikTokError. */
export async function sendOnce(fetchFn: FetchLike, url: string, init: RequestInit, timeoutMs: number, endpoint: string): Promise<RawResponse> {
  try {
    // The signal also bounds reading the body, not just the headers.
    const response = await fetchFn(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, headers: response.headers, text: await response.text() };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new TikTokError({
      kind: classifyFailure({ transport: timedOut ? 'timeout' : 'network' }),
      message: timedOut ? `no response within ${timeoutMs} ms` : `request failed: ${(error as Error).message}`,
      endpoint,
      cause: error,
    });
  }
}

/**
 * The validated `data` of a successful envelope. Success needs both a 2xx status and `code: 0`;
 * failures are classified from whatever the body and status say (TikTok sends 401, 404 and 429 with
 * envelopes, 503 possibly without).
 */
export function readData<Schema extends z.ZodType>(response: RawResponse, schema: Schema, endpoint: string): z.output<Schema> {
  let json: unknown;
  try {
    json = JSON.parse(response.text);
  } catch {
    json = undefined;
  }
  const envelope = envelopeSchema.safeParse(json);
  const ok = response.status >= 200 && response.status < 300;
  const retryAfterMs = parseRetryAfterMs(response.headers.get('retry-after'), Date.now()) || undefined;
  if (!envelope.success) {
    throw new TikTokError({
      kind: classifyFailure({ httpStatus: ok ? undefined : response.status }),
      message: `HTTP ${response.status} without a TikTok envelope: ${response.text.slice(0, 200)}`,
      httpStatus: response.status,
      endpoint,
      retryAfterMs,
    });
  }
  const { code, message, request_id: requestId, data } = envelope.data;
  if (!ok || code !== 0) {
    throw new TikTokError({
      kind: classifyFailure({ httpStatus: response.status, code, message }),
      code,
      message: message ?? `TikTok error ${code}`,
      requestId,
      httpStatus: response.status,
      endpoint,
      retryAfterMs,
    });
  }
  // Writes with nothing to return may send `{}`, `null` or nothing.
  const parsed = schema.safeParse(data ?? {});
  if (!parsed.success) {
    throw new TikTokError({
      kind: 'UNKNOWN',
      code,
      message: `response data does not match the expected shape: ${z.prettifyError(parsed.error)}`,
      requestId,
      httpStatus: response.status,
      endpoint,
      cause: parsed.error,
    });
  }
  return parsed.data;
}
