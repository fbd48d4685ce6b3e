import { withTransaction, type Pool } from '../db/pool.js';
import type { SecretBox } from '../platform/secret-box.js';
import type { ShopToken, TokenStore } from '../tiktok/index.js';

/**
 * The TikTok client's token store on the shop table: tokens sealed at rest, renewals serialized per
 * shop across processes by the row lock.
 */
export class ShopTokenStore implements TokenStore {
  constructor(
    private readonly pool: Pool,
    private readonly box: SecretBox,
  ) {}

  async get(tiktokShopId: string): Promise<ShopToken | undefined> {
    const { rows } = await this.pool.query(
      `select access_token_sealed, access_token_expires_at, refresh_token_sealed, refresh_token_expires_at
       from app.shop where tiktok_shop_id = $1 and status = 'CONNECTED'`,
      [tiktokShopId],
    );
    return rows[0] ? this.open(rows[0]) : undefined;
  }

  async update(tiktokShopId: string, renew: (current: ShopToken | undefined) => Promise<ShopToken>): Promise<ShopToken> {
    return withTransaction(this.pool, async (tx) => {
      const { rows } = await tx.query(
        `select access_token_sealed, access_token_expires_at, refresh_token_sealed, refresh_token_expires_at
         from app.shop where tiktok_shop_id = $1 and status = 'CONNECTED' for update`,
        [tiktokShopId],
      );
      const next = await renew(rows[0] ? this.open(rows[0]) : undefined);
      await tx.query(
        `update app.shop set access_token_sealed = $2, access_token_expires_at = $3, refresh_token_sealed = $4,
           refresh_token_expires_at = $5, updated_at = now() where tiktok_shop_id = $1`,
        [tiktokShopId, ...this.sealed(next)],
      );
      return next;
    });
  }

  sealed(t: ShopToken): [string, Date, string, Date] {
    return [this.box.seal(t.accessToken), new Date(t.accessTokenExpiresAt * 1000), this.box.seal(t.refreshToken), new Date(t.refreshTokenExpiresAt * 1000)];
  }

  private open(r: Record<string, any>): ShopToken | undefined {
    if (!r.access_token_sealed || !r.refresh_token_sealed) return undefined;
    return {
      accessToken: this.box.open(r.access_token_sealed),
      accessTokenExpiresAt: Math.floor(new Date(r.access_token_expires_at).getTime() / 1000),
      refreshToken: this.box.open(r.refresh_token_sealed),
      refreshTokenExpiresAt: Math.floor(new Date(r.refresh_token_expires_at).getTime() / 1000),
    };
  }
}
