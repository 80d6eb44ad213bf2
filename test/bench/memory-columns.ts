import { mib, seconds } from './format.ts';
import type { Column } from './table.ts';

/** The memory and GC columns every benchmark table ends with (docs/benchmarks.md, "Columns"). */
export const memoryColumns: Column[] = [
  { key: 'peakRssBytes', header: 'peak RSS', format: mib },
  { key: 'peakHeapUsedBytes', header: 'peak heap', format: mib },
  { key: 'peakLiveHeapBytes', header: 'live heap', format: mib },
  { key: 'gcMs', header: 'GC', format: seconds },
];
