import { constants, PerformanceObserver } from 'node:perf_hooks';
import type { NodeGCPerformanceDetail, PerformanceEntry } from 'node:perf_hooks';

export interface GcTimer {
  /** Time V8 spent collecting garbage since the start, forced collections (the live-heap samples) left out. */
  stop(): Promise<{ gcMs: number; gcCount: number }>;
}

export function startGcTimer(): GcTimer {
  let gcMs = 0;
  let gcCount = 0;
  const count = (entries: readonly PerformanceEntry[]) => {
    for (const entry of entries) {
      // Node puts { kind, flags } on gc entries; the base type does not declare it.
      const detail = 'detail' in entry ? (entry.detail as NodeGCPerformanceDetail | undefined) : undefined;
      if (detail && (detail.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) !== 0) continue;
      gcMs += entry.duration;
      gcCount += 1;
    }
  };
  const observer = new PerformanceObserver((list) => count(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  return {
    async stop() {
      // GC entries are delivered asynchronously: let the last ones arrive.
      await new Promise((resolve) => setImmediate(resolve));
      count(observer.takeRecords());
      observer.disconnect();
      return { gcMs, gcCount };
    },
  };
}
