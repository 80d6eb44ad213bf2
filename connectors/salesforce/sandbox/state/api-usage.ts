import type { Clock } from '../../../../src/sandbox-kit/index.ts';

// Salesforce meters API calls against a rolling 24-hour allocation per org ("Total API Request
// Allocations and Limits", https://developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet.meta/salesforce_app_limits_cheatsheet/salesforce_app_limits_platform_api.htm).
// The allocation runs to millions for big orgs, so instead of a timestamp per call (the kit's
// RateWindow ring buffer) each org keeps 24 × 60 one-minute buckets: memory is fixed, a call costs
// O(1) amortised, and a call leaves the window within a minute of turning 24 hours old.

const MINUTE_MS = 60_000;
const WINDOW_MINUTES = 24 * 60;

export interface ApiUsageVerdict {
  allowed: boolean;
  /** Calls counted in the last 24 hours, this one included when it was allowed. */
  used: number;
  max: number;
}

class MinuteBuckets {
  private readonly counts = new Float64Array(WINDOW_MINUTES);
  private readonly minutes = new Float64Array(WINDOW_MINUTES).fill(-Infinity);
  private total = 0;
  private latestMinute = -Infinity;

  /** Calls in the 24 hours ending at `minute`, after dropping the buckets that left the window. */
  usedAt(minute: number): number {
    if (minute > this.latestMinute) {
      // Evict every slot the clock moved past; at most one full turn of the ring.
      const from = Math.max(this.latestMinute + 1, minute - WINDOW_MINUTES + 1);
      for (let m = from; m <= minute; m++) this.evict(m);
      this.latestMinute = minute;
    }
    return this.total;
  }

  add(minute: number): void {
    const slot = minute % WINDOW_MINUTES;
    if (this.minutes[slot] !== minute) this.evict(minute);
    this.counts[slot]! += 1;
    this.total += 1;
  }

  private evict(minute: number): void {
    const slot = minute % WINDOW_MINUTES;
    this.total -= this.counts[slot]!;
    this.counts[slot] = 0;
    this.minutes[slot] = minute;
  }
}

/** The rolling 24-hour API allocation of each org the sandbox serves. */
export class ApiUsage {
  private readonly orgs = new Map<string, MinuteBuckets>();
  private readonly clock: Clock;
  private max: number;

  constructor(options: { clock: Clock; dailyLimit: number }) {
    if (!Number.isInteger(options.dailyLimit) || options.dailyLimit < 1) {
      throw new Error(`the daily API limit must be a positive integer, got ${options.dailyLimit}`);
    }
    this.clock = options.clock;
    this.max = options.dailyLimit;
  }

  get dailyLimit(): number {
    return this.max;
  }

  /** Counts one call for `org` unless the allocation is spent (a refused call is not counted). */
  take(org: string): ApiUsageVerdict {
    const minute = Math.floor(this.clock.now() / MINUTE_MS);
    const buckets = this.bucketsOf(org);
    const used = buckets.usedAt(minute);
    if (used >= this.max) return { allowed: false, used, max: this.max };
    buckets.add(minute);
    return { allowed: true, used: used + 1, max: this.max };
  }

  /** Calls counted for `org` in the last 24 hours, without counting one. */
  peek(org: string): ApiUsageVerdict {
    const used = this.bucketsOf(org).usedAt(Math.floor(this.clock.now() / MINUTE_MS));
    return { allowed: used < this.max, used, max: this.max };
  }

  reset(): void {
    this.orgs.clear();
  }

  private bucketsOf(org: string): MinuteBuckets {
    let buckets = this.orgs.get(org);
    if (!buckets) {
      buckets = new MinuteBuckets();
      this.orgs.set(org, buckets);
    }
    return buckets;
  }
}
