import { AccessTokens } from './access-tokens.js';
import { ApiCaller, type TikTokLogger } from './api-caller.js';
import { AuthApi } from './auth-api.js';
import { DEFAULT_RETRY, type RetryOptions } from './backoff.js';
import { authorizationEndpoints } from './endpoints/authorization.js';
import { eventEndpoints } from './endpoints/events.js';
import { financeEndpoints } from './endpoints/finance.js';
import { fulfillmentEndpoints } from './endpoints/fulfillment.js';
import { logisticsEndpoints } from './endpoints/logistics.js';
import { orderEndpoints } from './endpoints/orders.js';
import { productEndpoints } from './endpoints/products.js';
import { returnRefundEndpoints } from './endpoints/return-refund.js';
import type { FetchLike } from './http-exchange.js';
import type { RateLimiter } from './rate-limiter.js';
import type { TokenStore } from './token-store.js';

export const TIKTOK_API_BASE_URL = 'https://open-api.tiktokglobalshop.com';
export const TIKTOK_AUTH_BASE_URL = 'https://auth.tiktok-shops.com';

export interface TikTokClientOptions {
  appKey: string;
  appSecret: string;
  /** Origin of the Open API, e.g. TIKTOK_API_BASE_URL or an emulator. */
  apiBaseUrl: string;
  /** Origin of the token endpoints, e.g. TIKTOK_AUTH_BASE_URL. */
  authBaseUrl: string;
  tokenStore: TokenStore;
  rateLimiter: RateLimiter;
  fetch?: FetchLike;
  /** Milliseconds since the epoch; stamps `timestamp` and judges token expiry. */
  now?: () => number;
  logger?: TikTokLogger;
  /** Retries of throttled and temporary failures (defaults: 5 attempts, 500 ms base, 30 s cap). */
  retry?: Partial<RetryOptions>;
  /** Per HTTP attempt, including reading the body. Default 15 s. */
  timeoutMs?: number;
  /** Renew an access token this long before it expires. Default 10 minutes. */
  refreshMarginSeconds?: number;
}

/** Typed TikTok Shop Open API client (202309 generation); see README.md in this folder. */
export class TikTokClient {
  readonly auth: AuthApi;
  readonly authorization: ReturnType<typeof authorizationEndpoints>;
  readonly orders: ReturnType<typeof orderEndpoints>;
  readonly fulfillment: ReturnType<typeof fulfillmentEndpoints>;
  readonly logistics: ReturnType<typeof logisticsEndpoints>;
  readonly returnRefund: ReturnType<typeof returnRefundEndpoints>;
  readonly finance: ReturnType<typeof financeEndpoints>;
  readonly events: ReturnType<typeof eventEndpoints>;
  readonly products: ReturnType<typeof productEndpoints>;

  constructor(options: TikTokClientOptions) {
    const fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    const nowMs = options.now ?? Date.now;
    const retry = { ...DEFAULT_RETRY, ...options.retry };
    const timeoutMs = options.timeoutMs ?? 15_000;
    this.auth = new AuthApi({
      appKey: options.appKey,
      appSecret: options.appSecret,
      authBaseUrl: options.authBaseUrl,
      fetch: fetchFn,
      retry,
      timeoutMs,
    });
    const tokens = new AccessTokens(options.tokenStore, this.auth, () => Math.floor(nowMs() / 1000), options.refreshMarginSeconds ?? 600);
    const api = new ApiCaller({
      appKey: options.appKey,
      appSecret: options.appSecret,
      apiBaseUrl: options.apiBaseUrl,
      fetch: fetchFn,
      nowMs,
      tokens,
      rateLimiter: options.rateLimiter,
      retry,
      timeoutMs,
      logger: options.logger,
    });
    this.authorization = authorizationEndpoints(api);
    this.orders = orderEndpoints(api);
    this.fulfillment = fulfillmentEndpoints(api);
    this.logistics = logisticsEndpoints(api);
    this.returnRefund = returnRefundEndpoints(api);
    this.finance = financeEndpoints(api);
    this.events = eventEndpoints(api);
    this.products = productEndpoints(api);
  }
}
