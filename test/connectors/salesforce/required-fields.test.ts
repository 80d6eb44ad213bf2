import { describe, expect, it } from 'vitest';
import { REQUIRED_OBJECTS, requiredSalesforceFields } from '../../../connectors/salesforce/index.ts';
import type { RequiredField } from '../../../connectors/salesforce/index.ts';
import { productCustomFields } from '../../../connectors/salesforce/sandbox/state/custom-fields.ts';
import type { FieldDef } from '../../../connectors/salesforce/sandbox/state/field-def.ts';

// The sandbox seeds the product's custom fields from its own list (a sandbox never shares the product's
// code); this test is what keeps that list and the product's required fields the same.

interface Comparable {
  field: string;
  label: string;
  type: string;
  size: string;
  externalId: boolean;
  unique: boolean;
}

function fromProduct(f: RequiredField): Comparable {
  const common = { field: f.field, label: f.label };
  switch (f.type) {
    case 'Text': return { ...common, type: 'string', size: `${f.length}`, externalId: f.externalId, unique: f.unique };
    case 'Number': return { ...common, type: 'double', size: `${f.precision},${f.scale}`, externalId: false, unique: false };
    case 'Checkbox': return { ...common, type: 'boolean', size: `default ${f.defaultValue}`, externalId: false, unique: false };
  }
}

function fromSandbox(f: FieldDef): Comparable {
  const size = f.type === 'string' ? `${f.length}` : f.type === 'double' ? `${f.precision},${f.scale}` : `default ${String(f.defaultValue)}`;
  return { field: f.name, label: f.label, type: f.type, size, externalId: f.externalId, unique: f.unique };
}

const seeded = productCustomFields();

describe('the sandbox\'s seeded custom fields and the product\'s required fields', () => {
  it('cover the same objects', () => {
    expect(Object.keys(seeded).sort()).toEqual([...REQUIRED_OBJECTS].sort());
  });

  it.each(REQUIRED_OBJECTS)('agree on %s: names, labels, types, sizes, external ids and uniqueness', (object) => {
    const product = requiredSalesforceFields.filter((f) => f.object === object).map(fromProduct);
    expect((seeded[object] ?? []).map(fromSandbox)).toEqual(product);
  });

  it('are writable in the sandbox wherever the product needs Read/Edit', () => {
    const seededFields = new Map(Object.entries(seeded).flatMap(([object, fields]) => fields.map((f) => [`${object}.${f.name}`, f] as const)));
    const readOnly = requiredSalesforceFields
      .filter((f) => f.access === 'edit')
      .filter((f) => !(seededFields.get(`${f.object}.${f.field}`)?.createable && seededFields.get(`${f.object}.${f.field}`)?.updateable));
    expect(readOnly).toEqual([]);
  });
});

describe('the required fields', () => {
  it('name each object.field once, with custom API names and labels Setup accepts (40 characters)', () => {
    const names = requiredSalesforceFields.map((f) => `${f.object}.${f.field}`);
    expect(new Set(names).size).toBe(names.length);
    for (const f of requiredSalesforceFields) {
      expect(f.field).toMatch(/^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*__c$/);
      expect(f.label.length).toBeLessThanOrEqual(40);
      expect(f.description.length).toBeLessThanOrEqual(1000);
    }
  });
});
