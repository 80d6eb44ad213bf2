import type { HubspotObjectType } from '../object-types.ts';

/** What happened to a record, in the vocabulary of HubSpot's webhook subscription types. */
export type RecordChangeKind = 'creation' | 'propertyChange' | 'deletion' | 'merge' | 'restore' | 'privacyDeletion';

/**
 * One change the record store made, for webhook delivery. A write of three properties yields one
 * `propertyChange` per property whose value actually changed, as HubSpot's webhooks do.
 */
export interface RecordChangeEvent {
  objectType: HubspotObjectType;
  objectId: string;
  kind: RecordChangeKind;
  propertyName?: string;
  /** The new value; '' when the write cleared the property. */
  propertyValue?: string;
  occurredAt: number;
  /** The property-history source of the write: INTEGRATION, API, CRM_UI, IMPORT… */
  changeSource: string;
  sourceId?: string;
  /** On `merge`: the record the caller named primary, the record merged into it, and the record that now holds both. */
  primaryObjectId?: string;
  mergedObjectIds?: string[];
  newObjectId?: string;
}

export type RecordChangeListener = (event: RecordChangeEvent) => void;

/** Who made a write, as property history and webhooks report it. */
export interface WriteSource {
  sourceType: string;
  sourceId?: string;
}

/** Fans change events out to listeners; a failing listener never fails the write that caused it. */
export class RecordChangeFeed {
  private listeners: RecordChangeListener[] = [];
  private readonly onListenerError: (err: unknown) => void;

  constructor(onListenerError: (err: unknown) => void = () => {}) {
    this.onListenerError = onListenerError;
  }

  subscribe(listener: RecordChangeListener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  emit(event: RecordChangeEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (err) {
        this.onListenerError(err);
      }
    }
  }
}
