/**
 * Admits calls so that at most `limit` are granted in any `windowMs`. The client calls `acquire`
 * before every Open API request with key `${appKey}:${shopId}`, TikTok's quota unit (API.md §3.4).
 */
export interface RateLimiter {
  acquire(key: string): Promise<void>;
}

export interface RateLimitOptions {
  /** Calls per window; TikTok's default quota is 50 per second per (app, shop). */
  limit?: number;
  /**
   * Window length. One second plus headroom, because TikTok counts arrivals and network jitter can
   * bunch up calls we spaced out.
   */
  windowMs?: number;
}

export const DEFAULT_RATE_LIMIT = { limit: 50, windowMs: 1_050 } as const;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** For tests and single-process deployments: a sliding log of grant times per key. */
export class InMemoryRateLimiter implements RateLimiter {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly grants = new Map<string, number[]>();
  private readonly queues = new Map<string, Promise<void>>();

  constructor(options: RateLimitOptions & { now?: () => number } = {}) {
    this.limit = options.limit ?? DEFAULT_RATE_LIMIT.limit;
    this.windowMs = options.windowMs ?? DEFAULT_RATE_LIMIT.windowMs;
    this.now = options.now ?? Date.now;
  }

  acquire(key: string): Promise<void> {
    // Callers of one key queue up so grants stay in arrival order.
    const turn = (this.queues.get(key) ?? Promise.resolve()).then(() => this.take(key));
    const tail = turn.catch(() => undefined);
    this.queues.set(key, tail);
    void tail.then(() => {
      if (this.queues.get(key) === tail) this.queues.delete(key);
    });
    return turn;
  }

  private async take(key: string): Promise<void> {
    const times = this.grants.get(key) ?? [];
    this.grants.set(key, times);
    for (;;) {
      const now = this.now();
      // A grant stops counting only once strictly more than a window has passed.
      while (times.length > 0 && now - times[0]! > this.windowMs) times.shift();
      if (times.length < this.limit) {
        times.push(now);
        return;
      }
      await sleep(times[0]! + this.windowMs + 1 - now);
    }
  }
}
