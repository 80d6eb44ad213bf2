import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadFieldMappingsOrThrow, parseFieldMapping } from '../../../src/config/mappings/loader.ts';
import { normaliseForCompare, transformIn, transformOut } from '../../../src/core/transforms/index.ts';

const FILE = 'mappings/fields/contact.yaml';
const problemsOf = (text: string, file = FILE) => parseFieldMapping(file, text).problems.map(formatProblem);

const CONTACT = `object: contact
fields:
  - canonical: phone
    hubspot: phone
    salesforce: Phone
    rule: most_recent_wins
    transform: { type: phone, defaultCountry: GB }
  - canonical: leadStatus
    hubspot: hs_lead_status
    salesforce: { Lead: Status }
    direction: crm_to_marketing
    rule: crm_wins
    transform:
      type: picklist
      hubspot: { new: NEW, in_progress: IN_PROGRESS }
      salesforce: { new: Open - Not Contacted, open: Open - Not Contacted, in_progress: Working - Contacted }
  - canonical: createdAt
    hubspot: createdate
    salesforce: CreatedDate
    rule: never_sync
    transform: { type: date, hubspot: epoch_ms, salesforce: iso_datetime }
`;

describe('loaded fields carry their compiled transform', () => {
  const fields = parseFieldMapping(FILE, CONTACT).mapping?.fields ?? [];
  const field = (name: string) => fields.find((f) => f.canonical === name)!;

  it('gives each field its names, rule, direction, kind and transform', () => {
    expect(field('leadStatus')).toMatchObject({
      canonical: 'leadStatus', hubspot: 'hs_lead_status', salesforce: { Lead: 'Status' }, rule: 'crm_wins', direction: 'crm_to_marketing', kind: 'enum',
    });
    expect(field('phone').transform).toEqual({ type: 'phone', defaultCountry: 'GB' });
    expect(field('title' as string)).toBeUndefined();
  });

  it('lets the caller apply the transform both ways', () => {
    expect(transformIn(field('leadStatus').transform!, 'salesforce', 'Open - Not Contacted')).toEqual({ value: 'new' });
    expect(transformOut(field('leadStatus').transform!, 'hubspot', 'in_progress')).toEqual({ value: 'IN_PROGRESS' });
    expect(transformIn(field('phone').transform!, 'hubspot', '020 7946 0958')).toEqual({ value: '+442079460958' });
  });

  it('compiles a date transform for the canonical field\'s own format: createdAt is an instant', () => {
    expect(transformIn(field('createdAt').transform!, 'hubspot', '1743440400000')).toEqual({ value: '2025-03-31T17:00:00.000Z' });
  });

  it('lets the planner compare in canonical form', () => {
    expect(normaliseForCompare(field('phone'), '020 7946 0958')).toBe(normaliseForCompare(field('phone'), '+44 20 7946 0958'));
  });

  it('says where each field and its parts are written, for later checks to name', () => {
    expect(field('leadStatus').at).toMatchObject({ file: FILE, line: 8 });
    expect(field('leadStatus').at.lines).toMatchObject({ hubspot: 9, 'salesforce.Lead': 10, 'transform.hubspot.in_progress': 15, 'transform.salesforce.open': 16 });
  });

  it('compiles the shipped mappings: a day for deal close dates, the phone country for contacts', () => {
    const shipped = loadFieldMappingsOrThrow(resolve(import.meta.dirname, '../../..'));
    const closeDate = shipped.deal?.fields.find((f) => f.canonical === 'closeDate');
    expect(closeDate?.transform).toEqual({ type: 'date', canonical: 'iso_date', sides: { hubspot: 'epoch_ms', salesforce: 'iso_date' } });
    expect(shipped.contact?.fields.find((f) => f.canonical === 'mobilePhone')?.transform).toEqual({ type: 'phone', defaultCountry: 'US' });
  });
});

describe('bad transforms are named by file and line', () => {
  it('refuses a phone transform on a field that is not a phone number', () => {
    expect(problemsOf(CONTACT.replace('canonical: phone', 'canonical: title'))).toEqual([
      `${FILE}:7: fields[0].transform.type "phone" is for phone fields (phone, mobilePhone); title is not one`,
    ]);
  });

  it('refuses a country code with no numbering plan, suggesting GB for UK', () => {
    expect(problemsOf(CONTACT.replace('defaultCountry: GB', 'defaultCountry: UK'))).toEqual([
      `${FILE}:7: fields[0].transform.defaultCountry "UK" is not an ISO 3166-1 country with a phone numbering plan; did you mean "GB"?`,
    ]);
    expect(problemsOf(CONTACT.replace('defaultCountry: GB', 'defaultCountry: XX'))).toEqual([
      `${FILE}:7: fields[0].transform.defaultCountry "XX" is not an ISO 3166-1 country with a phone numbering plan`,
    ]);
  });

  it('refuses a date transform on a field that is not a date or timestamp', () => {
    expect(problemsOf(CONTACT.replace('canonical: createdAt', 'canonical: title'))).toEqual([
      `${FILE}:21: fields[2].transform.type "date" is for date and timestamp fields (scores.mqlAt, consent.unsubscribedAt, consent.privacyDeletionRequestedAt, lastActivityAt, createdAt, updatedAt); title is not one`,
    ]);
  });

  it('refuses a date format it does not know', () => {
    expect(problemsOf(CONTACT.replace('salesforce: iso_datetime', 'salesforce: unix'))).toEqual([
      `${FILE}:21: fields[2].transform.salesforce "unix" is not one of iso_date, iso_datetime, epoch_ms`,
    ]);
  });

  it('refuses values for a side the field does not map', () => {
    expect(problemsOf(CONTACT.replace('    salesforce: { Lead: Status }\n', ''))).toEqual([
      `${FILE}:15: fields[1].transform.salesforce is for salesforce, but this field names no salesforce field`,
    ]);
  });
});
