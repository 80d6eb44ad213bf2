import type { HubspotObjectType } from '../object-types.ts';
import { HUBSPOT_OBJECT_TYPES } from '../object-types.ts';
import type { StoredRecord } from './stored-record.ts';
import { UniqueValueIndex, UniqueValueTaken } from './unique-values.ts';
import type { UniqueClaim, UniqueConflict } from './record-rules.ts';
import { uniqueClaims } from './record-rules.ts';

interface TypeTable {
  records: Map<string, StoredRecord>;
  /** Numeric ids in creation order (ascending): list paging binary-searches it. Removed ids stay and are skipped. */
  order: number[];
}

/**
 * Where records live and how they are found: by id, by a unique value, in id order from a cursor,
 * or through an id that was merged away. Plain maps and arrays, sized for ~100k records.
 */
export class RecordIndex {
  private readonly tables = new Map<HubspotObjectType, TypeTable>();
  private readonly mergedInto = new Map<string, string>();
  private readonly unique = new UniqueValueIndex();
  private readonly isUnique: (type: HubspotObjectType, property: string) => boolean;

  constructor(isUnique: (type: HubspotObjectType, property: string) => boolean) {
    this.isUnique = isUnique;
    this.clear();
  }

  get(type: HubspotObjectType, id: string): StoredRecord | undefined {
    return this.table(type).records.get(id);
  }

  survivorOf(type: HubspotObjectType, id: string): string | undefined {
    return this.mergedInto.get(`${type}:${id}`);
  }

  /** The live record that holds a unique value, by its id. */
  ownerOf(type: HubspotObjectType, property: string, value: string): string | undefined {
    return this.unique.ownerOf(type, property, value);
  }

  /** The unique values a set of property values holds (contacts' additional emails count as emails). */
  claimsOf(type: HubspotObjectType, values: Record<string, string | null>): UniqueClaim[] {
    return uniqueClaims(type, values, (property) => this.isUnique(type, property));
  }

  /** The first unique value in `values` a live record other than `exceptId` already holds. */
  findConflict(type: HubspotObjectType, values: Record<string, string | null>, exceptId?: string): UniqueConflict | undefined {
    for (const { property, key, value } of this.claimsOf(type, values)) {
      const existingId = this.unique.ownerOf(type, key, value);
      if (existingId !== undefined && existingId !== exceptId) return { property, value, existingId };
    }
    return undefined;
  }

  /** Writes never share a unique value: routes answer 409 before a write, so reaching this throw is a bug. */
  refuseShared(type: HubspotObjectType, values: Record<string, string | null>, id?: string): void {
    const conflict = this.findConflict(type, values, id);
    if (conflict) throw new UniqueValueTaken(type, conflict.property, conflict.value, conflict.existingId, id);
  }

  /** Live (or, with `archived`, only archived) records in id order, from `after` on. */
  list(type: HubspotObjectType, options: { after?: number; limit: number; archived: boolean }): { records: StoredRecord[]; nextAfter?: string } {
    const { records, order } = this.table(type);
    const page: StoredRecord[] = [];
    for (let index = lowerBound(order, options.after ?? 0); index < order.length; index++) {
      const record = records.get(String(order[index]));
      if (!record || (record.archivedAt !== null) !== options.archived) continue;
      if (page.length === options.limit) return { records: page, nextAfter: String(Number(page.at(-1)!.id) + 1) };
      page.push(record);
    }
    return { records: page };
  }

  *scan(type: HubspotObjectType): IterableIterator<StoredRecord> {
    const { records, order } = this.table(type);
    for (const id of order) {
      const record = records.get(String(id));
      if (record) yield record;
    }
  }

  count(type: HubspotObjectType): { live: number; archived: number } {
    const { records } = this.table(type);
    let archived = 0;
    for (const record of records.values()) if (record.archivedAt !== null) archived += 1;
    return { live: records.size - archived, archived };
  }

  /** Stores a record; `reusesId` when it takes the place of one removed (a merge that keeps the primary's id). */
  insert(record: StoredRecord, options: { reusesId?: boolean } = {}): void {
    const table = this.table(record.objectType);
    table.records.set(record.id, record);
    if (!options.reusesId) table.order.push(Number(record.id));
    if (record.archivedAt === null) this.claimUnique(record);
  }

  remove(record: StoredRecord): void {
    this.releaseUnique(record);
    this.table(record.objectType).records.delete(record.id);
  }

  /** From now on `oldId` (and every id merged into it earlier) resolves to `survivorId`. */
  pointAt(type: HubspotObjectType, oldId: string, survivorId: string): void {
    for (const [key, target] of this.mergedInto) if (target === oldId && key.startsWith(`${type}:`)) this.mergedInto.set(key, survivorId);
    this.mergedInto.set(`${type}:${oldId}`, survivorId);
  }

  claimUnique(record: StoredRecord): void {
    for (const { key, value } of this.claimsOf(record.objectType, record.properties)) this.unique.claim(record.objectType, key, value, record.id);
  }

  releaseUnique(record: StoredRecord): void {
    for (const { key, value } of this.claimsOf(record.objectType, record.properties)) this.unique.release(record.objectType, key, value, record.id);
  }

  /** Frees every value of a property that stopped being unique (archived): later releases no longer see it as unique. */
  releaseProperty(type: HubspotObjectType, property: string): void {
    this.unique.releaseProperty(type, property);
  }

  clear(): void {
    for (const type of HUBSPOT_OBJECT_TYPES) this.tables.set(type, { records: new Map(), order: [] });
    this.mergedInto.clear();
    this.unique.clear();
  }

  private table(type: HubspotObjectType): TypeTable {
    return this.tables.get(type)!;
  }
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
