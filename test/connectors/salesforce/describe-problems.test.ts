import { describe, expect, it } from 'vitest';
import { describeProblems } from '../../../connectors/salesforce/index.ts';
import type { DescribedField, DescribedObject, RequiredField } from '../../../connectors/salesforce/index.ts';

// The pure half of the schema check: plain describe answers in, one actionable line per problem out.

const revopsId: RequiredField = {
  object: 'Lead', field: 'RevOps_Id__c', label: 'RevOps ID', description: 'id', access: 'edit',
  type: 'Text', length: 64, externalId: true, unique: true,
};
const fitScore: RequiredField = {
  object: 'Lead', field: 'Fit_Score__c', label: 'Fit Score', description: 'score', access: 'edit',
  type: 'Number', precision: 3, scale: 0,
};
const mql: RequiredField = {
  object: 'Contact', field: 'MQL__c', label: 'MQL', description: 'flag', access: 'read',
  type: 'Checkbox', defaultValue: false,
};
const required = [revopsId, fitScore, mql];

// Describe fields as an org with the package deployed and the permission set assigned answers them.
const writable = { externalId: false, unique: false, createable: true, updateable: true, length: 0, precision: 0, scale: 0 };
const text = (name: string, length: number, more: Partial<DescribedField> = {}): DescribedField =>
  ({ ...writable, name, type: 'string', length, ...more });
const number = (name: string, precision: number, scale: number, more: Partial<DescribedField> = {}): DescribedField =>
  ({ ...writable, name, type: 'double', precision, scale, ...more });
const checkbox = (name: string, more: Partial<DescribedField> = {}): DescribedField => ({ ...writable, name, type: 'boolean', ...more });
const object = (name: string, fields: DescribedField[]): DescribedObject => ({
  name, fields: [text('Id', 18, { type: 'id', createable: false, updateable: false }), text('LastName', 80), ...fields],
});

const goodLead = () => object('Lead', [text('RevOps_Id__c', 64, { externalId: true, unique: true }), number('Fit_Score__c', 3, 0)]);
const goodContact = () => object('Contact', [checkbox('MQL__c')]);

describe('describeProblems', () => {
  it('finds nothing when every field is there, of its type, and writable where the product writes', () => {
    expect(describeProblems({ Lead: goodLead(), Contact: goodContact() }, required)).toEqual([]);
  });

  it('names a missing field with the package to deploy, its type and the access to grant', () => {
    const lead = object('Lead', [text('RevOps_Id__c', 64, { externalId: true, unique: true })]);
    expect(describeProblems({ Lead: lead, Contact: goodContact() }, required)).toEqual([{
      kind: 'missing', object: 'Lead', field: 'Fit_Score__c',
      message: 'Lead.Fit_Score__c is missing (or this user cannot read it): deploy connectors/salesforce/metadata (field Number(3,0)) '
        + 'and grant Read/Edit through the RevOps_Connector_Integration permission set',
    }]);
  });

  it('matches field names case-insensitively, as Salesforce does', () => {
    const lead = object('Lead', [text('revops_id__C', 64, { externalId: true, unique: true }), number('FIT_SCORE__C', 3, 0)]);
    expect(describeProblems({ Lead: lead, Contact: goodContact() }, required)).toEqual([]);
  });

  it('reports a field the user can read but not edit (read-only field-level security) when the product writes it', () => {
    const lead = object('Lead', [
      text('RevOps_Id__c', 64, { externalId: true, unique: true }),
      number('Fit_Score__c', 3, 0, { createable: false, updateable: false }),
    ]);
    expect(describeProblems({ Lead: lead, Contact: goodContact() }, required)).toEqual([{
      kind: 'not_writable', object: 'Lead', field: 'Fit_Score__c',
      message: 'Lead.Fit_Score__c is read-only for this user (not createable, not updateable): grant Read/Edit through the RevOps_Connector_Integration permission set',
    }]);
  });

  it('accepts a read-only field when the product only needs to read it', () => {
    const contact = object('Contact', [checkbox('MQL__c', { createable: false, updateable: false })]);
    expect(describeProblems({ Lead: goodLead(), Contact: contact }, required)).toEqual([]);
  });

  it('reports a field of the wrong type with what it is and what the product needs', () => {
    const lead = object('Lead', [text('RevOps_Id__c', 64, { externalId: true, unique: true }), text('Fit_Score__c', 255)]);
    const [problem] = describeProblems({ Lead: lead, Contact: goodContact() }, required);
    expect(problem).toMatchObject({ kind: 'wrong_type', object: 'Lead', field: 'Fit_Score__c' });
    expect(problem?.message).toMatch(/^Lead\.Fit_Score__c is Text\(255\) but the product needs Number\(3,0\): change the field's type/);
  });

  it('reports text too short for the ids the product stores, and numbers with too few digits, as the wrong type', () => {
    const lead = object('Lead', [text('RevOps_Id__c', 32, { externalId: true, unique: true }), number('Fit_Score__c', 2, 0)]);
    expect(describeProblems({ Lead: lead, Contact: goodContact() }, required).map((p) => [p.kind, p.message.split(':')[0]])).toEqual([
      ['wrong_type', 'Lead.RevOps_Id__c is Text(32) but the product needs Text(64)'],
      ['wrong_type', 'Lead.Fit_Score__c is Number(2,0) but the product needs Number(3,0)'],
    ]);
  });

  it('accepts a wider number than needed', () => {
    const lead = object('Lead', [text('RevOps_Id__c', 255, { externalId: true, unique: true }), number('Fit_Score__c', 18, 2)]);
    expect(describeProblems({ Lead: lead, Contact: goodContact() }, required)).toEqual([]);
  });

  it('reports an id field that upserts cannot match on because it is not an external id', () => {
    const lead = object('Lead', [text('RevOps_Id__c', 64), number('Fit_Score__c', 3, 0)]);
    expect(describeProblems({ Lead: lead, Contact: goodContact() }, required)).toEqual([expect.objectContaining({
      kind: 'not_external_id', field: 'RevOps_Id__c',
      message: expect.stringMatching(/^Lead\.RevOps_Id__c is not marked External ID and Unique/),
    })]);
  });

  it('reports every field of an object the user cannot describe, naming the object to give access to', () => {
    const problems = describeProblems({ Contact: goodContact() }, required);
    expect(problems.map((p) => `${p.kind} ${p.object}.${p.field}`)).toEqual(['missing Lead.RevOps_Id__c', 'missing Lead.Fit_Score__c']);
    expect(problems[0]?.message).toContain('this user cannot see the Lead object; give it access to Lead');
  });
});
