import type { Clock } from './clock.ts';

export interface WindowVerdict {
  allowed: boolean;
  limit: number;
  /** Calls still allowed in the current window after this one. */
  remaining: number;
  /** Milliseconds until the oldest counted call leaves the window (when a call would be allowed again). */
  retryInMs: number;
  windowMs: number;
}

/**
 * A sliding-log rate window per key (account, app): exactly `limit` calls in any `windowMs`,
 * as HubSpot's "ten-secondly rolling" limit behaves. A ring buffer per key keeps memory at
 * O(limit) and each decision O(1).
 */
export class RateWindow {
  private readonly rings = new Map<string, { stamps: Float64Array; head: number; size: number }>();

  private readonly options: { limit: number; windowMs: number; clock: Clock };

  constructor(options: { limit: number; windowMs: number; clock: Clock }) {
    if (!Number.isInteger(options.limit) || options.limit < 1) throw new Error(`rate window limit must be a positive integer, got ${options.limit}`);
    this.options = options;
  }

  get limit(): number {
    return this.options.limit;
  }

  get windowMs(): number {
    return this.options.windowMs;
  }

  take(key: string): WindowVerdict {
    const { limit, windowMs, clock } = this.options;
    const now = clock.now();
    const ring = this.ringFor(key);
    // Drop stamps that left the window, oldest first.
    while (ring.size > 0) {
      const oldest = ring.stamps[(ring.head - ring.size + limit) % limit]!;
      if (now - oldest < windowMs) break;
      ring.size -= 1;
    }
    if (ring.size >= limit) {
      const oldest = ring.stamps[(ring.head - ring.size + limit) % limit]!;
      return { allowed: false, limit, remaining: 0, retryInMs: Math.max(0, oldest + windowMs - now), windowMs };
    }
    ring.stamps[ring.head] = now;
    ring.head = (ring.head + 1) % limit;
    ring.size += 1;
    const oldest = ring.stamps[(ring.head - ring.size + limit) % limit]!;
    return { allowed: true, limit, remaining: limit - ring.size, retryInMs: Math.max(0, oldest + windowMs - now), windowMs };
  }

  reset(): void {
    this.rings.clear();
  }

  private ringFor(key: string) {
    let ring = this.rings.get(key);
    if (!ring) {
      ring = { stamps: new Float64Array(this.options.limit), head: 0, size: 0 };
      this.rings.set(key, ring);
    }
    return ring;
  }
}
