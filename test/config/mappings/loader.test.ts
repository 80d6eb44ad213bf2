import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/env.ts';
import { formatProblem, loadFieldMappingsOrThrow, parseFieldMapping } from '../../../src/config/mappings/loader.ts';

const FILE = 'mappings/fields/contact.yaml';
const problemsOf = (text: string, file = FILE) => parseFieldMapping(file, text).problems.map(formatProblem);

const GOOD = `object: contact
fields:
  - canonical: email
    hubspot: email
    salesforce: Email
    rule: crm_wins
  - canonical: title
    hubspot: jobtitle
    salesforce: Title
    rule: fill_empty_only
  - canonical: companyName
    hubspot: company
    salesforce: { Lead: Company }
    direction: crm_to_marketing
    rule: crm_wins
  - canonical: consent.emailOptOut
    hubspot: hs_email_optout
    salesforce: HasOptedOutOfEmail
    rule: most_restrictive
`;

describe('loading a field mapping file', () => {
  it('reads a good file into fields, with direction defaulting to both', () => {
    const { mapping, problems } = parseFieldMapping(FILE, GOOD);
    expect(problems).toEqual([]);
    expect(mapping?.fields.map((f) => [f.canonical, f.direction, f.rule])).toEqual([
      ['email', 'both', 'crm_wins'],
      ['title', 'both', 'fill_empty_only'],
      ['companyName', 'crm_to_marketing', 'crm_wins'],
      ['consent.emailOptOut', 'both', 'most_restrictive'],
    ]);
  });

  it('names file, line and field for a rule that is not one of the rules', () => {
    expect(problemsOf(GOOD.replace('rule: fill_empty_only', 'rule: crm_win'))).toEqual([
      `${FILE}:10: fields[1].rule "crm_win" is not one of crm_wins, most_recent_wins, fill_empty_only, never_sync, most_restrictive`,
    ]);
  });

  it('names a direction that is not one of the directions', () => {
    expect(problemsOf(GOOD.replace('direction: crm_to_marketing', 'direction: one_way'))).toEqual([
      `${FILE}:14: fields[2].direction "one_way" is not one of both, crm_to_marketing, marketing_to_crm`,
    ]);
  });

  it('names a missing rule at its field entry', () => {
    expect(problemsOf(GOOD.replace('    rule: fill_empty_only\n', ''))).toEqual([`${FILE}:7: fields[1].rule is required`]);
  });

  it('suggests the closest canonical field for one the contact does not have', () => {
    expect(problemsOf(GOOD.replace('canonical: title', 'canonical: titel'))).toEqual([
      `${FILE}:7: fields[1].canonical "titel" is not a contact field; did you mean "title"?`,
    ]);
  });

  it('refuses a canonical field mapped twice, pointing at the first', () => {
    expect(problemsOf(GOOD.replace('canonical: title', 'canonical: email'))).toEqual([
      `${FILE}:7: fields[1].canonical "email" is mapped twice: fields[0] (line 3) maps it already`,
    ]);
  });

  it('refuses a HubSpot property mapped by two canonical fields', () => {
    expect(problemsOf(GOOD.replace('hubspot: jobtitle', 'hubspot: email'))).toEqual([
      `${FILE}:8: fields[1].hubspot "email" is already mapped by fields[0] (line 4); a HubSpot field maps to one canonical field`,
    ]);
  });

  it('refuses a Salesforce Lead field mapped twice, even when one entry names it for Lead only', () => {
    expect(problemsOf(GOOD.replace('salesforce: { Lead: Company }', 'salesforce: { Lead: Title }'))).toEqual([
      `${FILE}:13: fields[2].salesforce.Lead "Title" is already mapped by fields[1] (line 9); a Salesforce Lead field maps to one canonical field`,
    ]);
  });

  it('requires most_restrictive on consent fields, so an opt-out always wins', () => {
    expect(problemsOf(GOOD.replace('rule: most_restrictive', 'rule: crm_wins'))).toEqual([
      `${FILE}:19: fields[3].rule "crm_wins" must be most_restrictive for the consent field consent.emailOptOut: an opt-out on either side wins over any rule`,
    ]);
  });

  it('keeps most_restrictive for consent fields', () => {
    expect(problemsOf(GOOD.replace('rule: fill_empty_only', 'rule: most_restrictive'))).toEqual([
      `${FILE}:10: fields[1].rule "most_restrictive" is only for the consent fields (consent.emailOptOut, consent.doNotCall, consent.unsubscribedAt, consent.privacyDeletionRequested, consent.privacyDeletionRequestedAt), not title`,
    ]);
  });

  it('suggests the known key for a misspelt one', () => {
    expect(problemsOf(GOOD.replace('rule: fill_empty_only', 'rul: fill_empty_only'))).toEqual([
      `${FILE}:7: fields[1].rule is required`,
      `${FILE}:10: fields[1].rul "fill_empty_only" is not a known key; did you mean "rule"?`,
    ]);
  });

  it('checks picklist keys against the canonical field\'s values', () => {
    const text = `object: contact
fields:
  - canonical: leadStatus
    hubspot: hs_lead_status
    rule: crm_wins
    transform:
      type: picklist
      hubspot:
        new: NEW
        workin: IN_PROGRESS
`;
    expect(problemsOf(text)).toEqual([
      `${FILE}:10: fields[0].transform.hubspot.workin "IN_PROGRESS" is not a leadStatus value (new, open, attempted_to_contact, connected, in_progress, open_deal, unqualified, bad_timing, converted)`,
    ]);
  });

  it('names a transform type it does not know', () => {
    expect(problemsOf(GOOD.replace('rule: fill_empty_only', 'rule: fill_empty_only\n    transform: { type: uppercase }'))).toEqual([
      `${FILE}:11: fields[1].transform.type "uppercase" must have a type: picklist, lifecycle_stage, phone or date`,
    ]);
  });

  it('refuses an object that does not match the file name', () => {
    expect(problemsOf(GOOD, 'mappings/fields/company.yaml')).toEqual([
      'mappings/fields/company.yaml:1: object "contact" does not match the file name: company.yaml should be contact.yaml',
    ]);
  });

  it('reports YAML errors with their line, such as a key given twice', () => {
    expect(problemsOf(`object: contact\nobject: deal\nfields: []\n`)).toEqual([`${FILE}:2: YAML: Map keys must be unique`]);
  });

  it('collects every problem in the file, in line order, not just the first', () => {
    const text = GOOD
      .replace('canonical: email', 'canonical: emial')
      .replace('rule: fill_empty_only', 'rule: newest')
      .replace('direction: crm_to_marketing', 'direction: sideways')
      .replace('rule: most_restrictive', 'rule: crm_wins');
    expect(problemsOf(text).map((p) => p.split(' ')[0])).toEqual([
      `${FILE}:3:`, `${FILE}:10:`, `${FILE}:14:`, `${FILE}:19:`,
    ]);
  });

  it('gives no mapping when there is any problem', () => {
    expect(parseFieldMapping(FILE, GOOD.replace('rule: crm_wins', 'rule: crm_win')).mapping).toBeUndefined();
  });

  it('throws one ConfigError listing every problem of every file at start-up', () => {
    const root = mkdtempSync(join(tmpdir(), 'mappings-'));
    mkdirSync(join(root, 'mappings/fields'), { recursive: true });
    writeFileSync(join(root, 'mappings/fields/contact.yaml'), GOOD.replace('rule: crm_wins', 'rule: crm_win'));
    writeFileSync(join(root, 'mappings/fields/deal.yaml'), 'object: deal\nfields:\n  - canonical: nme\n    hubspot: dealname\n    rule: crm_wins\n');
    expect(() => loadFieldMappingsOrThrow(root)).toThrow(new ConfigError('field mappings', [
      `${FILE}:6: fields[0].rule "crm_win" is not one of crm_wins, most_recent_wins, fill_empty_only, never_sync, most_restrictive`,
      'mappings/fields/deal.yaml:3: fields[0].canonical "nme" is not a deal field; did you mean "name"?',
    ]));
  });
});
