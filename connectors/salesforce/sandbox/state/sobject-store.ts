import type { Clock } from '../../../../src/sandbox-kit/index.ts';
import { IdMinter, sobjectOfId, to18 } from '../ids.ts';
import type { SchemaCatalog } from './schema-catalog.ts';
import type { SObjectDef } from './sobject-def.ts';
import type { FieldValue } from './field-values.ts';
import { sfDateTime } from './field-values.ts';
import { checkSave } from './save-checks.ts';
import { deriveFields } from './derived-fields.ts';
import { checkDuplicates, hasDuplicateRule } from './duplicate-rule.ts';
import { cascadeTargets, historyRow } from './related-records.ts';
import type { SObjectRecord } from './record-table.ts';
import { SObjectWriteError, writeError, NOT_FOUND_MESSAGE } from './write-errors.ts';
import { SObjectReads } from './sobject-reads.ts';

export interface WriteOptions {
  /** The org's own write (lead conversion, merge, seeding): read-only fields may be set, rules and converted-lead locks do not apply. */
  system?: boolean;
  /** Sforce-Duplicate-Rule-Header `allowSave=true`: the duplicate rule lets the save through. */
  allowDuplicates?: boolean;
  /** The API version the caller used (duplicate results link to records with it). */
  apiVersion?: string;
  /** A record the duplicate rule does not match against: the lead a conversion turns into this contact. */
  duplicateOf?: string;
  /** When the write happened (ms); seeding backdates records. Defaults to the clock. */
  at?: number;
  /** Seeding only: LastModifiedDate/SystemModstamp of a create when later than `at`. */
  modifiedAt?: number;
  /** System creates only: the record's id (the org's admin user has a fixed one). */
  id?: string;
}

/** The records of one org: saves run Salesforce's checks and computations, deletes go to the recycle bin. */
export class SObjectStore extends SObjectReads {
  duplicateRuleEnabled: boolean;
  private readonly ids: IdMinter;

  constructor(options: { schema: SchemaCatalog; clock: Clock; podId?: string; duplicateRule?: boolean; onListenerError?: (err: unknown) => void }) {
    super(options);
    this.ids = new IdMinter(options.podId);
    this.duplicateRuleEnabled = options.duplicateRule ?? false;
    this.changes.onListenerError = options.onListenerError;
  }

  insert(sobject: string, input: Record<string, unknown>, actingUserId: string, options: WriteOptions = {}): SObjectRecord {
    const def = this.writableDef(sobject, 'create', options);
    const { Id: givenId, ...rest } = input;
    if (givenId !== undefined && !options.system) throw writeError('INVALID_FIELD_FOR_INSERT_UPDATE', 'cannot specify Id in an insert call', ['Id']);
    const checked = checkSave(def, rest, 'create', this.lookup, options);
    if (checked.errors.length > 0) throw new SObjectWriteError(checked.errors);
    const at = sfDateTime(options.at ?? this.clock.now());
    const modified = options.modifiedAt !== undefined && options.modifiedAt > (options.at ?? 0) ? sfDateTime(options.modifiedAt) : at;
    const fields: Record<string, FieldValue> = {};
    for (const f of def.fields) fields[f.name] = f.defaultValue ?? (f.type === 'boolean' ? false : null);
    Object.assign(fields, checked.values);
    const id = this.newId(def, options);
    Object.assign(fields, { Id: id, CreatedDate: at, CreatedById: actingUserId, LastModifiedDate: modified, LastModifiedById: actingUserId, SystemModstamp: modified });
    if ('IsDeleted' in fields) fields.IsDeleted = false;
    if ('OwnerId' in fields && fields.OwnerId === null) fields.OwnerId = actingUserId;
    this.finish(def, undefined, fields, checked.values, options);
    const record: SObjectRecord = { Id: id, sobject: def.name, fields };
    this.table.put(record);
    if (def.name === 'Opportunity') this.writeHistory(undefined, fields, actingUserId, at);
    this.changes.emit({ kind: 'created', sobject: def.name, id, at, record });
    return record;
  }

