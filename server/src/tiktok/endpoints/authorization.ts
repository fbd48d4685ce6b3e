import type { ApiCaller, TokenOwnerRef } from '../api-caller.js';
import { getActiveShopsDataSchema, getAuthorizedShopsDataSchema } from '../wire/auth.js';

/** Calls made with a seller token but no `shop_cipher`. */
export function authorizationEndpoints(api: ApiCaller) {
  return {
    /** GET /authorization/202309/shops: the shops (and their ciphers) this token covers. */
    getAuthorizedShops: (owner: TokenOwnerRef) =>
      api.call({ method: 'GET', path: '/authorization/202309/shops', shop: owner, data: getAuthorizedShopsDataSchema, replayable: true }),
    /** GET /seller/202309/shops */
    getActiveShops: (owner: TokenOwnerRef) =>
      api.call({ method: 'GET', path: '/seller/202309/shops', shop: owner, data: getActiveShopsDataSchema, replayable: true }),
  };
}
