import type { JsonValue } from './json-value.ts';
import type { IsoTimestamp } from './timestamp.ts';

/** Where a stream stopped, e.g. { modifiedAt, id } of the last committed record. Opaque to the store. */
export interface SyncCursor<TValue extends JsonValue = JsonValue> {
  stream: string;
  value: TValue;
  /** When the value last changed; saving the same value again leaves it as it was. */
  updatedAt: IsoTimestamp;
}

/** Checkpoints of incremental syncs, per tenant and stream (e.g. 'hubspot:contacts'). */
export interface SyncCursorRepository {
  /** `TValue` is the shape the stream saved; the store does not check it. */
  get<TValue extends JsonValue = JsonValue>(tenantId: string, stream: string): Promise<SyncCursor<TValue> | undefined>;
  /** Idempotent: saving the value already stored changes nothing. */
  save(tenantId: string, stream: string, value: JsonValue): Promise<SyncCursor>;
}
