/**
 * Consent screens shown and not yet answered, by request id. Anyone can open an authorize page,
 * so the store is bounded: every new request sweeps a bounded number of expired entries, and past
 * `maxEntries` the oldest request gives way (its user sees "expired" and starts again).
 */
export class PendingConsents<T extends { expiresAt: number }> {
  private readonly entries = new Map<string, T>();
  private readonly maxEntries: number;
  private readonly sweepPerAdd: number;

  constructor(options: { maxEntries?: number; sweepPerAdd?: number } = {}) {
    this.maxEntries = options.maxEntries ?? 1_000;
    this.sweepPerAdd = options.sweepPerAdd ?? 100;
  }

  get size(): number {
    return this.entries.size;
  }

  add(requestId: string, consent: T, now: number): void {
    this.sweep(now);
    // Maps iterate in insertion order: the first key is the oldest request.
    while (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(requestId, consent);
  }

  /** The live request with this id, removed: a consent screen is answered once. */
  take(requestId: string, now: number): T | undefined {
    const consent = this.entries.get(requestId);
    this.entries.delete(requestId);
    return consent && consent.expiresAt > now ? consent : undefined;
  }

  /** Drops expired requests, oldest first, looking at no more than `sweepPerAdd` of them. */
  private sweep(now: number): void {
    let looked = 0;
    for (const [id, consent] of this.entries) {
      if (looked++ >= this.sweepPerAdd) return;
      if (consent.expiresAt <= now) this.entries.delete(id);
    }
  }
}
