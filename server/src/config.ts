import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
    CONSIGN_DATA_DIR: z.string().default('.consign'),
    CONSIGN_SECRET_KEY: optionalString.pipe(
      z
        .string()
        .regex(/^[0-9a-f]{64}$/i, 'must be 64 hex characters (32 bytes), e.g. from `openssl rand -hex 32`')
        .optional(),
    ),
    CONSIGN_ADMIN_EMAIL: optionalString.pipe(z.email().optional()),
    CONSIGN_ADMIN_PASSWORD: optionalString.pipe(z.string().min(12, 'must be at least 12 characters').optional()),
    CONSIGN_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    CONSIGN_PUBLIC_URL: optionalString.pipe(z.url().optional()),
    TIKTOK_APP_KEY: optionalString,
    TIKTOK_APP_SECRET: optionalString,
    TIKTOK_SERVICE_ID: optionalString,
    TIKTOK_API_BASE_URL: z.url().default('https://open-api.tiktokglobalshop.com'),
    TIKTOK_AUTH_BASE_URL: z.url().default('https://auth.tiktok-shops.com'),
    TIKTOK_CONSENT_URL: z.url().default('https://services.tiktokshop.com/open/authorize'),
    SYNC_LOOKBACK_DAYS: z.coerce.number().int().min(1).max(365).default(90),
    SYNC_POLL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
    // The configured TikTok app is a standalone emulator (`npm run sandbox`): enables the console's Sandbox panel.
    CONSIGN_SANDBOX: z
      .enum(['true', 'false', '1', '0', ''])
      .default('false')
      .transform((v) => v === 'true' || v === '1'),
    SANDBOX_ORDERS: z.coerce.number().int().min(0).max(1_000_000).default(300),
    /** A split waits this long before it is sent to TikTok, which cannot undo one: the packer's window to undo. */
    SPLIT_UNDO_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  })
  .superRefine((c, ctx) => {
    if (Boolean(c.TIKTOK_APP_KEY) !== Boolean(c.TIKTOK_APP_SECRET)) {
      ctx.addIssue({ code: 'custom', path: ['TIKTOK_APP_SECRET'], message: 'TIKTOK_APP_KEY and TIKTOK_APP_SECRET go together' });
    }
    if (c.NODE_ENV === 'production' && !c.CONSIGN_SECRET_KEY) {
      ctx.addIssue({ code: 'custom', path: ['CONSIGN_SECRET_KEY'], message: 'is required in production' });
    }
    if (c.NODE_ENV === 'production' && !c.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required in production' });
    }
    if (Boolean(c.CONSIGN_ADMIN_EMAIL) !== Boolean(c.CONSIGN_ADMIN_PASSWORD)) {
      ctx.addIssue({ code: 'custom', path: ['CONSIGN_ADMIN_PASSWORD'], message: 'CONSIGN_ADMIN_EMAIL and CONSIGN_ADMIN_PASSWORD go together' });
    }
  });

export type Config = z.infer<typeof ConfigSchema> & {
  /** True when no TikTok credentials are configured: the hub talks to the bundled sandbox. */
  sandbox: boolean;
};

export class ConfigError extends Error {}

/** Parses the environment once; a bad variable stops the start with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(environment)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, sandbox: !parsed.data.TIKTOK_APP_KEY };
}

/** For process entry points: a bad configuration prints what is wrong and exits with status 1. */
export function loadConfigOrExit(need?: { databaseFor?: string; tiktokFor?: string }): Config {
  try {
    const config = loadConfig();
    if (need?.databaseFor && !config.DATABASE_URL) {
      throw new ConfigError(`Invalid configuration:\n  DATABASE_URL: is required for ${need.databaseFor}`);
    }
    if (need?.tiktokFor && config.sandbox) {
      throw new ConfigError(`Invalid configuration:\n  TIKTOK_APP_KEY: is required for ${need.tiktokFor}`);
    }
    return config;
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(e.message);
    process.exit(1);
  }
}
