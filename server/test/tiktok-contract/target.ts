/**
 * The two places the contract cases run: the in-process emulator (with its control API) and a real
 * TikTok Development Shop configured through environment variables. Both hand the cases the same
 * thing: a shop reference, its token store and a factory for clients built the way the hub builds
 * them.
 */
import { startTikTokEmulator, type TikTokEmulator } from '../../../fixtures/tiktok-shop/index.js';
import {
  InMemoryRateLimiter,
  InMemoryTokenStore,
  TIKTOK_API_BASE_URL,
  TIKTOK_AUTH_BASE_URL,
  TikTokClient,
  shopTokenFromWire,
  type ShopRef,
  type TikTokClientOptions,
} from '../../src/tiktok/index.js';

export type ClientOverrides = Partial<Omit<TikTokClientOptions, 'appKey' | 'apiBaseUrl' | 'authBaseUrl' | 'tokenStore'>>;

export interface Target {
  name: 'emulator' | 'real';
  appKey: string;
  appSecret: string;
  shop: ShopRef;
  /** The platform's current Unix time in seconds. */
  nowSeconds(): number;
  /** Shared by every client of the target, as the hub's database would be. */
  tokens: InMemoryTokenStore;
  /** A new client (own rate limiter) over the shared token store. */
  client(overrides?: ClientOverrides): TikTokClient;
}

export interface EmulatorTarget extends Target {
  name: 'emulator';
  emulator: TikTokEmulator;
  /** Consent again (Authorize button + code exchange), as after a lost authorization. */
  reauthorize(): Promise<void>;
}

/** Monday 10:00 UTC: pickup slots and SLA clocks are predictable from here. */
const EMULATOR_START = Date.UTC(2026, 2, 2, 10) / 1000;

/**
 * Short backoff so throttling and 5xx cases take seconds, and enough attempts that a 50 %-throttled
 * burst or a 30 % failure rate cannot exhaust them by bad luck.
 */
export const EMULATOR_RETRY = { maxAttempts: 10, baseDelayMs: 100, maxDelayMs: 3_000 };

export async function startEmulatorTarget(): Promise<EmulatorTarget> {
  const emulator = await startTikTokEmulator({
    port: 0,
    seed: 20_260_302,
    orders: 300,
    // 1 ms per platform second: the 2-minute first webhook retry comes after 120 ms.
    webhookRetryScale: 1,
    // Frozen, so nothing changes behind a case's back; cases move it explicitly.
    clock: { startAt: EMULATOR_START, frozen: true },
    // Hours, not days: the refresh case reaches the renewal window without aging every order a week.
    config: { accessTokenLifetimeSeconds: 4 * 3600 },
  });
  const tokens = new InMemoryTokenStore();
  const client = (overrides: ClientOverrides = {}) =>
    new TikTokClient({
      appKey: emulator.appKey,
      appSecret: emulator.appSecret,
      apiBaseUrl: emulator.url,
      authBaseUrl: emulator.url,
      tokenStore: tokens,
      rateLimiter: new InMemoryRateLimiter(),
      // The platform's clock is the emulator's virtual one; the client stamps and judges expiry by it.
      now: () => emulator.services.clock.nowMs(),
      retry: EMULATOR_RETRY,
      ...overrides,
    });
  const defaultShop = emulator.controls.defaultShop();

  // What the hub does on the consent redirect: exchange the code, discover the shops, store per shop.
  const consent = async (): Promise<ShopRef> => {
    const app = client();
    const granted = await app.auth.getAccessToken(emulator.controls.authorize(defaultShop.sellerOpenId));
    const token = shopTokenFromWire(granted);
    const ownerKey = `seller:${granted.open_id}`;
    tokens.set(ownerKey, token);
    const { shops = [] } = await app.authorization.getAuthorizedShops({ id: ownerKey });
    for (const shop of shops) if (shop.id) tokens.set(shop.id, token);
    const mine = shops.find((s) => s.id === defaultShop.id);
    if (!mine?.id || !mine.cipher) throw new Error('the emulator did not list the default shop with a cipher');
    return { id: mine.id, cipher: mine.cipher };
  };

  const shop = await consent();
  return {
    name: 'emulator',
    appKey: emulator.appKey,
    appSecret: emulator.appSecret,
    shop,
    nowSeconds: () => emulator.controls.now(),
    tokens,
    client,
    emulator,
    reauthorize: async () => {
      await consent();
    },
  };
}

const REAL_ENV = [
  'TIKTOK_CONTRACT_APP_KEY',
  'TIKTOK_CONTRACT_APP_SECRET',
  'TIKTOK_CONTRACT_ACCESS_TOKEN',
  'TIKTOK_CONTRACT_REFRESH_TOKEN',
  'TIKTOK_CONTRACT_SHOP_ID',
  'TIKTOK_CONTRACT_SHOP_CIPHER',
] as const;

export function missingRealEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return REAL_ENV.filter((name) => !env[name]);
}

/** A Development Shop on the production host (API.md §1: no sandbox since 202309). */
export function realTarget(env: NodeJS.ProcessEnv = process.env): Target {
  const need = (name: (typeof REAL_ENV)[number]) => env[name]!;
  const shop: ShopRef = { id: need('TIKTOK_CONTRACT_SHOP_ID'), cipher: need('TIKTOK_CONTRACT_SHOP_CIPHER') };
  const now = Math.floor(Date.now() / 1000);
  // The env carries no expiry: treat the token as good for a day. If TikTok says 105002 the client
  // renews once; the rotated refresh token then lives only in this process, so update the env after.
  const tokens = new InMemoryTokenStore({
    [shop.id]: {
      accessToken: need('TIKTOK_CONTRACT_ACCESS_TOKEN'),
      accessTokenExpiresAt: now + 86_400,
      refreshToken: need('TIKTOK_CONTRACT_REFRESH_TOKEN'),
      refreshTokenExpiresAt: now + 365 * 86_400,
    },
  });
  const appKey = need('TIKTOK_CONTRACT_APP_KEY');
  const appSecret = need('TIKTOK_CONTRACT_APP_SECRET');
  return {
    name: 'real',
    appKey,
    appSecret,
    shop,
    nowSeconds: () => Math.floor(Date.now() / 1000),
    tokens,
    client: (overrides = {}) =>
      new TikTokClient({
        appKey,
        appSecret,
        apiBaseUrl: env.TIKTOK_CONTRACT_API_BASE_URL || TIKTOK_API_BASE_URL,
        authBaseUrl: env.TIKTOK_CONTRACT_AUTH_BASE_URL || TIKTOK_AUTH_BASE_URL,
        tokenStore: tokens,
        rateLimiter: new InMemoryRateLimiter(),
        ...overrides,
      }),
  };
}
