/** Small tools the contract cases share: error capture, retry observation, money and masking checks. */
import { randomInt } from 'node:crypto';
import { expect } from 'vitest';
import { isTikTokError, type TikTokError, type TikTokErrorKind, type TikTokLogger } from '../../src/tiktok/index.js';

/** The TikTokError a call fails with; fails the test if the call succeeds or throws something else. */
export async function failureOf(call: Promise<unknown>): Promise<TikTokError> {
  try {
    await call;
  } catch (error) {
    if (isTikTokError(error)) return error;
    throw error;
  }
  throw new Error('expected the call to fail with a TikTokError, but it succeeded');
}

export interface RetryLog {
  logger: TikTokLogger;
  /** Retries the client scheduled, by the kind of failure that caused them. */
  retries(kind?: TikTokErrorKind): number;
}

/** Watches the client's own retry log: how often it backed off, and why. */
export function retryLog(): RetryLog {
  const kinds: string[] = [];
  return {
    logger: {
      debug: () => undefined,
      warn: (fields) => {
        const kind = (fields as { kind?: unknown }).kind;
        if (typeof kind === 'string') kinds.push(kind);
      },
    },
    retries: (kind) => kinds.filter((k) => kind === undefined || k === kind).length,
  };
}

/** Decimal money string → integer hundredths, so identities are checked without float error. */
export function cents(value: string | undefined): number {
  expect(value, 'money field').toMatch(/^-?\d+(\.\d{1,2})?$/);
  const [whole = '0', fraction = ''] = value!.replace('-', '').split('.');
  const amount = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return value!.startsWith('-') ? -amount : amount;
}

/** API.md §5: hidden PII comes back empty or with asterisks. */
export function isHidden(value: string | undefined): boolean {
  return value === undefined || value === '' || value.includes('*');
}

/**
 * A UPS number as the seller's carrier would issue it: `1Z` + 16 letters/digits. UPS because its
 * format is unique among US carriers, so the platform cannot answer with a "more than one provider"
 * warning.
 */
export function upsTrackingNumber(): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';
  let number = '1Z';
  while (number.length < 18) number += alphabet[randomInt(alphabet.length)];
  return number;
}