  update(id: string, input: Record<string, unknown>, actingUserId: string, options: WriteOptions = {}): SObjectRecord {
    const before = this.live(id);
    const def = this.writableDef(before.sobject, 'update', options);
    if (before.fields.IsConverted === true && !options.system) throw writeError('CANNOT_UPDATE_CONVERTED_LEAD', 'cannot reference converted lead');
    const { Id: _ignored, ...rest } = input;
    const checked = checkSave(def, rest, 'update', this.lookup, options);
    if (checked.errors.length > 0) throw new SObjectWriteError(checked.errors);
    const at = sfDateTime(options.at ?? this.clock.now());
    const fields: Record<string, FieldValue> = { ...before.fields, ...checked.values };
    Object.assign(fields, { LastModifiedDate: at, LastModifiedById: actingUserId, SystemModstamp: at });
    this.finish(def, before, fields, checked.values, options);
    const record: SObjectRecord = { Id: before.Id, sobject: before.sobject, fields };
    this.table.put(record);
    if (def.name === 'Opportunity') this.writeHistory(before.fields, fields, actingUserId, at);
    this.changes.emit({ kind: 'updated', sobject: def.name, id: before.Id, at, record });
    return record;
  }

  /** To the recycle bin (IsDeleted true; still in queryAll), with the records Salesforce deletes along with it. */
  softDelete(id: string, actingUserId: string, options: { masterRecordId?: string; at?: number; system?: boolean } = {}): SObjectRecord {
    const target = this.live(id);
    const def = this.schema.get(target.sobject);
    if (!def.deletable && !options.system) throw writeError('INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id');
    const at = sfDateTime(options.at ?? this.clock.now());
    for (const child of cascadeTargets(this.table, target)) this.moveToBin(child, at, actingUserId, target.Id);
    return this.moveToBin(target, at, actingUserId, undefined, options.masterRecordId);
  }

  /** Out of the recycle bin with its Id, and the records its delete took along. */
  restore(id: string, actingUserId: string): SObjectRecord {
    const target = this.get(id, { includeDeleted: true });
    if (!target) throw writeError('INVALID_ID_FIELD', 'invalid record id');
    if (target.deletedDate === undefined) throw writeError('UNDELETE_FAILED', 'Entity is not in the recycle bin');
    this.checkUnique(this.schema.get(target.sobject), target.fields, target.Id);
    const at = sfDateTime(this.clock.now());
    const record = this.moveOutOfBin(target, at, actingUserId);
    for (const child of this.table.deletedWith(target.Id)) this.moveOutOfBin(child, at, actingUserId);
    return record;
  }

  /** Gone for good (emptied from the recycle bin, or purged by a test). */
  hardRemove(id: string): boolean {
    const target = this.get(id, { includeDeleted: true });
    if (!target) return false;
    for (const child of this.table.deletedWith(target.Id)) this.hardRemove(child.Id);
    this.table.drop(target.Id);
    this.changes.emit({ kind: 'purged', sobject: target.sobject, id: target.Id, at: sfDateTime(this.clock.now()), record: target });
    return true;
  }

  /** Starts an all-or-none batch: until commit() or rollback(), writes can be undone and change events wait. */
  begin(): void {
    this.table.begin();
    this.changes.hold();
  }

  commit(): void {
    this.table.commit();
    this.changes.release();
  }

  rollback(): void {
    this.table.rollback();
    this.changes.discard();
  }

  /**
   * Runs `fn` as the org's own import (seeding, the admin user): no change events, and ids minted from
   * the counters a reset restarted, so re-seeding gives records the ids they had. Other creates after a
   * reset get ids past every id minted before it.
   */
  seeding<T>(fn: () => T): T {
    return this.changes.silently(() => this.ids.replay(fn));
  }

  reset(): void {
    this.table.clear();
    this.ids.reset();
    this.changes.discard();
  }

  private newId(def: SObjectDef, options: WriteOptions): string {
    if (options.id === undefined || !options.system) return this.ids.next(def.name);
    const id = to18(options.id);
    if (!id || sobjectOfId(id) !== def.name || this.table.get(id)) throw writeError('INVALID_ID_FIELD', `invalid id for ${def.name}: ${options.id}`);
    this.ids.reserve(id);
    return id;
  }

