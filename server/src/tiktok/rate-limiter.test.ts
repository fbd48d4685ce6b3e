import { describe, expect, test } from 'vitest';
import { InMemoryRateLimiter } from './rate-limiter.js';
import { maxInAnyWindow } from './test/windows.js';

async function timedAcquires(limiter: InMemoryRateLimiter, key: string, count: number): Promise<number[]> {
  return Promise.all(Array.from({ length: count }, () => limiter.acquire(key).then(() => performance.now())));
}

describe('InMemoryRateLimiter', () => {
  test('never grants more than the limit in any window', async () => {
    const limiter = new InMemoryRateLimiter({ limit: 5, windowMs: 220 });
    const started = performance.now();
    const times = await timedAcquires(limiter, 'app:shop', 16);
    expect(maxInAnyWindow(times, 200)).toBeLessThanOrEqual(5);
    // 16 grants at 5 per window need at least three full windows.
    expect(performance.now() - started).toBeGreaterThanOrEqual(3 * 220);
  });

  test('keys do not share a budget', async () => {
    const limiter = new InMemoryRateLimiter({ limit: 2, windowMs: 10_000 });
    const started = performance.now();
    await Promise.all([timedAcquires(limiter, 'app:shop-a', 2), timedAcquires(limiter, 'app:shop-b', 2)]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  test('grants immediately while under the limit', async () => {
    let now = 1_000;
    const limiter = new InMemoryRateLimiter({ limit: 3, windowMs: 1_000, now: () => now });
    await timedAcquires(limiter, 'k', 3);
    now += 1_001;
    await limiter.acquire('k');
  });
});
