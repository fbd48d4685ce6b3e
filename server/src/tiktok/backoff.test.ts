import { describe, expect, test } from 'vitest';
import { backoffDelayMs, parseRetryAfterMs } from './backoff.js';

const options = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000 };

describe('backoffDelayMs', () => {
  test('the ceiling doubles per retry up to the cap; jitter spreads below it', () => {
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelayMs(retry, options, 0, () => 1))).toEqual([100, 200, 400, 800, 1_000]);
    expect(backoffDelayMs(3, options, 0, () => 0)).toBe(0);
    expect(backoffDelayMs(3, options, 0, () => 0.5)).toBe(200);
  });

  test('Retry-After is a floor', () => {
    expect(backoffDelayMs(1, options, 2_500, () => 1)).toBe(2_500);
  });
});

describe('parseRetryAfterMs', () => {
  test('seconds, HTTP dates and garbage', () => {
    expect(parseRetryAfterMs('2', 0)).toBe(2_000);
    expect(parseRetryAfterMs('Thu, 01 Jan 1970 00:00:05 GMT', 1_000)).toBe(4_000);
    expect(parseRetryAfterMs('soon', 0)).toBe(0);
    expect(parseRetryAfterMs(null, 0)).toBe(0);
  });
});
