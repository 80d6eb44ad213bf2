/** One API call a sandbox answered, as benchmarks and efficiency tests count them. */
export interface LedgerEntry {
  vendor: string;
  method: string;
  /** The route pattern, e.g. `/crm/v3/objects/:objectType/batch/upsert`, so ids do not split the count. */
  endpoint: string;
  status: number;
  at: number;
}

export interface EndpointCount {
  endpoint: string;
  calls: number;
  byStatus: Record<string, number>;
}

/** Counts every API call by endpoint; the efficiency figures of benchmarks come from here. */
export class CallLedger {
  private entries: LedgerEntry[] = [];
  // Benchmarks at 1M records would hold millions of entries; past the cap only the counts grow.
  private readonly keepEntries: number;
  private readonly counts = new Map<string, EndpointCount>();
  private total = 0;

  constructor(options: { keepEntries?: number } = {}) {
    this.keepEntries = options.keepEntries ?? 10_000;
  }

  record(entry: LedgerEntry): void {
    this.total += 1;
    if (this.entries.length < this.keepEntries) this.entries.push(entry);
    const key = `${entry.method} ${entry.endpoint}`;
    const count = this.counts.get(key) ?? { endpoint: key, calls: 0, byStatus: {} };
    count.calls += 1;
    count.byStatus[entry.status] = (count.byStatus[entry.status] ?? 0) + 1;
    this.counts.set(key, count);
  }

  /** Calls so far; with `endpoint` ("POST /crm/v3/objects/:objectType/batch/upsert") only that endpoint's. */
  count(endpoint?: string): number {
    if (endpoint === undefined) return this.total;
    return this.counts.get(endpoint)?.calls ?? 0;
  }

  byEndpoint(): EndpointCount[] {
    return [...this.counts.values()].sort((a, b) => b.calls - a.calls || a.endpoint.localeCompare(b.endpoint));
  }

  recent(): readonly LedgerEntry[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
    this.counts.clear();
    this.total = 0;
  }

  summary(): { total: number; endpoints: EndpointCount[] } {
    return { total: this.total, endpoints: this.byEndpoint() };
  }
}
