// The field-level part of a save: unknown fields, read-only fields, values, required fields.
import type { FieldDef } from './field-def.ts';
import type { SObjectDef } from './sobject-def.ts';
import type { FieldValue, ReferenceLookup } from './field-values.ts';
import { normaliseValue } from './field-values.ts';
import type { SObjectErrorItem } from './write-errors.ts';

export type SaveMode = 'create' | 'update';

export interface CheckedSave {
  /** Field values in stored form, keyed by canonical field name. */
  values: Record<string, FieldValue>;
  errors: SObjectErrorItem[];
}

function fieldByName(def: SObjectDef): Map<string, FieldDef> {
  return new Map(def.fields.map((f) => [f.name.toLowerCase(), f]));
}

/** Whether a create must supply a field (describe: not nillable, createable, not defaulted on create). */
export function isRequiredOnCreate(f: FieldDef): boolean {
  return !f.nillable && f.createable && !f.defaultedOnCreate && f.type !== 'boolean';
}

/**
 * Checks one record's input against describe. `system` writes (the org's own: conversion, merge,
 * seeding) may set read-only fields. The `attributes` key jsforce sends is ignored.
 */
export function checkSave(
  def: SObjectDef, input: Record<string, unknown>, mode: SaveMode, lookup: ReferenceLookup, options: { system?: boolean } = {},
): CheckedSave {
  const byName = fieldByName(def);
  const values: Record<string, FieldValue> = {};
  const errors: SObjectErrorItem[] = [];
  const readOnly: string[] = [];
  for (const [key, raw] of Object.entries(input)) {
    if (key === 'attributes') continue;
    const f = byName.get(key.toLowerCase());
    if (!f) {
      return { values, errors: [{ errorCode: 'INVALID_FIELD', message: `No such column '${key}' on sobject of type ${def.name}`, fields: [] }] };
    }
    const writable = mode === 'create' ? f.createable : f.updateable;
    if (!writable && !options.system) {
      readOnly.push(f.name);
      continue;
    }
    const checked = normaliseValue(f, raw, lookup);
    if ('error' in checked) {
      if (checked.error.errorCode === 'JSON_PARSER_ERROR') return { values, errors: [checked.error] };
      errors.push(checked.error);
      continue;
    }
    values[f.name] = checked.value;
  }
  if (readOnly.length > 0) {
    errors.unshift({
      errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
      message: `Unable to create/update fields: ${readOnly.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
      fields: readOnly,
    });
  }
  const missing = def.fields.filter((f) => isRequiredOnCreate(f) && (mode === 'create' ? values[f.name] == null : f.name in values && values[f.name] === null));
  if (missing.length > 0 && errors.length === 0) {
    const names = missing.map((f) => f.name);
    errors.push({ errorCode: 'REQUIRED_FIELD_MISSING', message: `Required fields are missing: [${names.join(', ')}]`, fields: names });
  }
  return { values, errors };
}
