import type { MikroORM } from '@mikro-orm/postgresql';
import type { PgBoss } from 'pg-boss';
import type { Config } from './config.js';
import { createPool, type Pool } from './db/pool.js';
import { createBoss } from './jobs/queue.js';
import { JournalStream } from './journal/journal-stream.js';
import type { Logger } from './platform/logger.js';
import { SecretBox } from './platform/secret-box.js';
import { ShopTokenStore } from './shops/shop-token-store.js';
import { OrderPageReader } from './sync/order-pages.js';
import { PostgresRateLimiter, TikTokClient } from './tiktok/index.js';

/** TikTok app credentials the hub acts with (real, or the sandbox's). */
export interface TikTokApp {
  appKey: string;
  appSecret: string;
  serviceId: string;
  apiBaseUrl: string;
  authBaseUrl: string;
  /** Seller consent page (services.tiktokshop.com, or the sandbox). */
  consentUrl: string;
  /**
   * The app is our TikTok emulator (the sandbox): its control API answers under `apiBaseUrl/__emulator`,
   * and the console's Sandbox panel drives it. Never true for a real TikTok app.
   */
  sandbox?: boolean;
}

/**
 * The shared parts of one hub process: configuration, database access, the job queue and the TikTok
 * client. The API and the workers are both built from it.
 */
export interface Hub {
  config: Config;
  log: Logger;
  orm: MikroORM;
  pool: Pool;
  boss: PgBoss;
  box: SecretBox;
  tokens: ShopTokenStore;
  tiktokApp: TikTokApp;
  tiktok: TikTokClient;
  /** Reads the pages of order imports on threads of their own. */
  orderPages: OrderPageReader;
  /** Change feed for subscriptions; started by the API process. */
  journal: JournalStream;
}

/**
 * For processes that never call TikTok (benchmarks, API-only tests): any call fails fast with a
 * connection error instead of reaching a real host.
 */
export const OFFLINE_TIKTOK_APP: TikTokApp = {
  appKey: 'offline',
  appSecret: 'offline',
  serviceId: 'offline',
  apiBaseUrl: 'http://127.0.0.1:9',
  authBaseUrl: 'http://127.0.0.1:9',
  consentUrl: 'http://127.0.0.1:9/open/authorize',
};

/** A TikTok stand-in that serves the API, token and consent hosts on one origin (the sandbox, the emulator in tests). */
export function singleHostTikTokApp(host: { appKey: string; appSecret: string; serviceId: string; url: string }): TikTokApp {
  return {
    appKey: host.appKey,
    appSecret: host.appSecret,
    serviceId: host.serviceId,
    apiBaseUrl: host.url,
    authBaseUrl: host.url,
    consentUrl: `${host.url}/open/authorize`,
  };
}

export function tiktokAppFromConfig(config: Config): TikTokApp | null {
  if (!config.TIKTOK_APP_KEY || !config.TIKTOK_APP_SECRET) return null;
  return {
    appKey: config.TIKTOK_APP_KEY,
    appSecret: config.TIKTOK_APP_SECRET,
    serviceId: config.TIKTOK_SERVICE_ID ?? '',
    apiBaseUrl: config.TIKTOK_API_BASE_URL,
    authBaseUrl: config.TIKTOK_AUTH_BASE_URL,
    consentUrl: config.TIKTOK_CONSENT_URL,
    sandbox: config.CONSIGN_SANDBOX,
  };
}

export function createHub(args: { config: Config; log: Logger; orm: MikroORM; databaseUrl: string; secretKey: string; tiktokApp: TikTokApp }): Hub {
  const pool = createPool(args.databaseUrl);
  const box = new SecretBox(args.secretKey);
  const tokens = new ShopTokenStore(pool, box);
  const tiktok = new TikTokClient({
    appKey: args.tiktokApp.appKey,
    appSecret: args.tiktokApp.appSecret,
    apiBaseUrl: args.tiktokApp.apiBaseUrl,
    authBaseUrl: args.tiktokApp.authBaseUrl,
    tokenStore: tokens,
    rateLimiter: new PostgresRateLimiter(pool),
    logger: args.log.child({ component: 'tiktok' }),
  });
  const journal = new JournalStream(args.databaseUrl, pool, args.log);
  const boss = createBoss(args.databaseUrl);
  // pg-boss re-emits connection failures (a database restart, a dropped connection) as 'error' events;
  // unheard, they would crash the process. It reconnects by itself.
  boss.on('error', (err) => args.log.error({ err }, 'queue error'));
  return { ...args, pool, box, tokens, tiktok, orderPages: OrderPageReader.forThisBuild(), journal, boss };
}

export async function closeHub(hub: Hub): Promise<void> {
  await hub.journal.stop();
  await hub.orderPages.close();
  await hub.pool.end();
}
