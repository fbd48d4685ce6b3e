import { z } from 'zod';
import { id, int, openEnum, str, wireObject } from './common.js';

/** `data` of GET /api/v2/token/get and /api/v2/token/refresh (auth host). */
export const tokenDataSchema = wireObject({
  access_token: str,
  /** Absolute Unix seconds, not a duration. */
  access_token_expire_in: int,
  refresh_token: str,
  /** Absolute Unix seconds. */
  refresh_token_expire_in: int,
  /** Opaque; digits in the docs, not in live traffic. */
  open_id: str,
  seller_name: str,
  seller_base_region: str,
  /** 0 seller, 1 creator, 3 partner. */
  user_type: int,
  granted_scopes: z.array(str),
});
export type TokenData = z.infer<typeof tokenDataSchema>;

export const authorizedShopSchema = wireObject({
  id,
  name: str,
  region: str,
  seller_type: openEnum(['LOCAL', 'CROSS_BORDER']),
  /** Pass as `shop_cipher`; differs from `code`. */
  cipher: str,
  code: str,
});
export type AuthorizedShop = z.infer<typeof authorizedShopSchema>;

/** GET /authorization/202309/shops */
export const getAuthorizedShopsDataSchema = wireObject({ shops: z.array(authorizedShopSchema) });
export type GetAuthorizedShopsData = z.infer<typeof getAuthorizedShopsDataSchema>;

/** GET /seller/202309/shops */
export const getActiveShopsDataSchema = wireObject({ shops: z.array(wireObject({ id, region: str })) });
export type GetActiveShopsData = z.infer<typeof getActiveShopsDataSchema>;
