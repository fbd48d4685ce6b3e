import { backoffDelayMs, type RetryOptions } from './backoff.js';
import { readData, sendOnce, type FetchLike } from './http-exchange.js';
import { encodeQuery } from './query.js';
import { sleep } from './rate-limiter.js';
import { TikTokError } from './tiktok-error.js';
import { tokenDataSchema, type TokenData } from './wire/auth.js';

export interface AuthApiConfig {
  appKey: string;
  appSecret: string;
  authBaseUrl: string;
  fetch: FetchLike;
  retry: RetryOptions;
  timeoutMs: number;
}

/**
 * The two token calls on the auth host (API.md §4.2, §4.3): unsigned GETs with the app secret in the
 * query. Both are read-like (no side effect beyond issuing tokens), so temporary failures are retried.
 */
export class AuthApi {
  constructor(private readonly config: AuthApiConfig) {}

  /** Exchanges the single-use, 30-minute `code` from the consent redirect for tokens. */
  getAccessToken(authCode: string): Promise<TokenData> {
    return this.tokenCall('/api/v2/token/get', { auth_code: authCode, grant_type: 'authorized_code' });
  }

  /** Issues a new access and refresh token; persist both. */
  refreshAccessToken(refreshToken: string): Promise<TokenData> {
    return this.tokenCall('/api/v2/token/refresh', { refresh_token: refreshToken, grant_type: 'refresh_token' });
  }

  private async tokenCall(path: string, params: Record<string, string>): Promise<TokenData> {
    const { appKey, appSecret, authBaseUrl, retry } = this.config;
    const url = `${authBaseUrl.replace(/\/+$/, '')}${path}?${encodeQuery({ app_key: appKey, app_secret: appSecret, ...params })}`;
    const endpoint = `GET ${path}`;
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await sendOnce(this.config.fetch, url, { method: 'GET', headers: { 'content-type': 'application/json' } }, this.config.timeoutMs, endpoint);
        return readData(response, tokenDataSchema, endpoint);
      } catch (error) {
        const retryable = error instanceof TikTokError && (error.kind === 'TEMPORARY' || error.kind === 'RATE_LIMITED');
        if (!retryable || attempt >= retry.maxAttempts) throw error;
        await sleep(backoffDelayMs(attempt, retry));
      }
    }
  }
}
