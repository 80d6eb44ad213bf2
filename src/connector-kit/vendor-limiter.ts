import Bottleneck from 'bottleneck';

export interface LimiterSettings {
  /** At most `max` calls started in any `windowMs` (HubSpot: 110 per 10 s for a public app). */
  max: number;
  windowMs: number;
  maxConcurrent?: number;
}

/**
 * One limiter per tenant and vendor, shared by every job of that tenant, so a webhook burst and a
 * full sync never add up past the vendor's limit. Embedded mode keeps them in this process; the
 * Redis-backed Bottleneck cluster slots in here later without changing callers.
 */
export class VendorLimiters {
  private readonly limiters = new Map<string, Bottleneck>();

  limiterFor(tenantId: string, vendor: string, settings: LimiterSettings): Bottleneck {
    const key = `${tenantId}:${vendor}`;
    let limiter = this.limiters.get(key);
    if (!limiter) {
      // Spacing starts evenly (minTime) so the window never sees a burst above `max`, with a margin.
      limiter = new Bottleneck({
        maxConcurrent: settings.maxConcurrent ?? 6,
        minTime: Math.ceil(settings.windowMs / settings.max) + 1,
        id: key,
      });
      this.limiters.set(key, limiter);
    }
    return limiter;
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.limiters.values()].map((l) => l.stop({ dropWaitingJobs: false })));
    this.limiters.clear();
  }
}