  private writableDef(sobject: string, mode: 'create' | 'update', options: WriteOptions): SObjectDef {
    const def = this.schema.resolve(sobject);
    if (!def) throw writeError('INVALID_TYPE', `sObject type '${sobject}' is not supported.`);
    if (!options.system && !(mode === 'create' ? def.createable : def.updateable)) {
      throw writeError('INVALID_TYPE_FOR_OPERATION', `entity type cannot be ${mode === 'create' ? 'inserted' : 'updated'}: ${def.label}`);
    }
    return def;
  }

  private live(id: string): SObjectRecord {
    const record = this.get(id, { includeDeleted: true });
    if (!record) throw writeError('NOT_FOUND', NOT_FOUND_MESSAGE);
    if (record.deletedDate !== undefined) throw writeError('ENTITY_IS_DELETED', 'entity is deleted');
    return record;
  }

  /** Computed fields, unique values, the duplicate rule: the part of a save after the field checks. */
  private finish(def: SObjectDef, before: SObjectRecord | undefined, fields: Record<string, FieldValue>, changed: Record<string, FieldValue>, options: WriteOptions): void {
    const derived = deriveFields(def.name, fields, changed, { now: options.at ?? this.clock.now(), fieldsOf: (id) => this.get(id)?.fields });
    if (derived) throw new SObjectWriteError([derived]);
    this.checkUnique(def, fields, before?.Id);
    const emailChanged = !before || ('Email' in changed && String(changed.Email ?? '').toLowerCase() !== String(before.fields.Email ?? '').toLowerCase());
    if (this.duplicateRuleEnabled && !options.allowDuplicates && !options.system && emailChanged && hasDuplicateRule(def.name)) {
      const duplicate = checkDuplicates(
        this.table, def.name, typeof fields.Email === 'string' ? fields.Email : null,
        [before?.Id, options.duplicateOf].filter((id) => id !== undefined), options.apiVersion ?? '62.0',
      );
      if (duplicate) throw new SObjectWriteError([duplicate]);
    }
  }

  private checkUnique(def: SObjectDef, fields: Readonly<Record<string, FieldValue>>, selfId: string | undefined): void {
    for (const f of def.fields) {
      if (!f.unique || fields[f.name] == null) continue;
      const clash = this.table.lookup(def.name, f.name, fields[f.name] ?? null).find((id) => id !== selfId && this.table.get(id)?.deletedDate === undefined);
      if (clash) throw writeError('DUPLICATE_VALUE', `duplicate value found: ${f.name} duplicates value on record with id: ${clash}`);
    }
  }

  private writeHistory(before: Readonly<Record<string, FieldValue>> | undefined, after: Record<string, FieldValue>, actingUserId: string, at: string): void {
    const row = historyRow(before, after);
    if (!row) return;
    const id = this.ids.next('OpportunityHistory');
    const record: SObjectRecord = { Id: id, sobject: 'OpportunityHistory', fields: { Id: id, ...row, CreatedById: actingUserId, CreatedDate: at, SystemModstamp: at, IsDeleted: false } };
    this.table.put(record);
    this.changes.emit({ kind: 'created', sobject: 'OpportunityHistory', id, at, record });
  }

  private moveToBin(record: SObjectRecord, at: string, actingUserId: string, parentId?: string, masterRecordId?: string): SObjectRecord {
    const fields: Record<string, FieldValue> = { ...record.fields, IsDeleted: true, SystemModstamp: at, LastModifiedById: actingUserId };
    if (masterRecordId !== undefined) fields.MasterRecordId = masterRecordId;
    const next: SObjectRecord = { Id: record.Id, sobject: record.sobject, fields, deletedDate: at, ...(parentId ? { deletedWith: parentId } : {}) };
    this.table.put(next);
    this.changes.emit({ kind: 'deleted', sobject: record.sobject, id: record.Id, at, record: next });
    return next;
  }

  private moveOutOfBin(record: SObjectRecord, at: string, actingUserId: string): SObjectRecord {
    const next: SObjectRecord = { Id: record.Id, sobject: record.sobject, fields: { ...record.fields, IsDeleted: false, SystemModstamp: at, LastModifiedById: actingUserId } };
    this.table.put(next);
    this.changes.emit({ kind: 'undeleted', sobject: record.sobject, id: record.Id, at, record: next });
    return next;
  }
}
