import { TikTokError } from './tiktok-error.js';
import type { TokenData } from './wire/auth.js';

/** A shop's OAuth tokens. Times are absolute Unix seconds, as TikTok sends them. */
export interface ShopToken {
  accessToken: string;
  accessTokenExpiresAt: number;
  refreshToken: string;
  refreshTokenExpiresAt: number;
}

/**
 * Where the client reads and renews each shop's tokens; the hub implements it on its database.
 * Keyed by TikTok shop id (the webhook `shop_id`). A seller token covering several shops is simply
 * stored under each of them.
 */
export interface TokenStore {
  /** The shop's current token, or undefined if the shop was never authorized. */
  get(shopId: string): Promise<ShopToken | undefined>;
  /**
   * Replaces the shop's token with what `renew` returns and returns the stored result. Calls for one
   * shop must not overlap, across processes too (e.g. `select … for update` around the call), and
   * `renew` must receive the token as stored at that moment: another worker may have renewed it
   * already, and `renew` then returns it unchanged. Store access and refresh token together: a
   * refresh may invalidate the old refresh token.
   */
  update(shopId: string, renew: (current: ShopToken | undefined) => Promise<ShopToken>): Promise<ShopToken>;
}

/** Converts a token endpoint response into what the store keeps. */
export function shopTokenFromWire(data: TokenData): ShopToken {
  const { access_token, access_token_expire_in, refresh_token, refresh_token_expire_in } = data;
  if (!access_token || !refresh_token || access_token_expire_in === undefined || refresh_token_expire_in === undefined) {
    throw new TikTokError({ kind: 'UNKNOWN', message: 'token response lacks access_token, refresh_token or their expiry' });
  }
  return {
    accessToken: access_token,
    accessTokenExpiresAt: access_token_expire_in,
    refreshToken: refresh_token,
    refreshTokenExpiresAt: refresh_token_expire_in,
  };
}

/** For tests and single-process tools. */
export class InMemoryTokenStore implements TokenStore {
  private readonly tokens = new Map<string, ShopToken>();
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(initial: Record<string, ShopToken> = {}) {
    for (const [shopId, token] of Object.entries(initial)) this.tokens.set(shopId, token);
  }

  async get(shopId: string): Promise<ShopToken | undefined> {
    return this.tokens.get(shopId);
  }

  set(shopId: string, token: ShopToken): void {
    this.tokens.set(shopId, token);
  }

  update(shopId: string, renew: (current: ShopToken | undefined) => Promise<ShopToken>): Promise<ShopToken> {
    const run = (this.locks.get(shopId) ?? Promise.resolve()).then(async () => {
      const next = await renew(this.tokens.get(shopId));
      this.tokens.set(shopId, next);
      return next;
    });
    this.locks.set(shopId, run.catch(() => undefined));
    return run;
  }
}
