import type { FieldDef } from './field-def.ts';
import { field, reference } from './field-def.ts';
import type { KeyPrefixObject } from '../ids.ts';
import { KEY_PREFIXES } from '../ids.ts';

/** One object's describe metadata (the part the sandbox models). */
export interface SObjectDef {
  name: KeyPrefixObject;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  createable: boolean;
  updateable: boolean;
  deletable: boolean;
  undeletable: boolean;
  mergeable: boolean;
  queryable: boolean;
  /** Whether deletes go to the recycle bin (the object has IsDeleted). */
  recycleBin: boolean;
  fields: FieldDef[];
}

/** The fields every (recycle-bin) object has. Owner fields are added where the object has an owner. */
export function systemFields(options: { recycleBin?: boolean } = {}): FieldDef[] {
  const fields: FieldDef[] = [field('Id', 'id', { label: 'Record ID' })];
  if (options.recycleBin !== false) fields.push(field('IsDeleted', 'boolean', { label: 'Deleted', readOnly: true }));
  fields.push(
    field('CreatedDate', 'datetime', { readOnly: true, defaultedOnCreate: true, nillable: false }),
    reference('CreatedById', ['User'], { label: 'Created By ID', readOnly: true, defaultedOnCreate: true, nillable: false }),
    field('LastModifiedDate', 'datetime', { readOnly: true, defaultedOnCreate: true, nillable: false }),
    reference('LastModifiedById', ['User'], { label: 'Last Modified By ID', readOnly: true, defaultedOnCreate: true, nillable: false }),
    field('SystemModstamp', 'datetime', { label: 'System Modstamp', readOnly: true, defaultedOnCreate: true, nillable: false }),
  );
  return fields;
}

/** OwnerId: a User (or a queue for Leads), set to the caller when a create leaves it out. */
export function ownerField(referenceTo: string[] = ['User']): FieldDef {
  return reference('OwnerId', referenceTo, { label: 'Owner ID', defaultedOnCreate: true, nillable: false });
}

/** MasterRecordId: set on the losers of a merge, which go to the recycle bin. */
export function masterRecordField(sobject: string): FieldDef {
  return reference('MasterRecordId', [sobject], { label: 'Master Record ID', readOnly: true });
}

export function sobjectDef(
  name: KeyPrefixObject, labels: { label: string; labelPlural: string }, fields: FieldDef[], options: Partial<SObjectDef> = {},
): SObjectDef {
  const recycleBin = fields.some((f) => f.name === 'IsDeleted');
  return {
    name, ...labels, keyPrefix: KEY_PREFIXES[name], createable: true, updateable: true, deletable: true,
    undeletable: recycleBin, mergeable: false, queryable: true, recycleBin, fields, ...options,
  };
}
