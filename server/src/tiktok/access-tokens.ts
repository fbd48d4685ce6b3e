import type { AuthApi } from './auth-api.js';
import { TikTokError, isTikTokError } from './tiktok-error.js';
import { shopTokenFromWire, type ShopToken, type TokenStore } from './token-store.js';

/**
 * Hands out a usable access token per shop: renews it `marginSeconds` before it expires, or on
 * demand after TikTok answered 105002. One renewal per shop at a time in this process; the store
 * serializes across processes.
 */
export class AccessTokens {
  private readonly renewing = new Map<string, Promise<ShopToken>>();

  constructor(
    private readonly store: TokenStore,
    private readonly authApi: AuthApi,
    private readonly nowSeconds: () => number,
    private readonly marginSeconds: number,
  ) {}

  async current(shopId: string): Promise<string> {
    const token = await this.guard(() => this.store.get(shopId));
    if (!token) throw noToken(shopId);
    if (this.isFresh(token)) return token.accessToken;
    try {
      return (await this.renew(shopId, token.accessToken)).accessToken;
    } catch (error) {
      // An early renewal that hit an outage must not block calls the old token can still make.
      const stillValid = token.accessTokenExpiresAt > this.nowSeconds();
      if (stillValid && isTikTokError(error) && (error.kind === 'TEMPORARY' || error.kind === 'RATE_LIMITED')) return token.accessToken;
      throw error;
    }
  }

  /** Renews unless the stored token is already a different, fresh one (another worker renewed it). */
  renew(shopId: string, rejectedAccessToken: string): Promise<ShopToken> {
    const inFlight = this.renewing.get(shopId);
    if (inFlight) return inFlight;
    const run = this.guard(() =>
      this.store.update(shopId, async (current) => {
        if (!current) throw noToken(shopId);
        if (current.accessToken !== rejectedAccessToken && this.isFresh(current)) return current;
        if (current.refreshTokenExpiresAt <= this.nowSeconds()) {
          throw new TikTokError({ kind: 'AUTH_EXPIRED', message: `refresh token of shop ${shopId} has expired; the seller must authorize again` });
        }
        return shopTokenFromWire(await this.refresh(current.refreshToken));
      }),
    ).finally(() => this.renewing.delete(shopId));
    this.renewing.set(shopId, run);
    return run;
  }

  private async refresh(refreshToken: string) {
    try {
      return await this.authApi.refreshAccessToken(refreshToken);
    } catch (error) {
      // A refused refresh leaves the shop without a token: only a new authorization helps.
      if (isTikTokError(error) && (error.kind === 'REJECTED' || error.kind === 'NOT_FOUND')) {
        throw new TikTokError({
          kind: 'AUTH_EXPIRED',
          code: error.code,
          message: `token refresh refused: ${error.message}`,
          requestId: error.requestId,
          httpStatus: error.httpStatus,
          endpoint: error.endpoint,
          cause: error,
        });
      }
      throw error;
    }
  }

  private isFresh(token: ShopToken): boolean {
    return token.accessTokenExpiresAt - this.marginSeconds > this.nowSeconds();
  }

  /** Store failures (database down) are temporary from the caller's point of view. */
  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (isTikTokError(error)) throw error;
      throw new TikTokError({ kind: 'TEMPORARY', message: `token store failed: ${(error as Error).message}`, cause: error });
    }
  }
}

function noToken(shopId: string): TikTokError {
  return new TikTokError({ kind: 'AUTH_EXPIRED', message: `no token stored for shop ${shopId}; the seller must authorize the app` });
}
