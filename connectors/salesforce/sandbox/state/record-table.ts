import type { FieldValue } from './field-values.ts';
import type { KeyPrefixObject } from '../ids.ts';

/** One stored record. `fields` holds every field by canonical name (Id and system fields included). */
export interface SObjectRecord {
  readonly Id: string;
  readonly sobject: KeyPrefixObject;
  readonly fields: Readonly<Record<string, FieldValue>>;
  /** When it went to the recycle bin (`+0000` datetime); absent while live. */
  readonly deletedDate?: string;
  /** The record whose delete took this one to the recycle bin with it (an account's contacts…). */
  readonly deletedWith?: string;
}

function indexKey(value: FieldValue): string | undefined {
  if (value === null) return undefined;
  return typeof value === 'string' ? value.toLowerCase() : String(value);
}

/**
 * Records by id and by object (insertion order = id order, since ids are minted in sequence), with
 * lazily built value indexes, and before-images so a batch can be rolled back whole.
 */
export class RecordTable {
  private readonly byId = new Map<string, SObjectRecord>();
  private readonly bySObject = new Map<string, Map<string, SObjectRecord>>();
  /** `${sobject}.${field}` → lower-cased value → ids. */
  private readonly indexes = new Map<string, Map<string, Set<string>>>();
  /** Parent id → the ids in the recycle bin because its delete took them (kept by put and drop, so rollback keeps it too). */
  private readonly takenWith = new Map<string, Set<string>>();
  private beforeImages: Map<string, SObjectRecord | undefined> | null = null;

  get(id18: string): SObjectRecord | undefined {
    return this.byId.get(id18);
  }

  list(sobject: string): Iterable<SObjectRecord> {
    return this.bySObject.get(sobject)?.values() ?? [];
  }

  size(sobject?: string): number {
    return sobject === undefined ? this.byId.size : (this.bySObject.get(sobject)?.size ?? 0);
  }

  /** Ids whose field equals the value (text compared case-insensitively). */
  lookup(sobject: string, field: string, value: FieldValue): string[] {
    const key = indexKey(value);
    if (key === undefined) return [];
    const index = this.indexFor(sobject, field);
    return [...(index.get(key) ?? [])];
  }

  /** Records in the recycle bin because `parentId`'s delete took them there (recursively: all of them), in the order they went. */
  deletedWith(parentId: string): SObjectRecord[] {
    return [...(this.takenWith.get(parentId) ?? [])].flatMap((id) => this.byId.get(id) ?? []);
  }

  put(record: SObjectRecord): void {
    this.remember(record.Id);
    const previous = this.byId.get(record.Id);
    if (previous) this.unindex(previous);
    this.byId.set(record.Id, record);
    let table = this.bySObject.get(record.sobject);
    if (!table) this.bySObject.set(record.sobject, (table = new Map()));
    table.set(record.Id, record);
    this.index(record);
    if (record.deletedWith !== undefined) {
      let taken = this.takenWith.get(record.deletedWith);
      if (!taken) this.takenWith.set(record.deletedWith, (taken = new Set()));
      taken.add(record.Id);
    }
  }

  drop(id18: string): boolean {
    const previous = this.byId.get(id18);
    if (!previous) return false;
    this.remember(id18);
    this.unindex(previous);
    this.byId.delete(id18);
    this.bySObject.get(previous.sobject)?.delete(id18);
    return true;
  }

  /** Starts remembering before-images; writes until commit() or rollback() form one batch. */
  begin(): void {
    if (this.beforeImages) throw new Error('a batch is already open');
    this.beforeImages = new Map();
  }

  commit(): void {
    this.beforeImages = null;
  }

  /** Puts every record the batch touched back as it was. Re-inserted records keep their place in id order. */
  rollback(): void {
    const images = this.beforeImages;
    this.beforeImages = null;
    if (!images) return;
    const reinserted = new Set<string>();
    for (const [id, before] of images) {
      if (before && !this.byId.has(id)) reinserted.add(before.sobject);
      if (before) this.put(before);
      else this.drop(id);
    }
    // A record dropped in the batch and put back went to the end of its table: restore id order there.
    for (const sobject of reinserted) {
      const table = this.bySObject.get(sobject);
      if (!table) continue;
      const sorted = [...table.values()].sort((a, b) => (a.Id < b.Id ? -1 : a.Id > b.Id ? 1 : 0));
      table.clear();
      for (const r of sorted) table.set(r.Id, r);
    }
  }

  get inBatch(): boolean {
    return this.beforeImages !== null;
  }

  clear(): void {
    this.byId.clear();
    this.bySObject.clear();
    this.indexes.clear();
    this.takenWith.clear();
    this.beforeImages = null;
  }

  private remember(id: string): void {
    if (this.beforeImages && !this.beforeImages.has(id)) this.beforeImages.set(id, this.byId.get(id));
  }

  private indexFor(sobject: string, field: string): Map<string, Set<string>> {
    const name = `${sobject}.${field}`;
    let index = this.indexes.get(name);
    if (index) return index;
    index = new Map();
    this.indexes.set(name, index);
    for (const record of this.list(sobject)) this.addTo(index, record.fields[field] ?? null, record.Id);
    return index;
  }

  private index(record: SObjectRecord): void {
    for (const [name, index] of this.indexes) {
      const [sobject, field] = name.split('.') as [string, string];
      if (sobject === record.sobject) this.addTo(index, record.fields[field] ?? null, record.Id);
    }
  }

  private unindex(record: SObjectRecord): void {
    if (record.deletedWith !== undefined) {
      const taken = this.takenWith.get(record.deletedWith);
      taken?.delete(record.Id);
      if (taken?.size === 0) this.takenWith.delete(record.deletedWith);
    }
    for (const [name, index] of this.indexes) {
      const [sobject, field] = name.split('.') as [string, string];
      if (sobject !== record.sobject) continue;
      const key = indexKey(record.fields[field] ?? null);
      if (key !== undefined) index.get(key)?.delete(record.Id);
    }
  }

  private addTo(index: Map<string, Set<string>>, value: FieldValue, id: string): void {
    const key = indexKey(value);
    if (key === undefined) return;
    let ids = index.get(key);
    if (!ids) index.set(key, (ids = new Set()));
    ids.add(id);
  }
}
