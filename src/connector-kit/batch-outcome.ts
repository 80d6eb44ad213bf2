import type { FailureKind } from './failure.ts';

/** What one batch write did, record by record: a bad record never fails its neighbours. */
export interface BatchOutcome<T> {
  written: Array<{ record: T; vendorId: string; created: boolean }>;
  /** Goes to the dead-letter list with the vendor's own words. */
  rejected: Array<{
    record: T; kind: FailureKind; vendorMessage: string; vendorCode?: string;
    /** The records the vendor's duplicate rule says this one duplicates: a match, not a failure. */
    duplicateOf?: string[];
  }>;
  /** API calls the batch took (more than one when a whole-batch refusal had to be split). */
  calls: number;
}

export function emptyOutcome<T>(): BatchOutcome<T> {
  return { written: [], rejected: [], calls: 0 };
}

export function mergeOutcomes<T>(outcomes: ReadonlyArray<BatchOutcome<T>>): BatchOutcome<T> {
  return {
    written: outcomes.flatMap((o) => o.written),
    rejected: outcomes.flatMap((o) => o.rejected),
    calls: outcomes.reduce((sum, o) => sum + o.calls, 0),
  };
}
