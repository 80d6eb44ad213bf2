import type { Clock } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotObjectType } from '../object-types.ts';
import { HUBSPOT_OBJECT_TYPES, OBJECT_TYPES } from '../object-types.ts';
import type { RecordChangeEvent, RecordChangeListener, WriteSource } from './record-changes.ts';
import { RecordChangeFeed } from './record-changes.ts';
import type { StoredRecord } from './stored-record.ts';
import { emptyValues, isoOf, ownValue, pushHistory } from './stored-record.ts';
import { RecordIndex } from './record-index.ts';
import { mergedProperties } from './merge-properties.ts';
import type { PropertyRules, UniqueConflict } from './record-rules.ts';

/**
 * Every CRM record of one portal, and how records change. Ids are numeric strings that only grow;
 * archive is soft (list and get with `archived=true` still see the record); merge and GDPR delete
 * remove records for good, and a merged-away id keeps pointing at the record it was merged into.
 * Every change is announced to `onChange` listeners (webhook delivery).
 */
export class RecordStore {
  private readonly index: RecordIndex;
  private readonly feed: RecordChangeFeed;
  private readonly clock: Clock;
  private readonly rules: PropertyRules;
  private readonly firstId: number;
  private readonly mergeKeepsPrimaryId: boolean;
  private nextId: number;

  constructor(options: {
    clock: Clock; rules: PropertyRules; firstId?: number; mergeKeepsPrimaryId?: boolean; onListenerError?: (err: unknown) => void;
  }) {
    this.clock = options.clock;
    this.rules = options.rules;
    this.mergeKeepsPrimaryId = options.mergeKeepsPrimaryId ?? false;
    this.firstId = options.firstId ?? 1001;
    this.nextId = this.firstId;
    this.feed = new RecordChangeFeed(options.onListenerError);
    this.index = new RecordIndex((type, property) => this.isUnique(type, property));
  }

  /** Subscribes to creations, property changes, deletions, merges and restores; returns the unsubscribe. */
  onChange(listener: RecordChangeListener): () => void {
    return this.feed.subscribe(listener);
  }

  get(type: HubspotObjectType, id: string): StoredRecord | undefined {
    return this.index.get(type, id);
  }

  /** The record a merged-away id now resolves to, if `id` was merged into another record. */
  survivorOf(type: HubspotObjectType, id: string): string | undefined {
    return this.index.survivorOf(type, id);
  }

  isUnique(type: HubspotObjectType, property: string): boolean {
    return (type === 'contacts' && property === 'email') || this.rules.isUnique(type, property);
  }

  /** The live record holding `value` in a unique property (for contacts' email, also its additional emails). */
  findByUnique(type: HubspotObjectType, property: string, value: string): StoredRecord | undefined {
    const id = this.index.ownerOf(type, property, value);
    return id === undefined ? undefined : this.get(type, id);
  }

  /** The first unique value in `values` another live record already holds. */
  findConflict(type: HubspotObjectType, values: Record<string, string | null>, exceptId?: string): UniqueConflict | undefined {
    return this.index.findConflict(type, values, exceptId);
  }

  /** A property stopped being unique (it was archived): its values no longer identify records. */
  releaseUniqueProperty(type: HubspotObjectType, property: string): void {
    this.index.releaseProperty(type, property);
  }

  /** Live (or, with `archived`, only archived) records in id order, from `after` on. */
  list(type: HubspotObjectType, options: { after?: number; limit: number; archived: boolean }): { records: StoredRecord[]; nextAfter?: string } {
    return this.index.list(type, options);
  }

  /** Every record of a type, archived ones included, in id order. */
  scan(type: HubspotObjectType): IterableIterator<StoredRecord> {
    return this.index.scan(type);
  }

  count(type: HubspotObjectType): { live: number; archived: number } {
    return this.index.count(type);
  }

  /**
   * Creates a record; like update, it throws UniqueValueTaken rather than share a unique value. Seeding
   * passes `createdAt`/`updatedAt` from the past and `silent`, so a data set loads without a webhook storm.
   */
  create(
    type: HubspotObjectType, values: Record<string, string | null>, source: WriteSource,
    options: { createdAt?: number; updatedAt?: number; silent?: boolean } = {},
  ): StoredRecord {
    this.index.refuseShared(type, values);
    const info = OBJECT_TYPES[type];
    const now = options.updatedAt ?? this.clock.now();
    const createdAt = options.createdAt ?? now;
    const id = String(this.nextId++);
    const properties = emptyValues();
    for (const [name, value] of Object.entries(values)) if (value !== null) properties[name] = value;
    properties.hs_object_id = id;
    properties[info.createdProperty] ??= isoOf(createdAt);
    properties[info.lastModifiedProperty] = isoOf(Math.max(now, createdAt));
    const record: StoredRecord = { id, objectType: type, properties, createdAt, updatedAt: Math.max(now, createdAt), archivedAt: null, createdBy: source };
    this.index.insert(record);
    if (options.silent) return record;
    this.emit(record, 'creation', source);
    for (const [name, value] of Object.entries(values)) {
      if (value !== null && !this.isSystem(type, name)) this.emit(record, 'propertyChange', source, { propertyName: name, propertyValue: value });
    }
    return record;
  }

