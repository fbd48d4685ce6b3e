import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { AccessTokens } from './access-tokens.js';
import { backoffDelayMs, type RetryOptions } from './backoff.js';
import { readData, sendOnce, type FetchLike, type RawResponse } from './http-exchange.js';
import { encodeQuery, normalizeQuery, type QueryInput } from './query.js';
import { sleep, type RateLimiter } from './rate-limiter.js';
import { signRequest } from './signing.js';
import { TikTokError, isTikTokError } from './tiktok-error.js';

/** Which shop a call acts for: `id` picks token and rate budget, `cipher` goes out as `shop_cipher`. */
export interface ShopRef {
  id: string;
  cipher: string;
}

/** Calls under /authorization and /seller act for a token owner and must not carry a `shop_cipher`. */
export type TokenOwnerRef = Pick<ShopRef, 'id'>;

/** Logger shape pino already satisfies. Tokens and secrets are never logged. */
export interface TikTokLogger {
  debug(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Writes that accept an `idempotency_key` (API.md §13, column I). */
export interface IdempotencyOptions {
  /** ≤ 255 chars; generated (UUID) when omitted, and the same for every retry of the call. */
  idempotency_key?: string;
}

/**
 * Reads a response as `readData` does: resolves with the data, or throws the TikTokError the response
 * means (which the call may retry). For callers that read elsewhere, e.g. on another thread.
 */
export type ResponseReader<T> = (response: RawResponse, endpoint: string) => Promise<T>;

export interface CallSpec<Schema extends z.ZodType> {
  method: HttpMethod;
  path: string;
  shop: ShopRef | TokenOwnerRef;
  query?: QueryInput;
  body?: unknown;
  data: Schema;
  /**
   * Safe to send again after a timeout or a 5xx: reads, and writes carrying an idempotency key.
   * Other writes are only replayed after throttling or an expired token, when TikTok did not act.
   */
  replayable: boolean;
  /** Set for endpoints that accept one. */
  idempotency?: IdempotencyOptions;
  /** At most this many attempts (default: the retry policy's); a person waiting is better told to ask again. */
  attempts?: number;
}

export interface ApiCallerConfig {
  appKey: string;
  appSecret: string;
  apiBaseUrl: string;
  fetch: FetchLike;
  nowMs: () => number;
  tokens: AccessTokens;
  rateLimiter: RateLimiter;
  retry: RetryOptions;
  timeoutMs: number;
  logger?: TikTokLogger;
}

/** `shop_cipher` is forbidden here (36009004 "Unexpected identifier"), required elsewhere (API.md §1). */
function takesShopCipher(path: string): boolean {
  return !/^\/(authorization|seller)\//.test(path);
}

/** Signs, sends, retries and validates one Open API call (API.md §1–§3). */
export class ApiCaller {
  private readonly baseUrl: string;

  constructor(private readonly config: ApiCallerConfig) {
    this.baseUrl = config.apiBaseUrl.replace(/\/+$/, '');
  }

  call<Schema extends z.ZodType>(spec: CallSpec<Schema>): Promise<z.output<Schema>>;
  /** The same call, its response read by `read` (which validates against `data`) instead of here. */
  call<Schema extends z.ZodType, T>(spec: CallSpec<Schema>, read: ResponseReader<T>): Promise<T>;
  async call<Schema extends z.ZodType>(spec: CallSpec<Schema>, read?: ResponseReader<unknown>): Promise<unknown> {
    const endpoint = `${spec.method} ${spec.path}`;
    const query = normalizeQuery({
      ...spec.query,
      ...(spec.idempotency ? { idempotency_key: spec.idempotency.idempotency_key ?? randomUUID() } : {}),
      ...('cipher' in spec.shop && takesShopCipher(spec.path) ? { shop_cipher: spec.shop.cipher } : {}),
    });
    // Serialized once: these exact bytes are signed and sent on every attempt.
    const body = spec.body !== undefined ? JSON.stringify(spec.body) : spec.method === 'POST' || spec.method === 'PUT' ? '{}' : undefined;
    let renewedToken = false;

    for (let attempt = 1; ; attempt++) {
      const accessToken = await this.config.tokens.current(spec.shop.id);
      await this.acquireBudget(spec.shop.id);
      try {
        const response = await this.sendSigned(spec, query, body, accessToken, endpoint);
        return read ? await read(response, endpoint) : readData(response, spec.data, endpoint);
      } catch (error) {
        if (!isTikTokError(error)) throw error;
        if (error.code === 105002 && !renewedToken) {
          // The platform rejected the token before acting: renew once and replay, for writes too.
          renewedToken = true;
          this.config.logger?.debug({ endpoint, shopId: spec.shop.id, requestId: error.requestId }, 'TikTok access token expired; renewing');
          await this.config.tokens.renew(spec.shop.id, accessToken);
          attempt--;
          continue;
        }
        const retryable = error.kind === 'RATE_LIMITED' || (error.kind === 'TEMPORARY' && spec.replayable);
        if (!retryable || attempt >= Math.min(this.config.retry.maxAttempts, spec.attempts ?? Infinity)) throw error;
        const delayMs = backoffDelayMs(attempt, this.config.retry, error.retryAfterMs);
        this.config.logger?.warn(
          { endpoint, shopId: spec.shop.id, attempt, kind: error.kind, code: error.code, requestId: error.requestId, delayMs },
          'TikTok call failed; retrying',
        );
        await sleep(delayMs);
      }
    }
  }

  private async sendSigned(spec: CallSpec<z.ZodType>, query: Record<string, string>, body: string | undefined, accessToken: string, endpoint: string) {
    const { appKey, appSecret } = this.config;
    // Stamped per attempt: TikTok rejects timestamps older than 5 minutes, and backoff can be long.
    const signedQuery = { ...query, app_key: appKey, timestamp: String(Math.floor(this.config.nowMs() / 1000)) };
    const sign = signRequest({ appSecret, path: spec.path, query: signedQuery, body });
    const url = `${this.baseUrl}${spec.path}?${encodeQuery({ ...signedQuery, sign })}`;
    return sendOnce(
      this.config.fetch,
      url,
      { method: spec.method, headers: { 'content-type': 'application/json', 'x-tts-access-token': accessToken }, body },
      this.config.timeoutMs,
      endpoint,
    );
  }

  private async acquireBudget(shopId: string): Promise<void> {
    try {
      await this.config.rateLimiter.acquire(`${this.config.appKey}:${shopId}`);
    } catch (error) {
      throw new TikTokError({ kind: 'TEMPORARY', message: `rate limiter failed: ${(error as Error).message}`, cause: error });
    }
  }
}
