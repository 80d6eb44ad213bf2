import type { SObjectRecord } from './record-table.ts';

/** What happened to one record. `at` is the `+0000` datetime of the change (SystemModstamp). */
export interface SObjectChange {
  kind: 'created' | 'updated' | 'deleted' | 'undeleted' | 'purged';
  sobject: string;
  id: string;
  at: string;
  record: SObjectRecord;
}

export type ChangeListener = (change: SObjectChange) => void;

/** Change listeners; during an all-or-none batch events wait, and a rollback drops them. */
export class ChangeFeed {
  onListenerError?: (err: unknown) => void;
  private readonly listeners = new Set<ChangeListener>();
  private held: SObjectChange[] | null = null;
  private muted = 0;

  /** Subscribes; returns the unsubscribe function. */
  listen(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: SObjectChange): void {
    if (this.muted > 0) return;
    if (this.held) this.held.push(change);
    else this.deliver(change);
  }

  /** Runs `fn` without telling listeners (seeding: the records were there before anyone listened). */
  silently<T>(fn: () => T): T {
    this.muted++;
    try {
      return fn();
    } finally {
      this.muted--;
    }
  }

  hold(): void {
    this.held = [];
  }

  release(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const change of held) this.deliver(change);
  }

  discard(): void {
    this.held = null;
  }

  private deliver(change: SObjectChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (err) {
        this.onListenerError?.(err);
      }
    }
  }
}
