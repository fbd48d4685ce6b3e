export interface RetryOptions {
  /** Attempts in total, including the first. */
  maxAttempts: number;
  /** Delay cap before jitter for the first retry; doubles each retry. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000 };

/**
 * "Full jitter" exponential backoff: uniform in [0, min(max, base·2^(retry-1))], so workers that were
 * throttled together do not come back together. A server `Retry-After` is a floor.
 */
export function backoffDelayMs(retry: number, options: RetryOptions, retryAfterMs = 0, random = Math.random): number {
  const cap = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));
  return Math.max(retryAfterMs, Math.round(random() * cap));
}

/** `Retry-After` in seconds or as an HTTP date (TikTok's use of it is unconfirmed, API.md §3.4). */
export function parseRetryAfterMs(header: string | null, nowMs: number): number {
  if (!header) return 0;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 0 : Math.max(0, date - nowMs);
}