  /** Applies a write; only values that differ change the record, its history and its modified date. */
  update(type: HubspotObjectType, id: string, values: Record<string, string | null>, source: WriteSource): StoredRecord {
    const record = this.index.get(type, id);
    if (!record) throw new Error(`no ${type} record ${id}`);
    const now = this.clock.now();
    const changed: Array<[string, string | null]> = [];
    for (const [name, value] of Object.entries(values)) {
      if (this.isSystem(type, name) || (ownValue(record.properties, name) ?? null) === value) continue;
      changed.push([name, value]);
    }
    if (changed.length === 0) return record;
    this.index.refuseShared(type, Object.fromEntries(changed), id);
    this.index.releaseUnique(record);
    for (const [name, value] of changed) {
      pushHistory(record, name, { value: value ?? '', timestamp: now, ...source });
      if (value === null) delete record.properties[name];
      else record.properties[name] = value;
    }
    record.updatedAt = now;
    record.properties[OBJECT_TYPES[type].lastModifiedProperty] = isoOf(now);
    this.index.claimUnique(record);
    for (const [name, value] of changed) this.emit(record, 'propertyChange', source, { propertyName: name, propertyValue: value ?? '' });
    return record;
  }

  /** Soft delete: the record leaves lists, search and unique lookups, and frees its unique values. */
  archive(type: HubspotObjectType, id: string, source: WriteSource): boolean {
    const record = this.get(type, id);
    if (!record || record.archivedAt !== null) return false;
    record.archivedAt = this.clock.now();
    this.index.releaseUnique(record);
    this.emit(record, 'deletion', source);
    return true;
  }

  restore(type: HubspotObjectType, id: string, source: WriteSource): boolean {
    const record = this.get(type, id);
    if (!record || record.archivedAt === null || this.findConflict(type, record.properties, id)) return false;
    record.archivedAt = null;
    this.index.claimUnique(record);
    this.emit(record, 'restore', source);
    return true;
  }

  /** GDPR delete: gone for good, with no archived copy. */
  purge(type: HubspotObjectType, id: string, source: WriteSource): boolean {
    const record = this.get(type, id);
    if (!record) return false;
    this.index.remove(record);
    this.emit(record, 'privacyDeletion', source);
    return true;
  }

  /**
   * Merges `mergedId` into `primaryId`. HubSpot now gives the result a new id and points both old
   * ids at it; with `mergeKeepsPrimaryId` (HubSpot's "primary ID preservation" beta) the primary keeps its id.
   */
  merge(type: HubspotObjectType, primaryId: string, mergedId: string, source: WriteSource): StoredRecord {
    const keepPrimaryId = this.mergeKeepsPrimaryId;
    const primary = this.get(type, primaryId);
    const merged = this.get(type, mergedId);
    if (!primary || !merged) throw new Error(`cannot merge ${type} ${mergedId} into ${primaryId}: not found`);
    const now = this.clock.now();
    const survivorId = keepPrimaryId ? primary.id : String(this.nextId++);
    const combined = mergedProperties(primary, merged, survivorId, now);
    this.index.remove(primary);
    this.index.remove(merged);
    const survivor: StoredRecord = {
      id: survivorId, objectType: type, properties: combined.properties, createdAt: combined.createdAt, updatedAt: now,
      archivedAt: null, createdBy: primary.createdBy, history: combined.history,
    };
    this.index.insert(survivor, { reusesId: keepPrimaryId });
    for (const oldId of [primary.id, merged.id]) if (oldId !== survivorId) this.index.pointAt(type, oldId, survivorId);
    this.emit(survivor, 'merge', source, { primaryObjectId: primary.id, mergedObjectIds: [merged.id], newObjectId: survivorId });
    return survivor;
  }

  snapshot(): Record<HubspotObjectType, StoredRecord[]> {
    return Object.fromEntries(HUBSPOT_OBJECT_TYPES.map((type) => [type, [...this.scan(type)]])) as Record<HubspotObjectType, StoredRecord[]>;
  }

  reset(): void {
    this.index.clear();
    this.nextId = this.firstId;
  }

  private isSystem(type: HubspotObjectType, name: string): boolean {
    return name === 'hs_object_id' || name === OBJECT_TYPES[type].lastModifiedProperty;
  }

  private emit(record: StoredRecord, kind: RecordChangeEvent['kind'], source: WriteSource, extra: Partial<RecordChangeEvent> = {}): void {
    this.feed.emit({
      objectType: record.objectType, objectId: record.id, kind, occurredAt: this.clock.now(),
      changeSource: source.sourceType, ...(source.sourceId === undefined ? {} : { sourceId: source.sourceId }), ...extra,
    });
  }
}
