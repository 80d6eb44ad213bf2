/** The highest memory a process reached while a benchmark ran. */
export interface MemoryPeak {
  /** RSS when sampling started (the process with its modules loaded, before the work). */
  startRssBytes: number;
  /** Highest of the samples and the kernel's high-water mark (getrusage maxrss), so no burst between samples is missed. */
  peakRssBytes: number;
  /** Highest sampled V8 heapUsed (garbage not yet collected included). */
  peakHeapUsedBytes: number;
  /** Highest heapUsed right after a full GC at the points the benchmark chose: what it really holds. */
  peakLiveHeapBytes: number | null;
  samples: number;
}

export interface MemorySampler {
  /** Takes a sample now: long synchronous loops call it, since the timer cannot fire inside them. */
  sample(): void;
  /** Forces a full GC (the worker runs with --expose-gc) and records the heap still in use. */
  sampleLive(): void;
  stop(): MemoryPeak;
}

/** Samples process.memoryUsage() every `intervalMs` (and on demand) until stopped; the timer never keeps the process alive. */
export function startMemorySampler(intervalMs = 50): MemorySampler {
  const start = process.memoryUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  let peakLive: number | null = null;
  let samples = 1;
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    samples += 1;
    if (rss > peakRss) peakRss = rss;
    if (heapUsed > peakHeap) peakHeap = heapUsed;
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    sample,
    sampleLive() {
      if (!globalThis.gc) return;
      sample();
      globalThis.gc();
      const live = process.memoryUsage().heapUsed;
      peakLive = Math.max(peakLive ?? 0, live);
    },
    stop() {
      clearInterval(timer);
      sample();
      const kernelPeak = process.resourceUsage().maxRSS * 1024;
      return { startRssBytes: start.rss, peakRssBytes: Math.max(peakRss, kernelPeak), peakHeapUsedBytes: peakHeap, peakLiveHeapBytes: peakLive, samples };
    },
  };
}
