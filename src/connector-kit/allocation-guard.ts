// Bulk work (backfills, full resyncs) spends the same daily API allocation as every other integration the
// customer runs against their org. Stopping at a share of it leaves the rest for them; the engine pauses
// the job and resumes it once the rolling 24-hour usage has come down.

/** The allocation as the vendor last reported it (Salesforce: `Sforce-Limit-Info: api-usage=used/limit`). */
export interface AllocationUsage {
  used: number;
  limit: number;
}

export const DEFAULT_ALLOCATION_SHARE = 0.75;

export class AllocationShareReachedError extends Error {
  readonly used: number;
  readonly limit: number;
  readonly share: number;

  constructor(usage: AllocationUsage, share: number) {
    const percent = `${Math.round(share * 100)}%`;
    const count = (n: number) => n.toLocaleString('en-US');
    super(
      `Bulk work stops here: ${count(usage.used)} of ${count(usage.limit)} daily API calls are used, which reaches the ${percent} share this ` +
        `connector may take, so the customer's other integrations keep working. It resumes when the rolling 24-hour usage ` +
        `drops below ${percent}.`,
    );
    this.name = 'AllocationShareReachedError';
    this.used = usage.used;
    this.limit = usage.limit;
    this.share = share;
  }
}

export interface AllocationGuard {
  readonly share: number;
  /** Throws AllocationShareReachedError when used/limit ≥ share; no usage reported yet passes. */
  check(usage: AllocationUsage | undefined): void;
  /** Calls left before the share is reached: 0 once it is, Infinity while nothing has been reported. */
  remaining(usage: AllocationUsage | undefined): number;
}

export function allocationGuard(options: { share?: number } = {}): AllocationGuard {
  const share = options.share ?? DEFAULT_ALLOCATION_SHARE;
  if (!(share > 0 && share <= 1)) throw new RangeError(`the allocation share must be in (0, 1], got ${share}`);

  // The smallest `used` with used/limit ≥ share, found with the same division check() uses, so the two
  // never disagree by a call where share × limit is not exact in floating point.
  const stopAt = (limit: number) => {
    let used = Math.ceil(share * limit);
    while (used > 0 && (used - 1) / limit >= share) used -= 1;
    while (used / limit < share) used += 1;
    return used;
  };
  const remaining = (usage: AllocationUsage | undefined) => {
    if (usage === undefined) return Number.POSITIVE_INFINITY;
    if (!(usage.limit > 0)) return 0;
    return Math.max(0, stopAt(usage.limit) - usage.used);
  };

  return {
    share,
    check(usage) {
      if (usage !== undefined && remaining(usage) === 0) throw new AllocationShareReachedError(usage, share);
    },
    remaining,
  };
}
