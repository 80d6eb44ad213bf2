import { IdMinter } from '../../../../connectors/salesforce/sandbox/ids.ts';
import type { KeyPrefixObject } from '../../../../connectors/salesforce/sandbox/ids.ts';
import type { QuerySource, SoqlField, SoqlObjectSchema, SoqlRow, SoqlScalar } from '../../../../connectors/salesforce/sandbox/soql/source.ts';

// A small fixed org for the SOQL tables: plain in-memory rows behind the evaluator's QuerySource, so
// the parser and evaluator are tested without the sandbox's store. Labels (L1, A2, U3…) name rows in
// the tables; the clock the tables run at is FIXTURE_NOW (Friday 2024-03-15 12:00 UTC, in Q1).

export const FIXTURE_NOW = Date.UTC(2024, 2, 15, 12, 0, 0);

const f = (name: string, type: string, extra: Partial<SoqlField> = {}): SoqlField => ({ name, type, ...extra });
const ref = (name: string, referenceTo: string[], relationshipName: string): SoqlField => f(name, 'reference', { referenceTo, relationshipName });
const system = [f('Id', 'id'), f('IsDeleted', 'boolean'), f('CreatedDate', 'datetime')];

const SCHEMAS: SoqlObjectSchema[] = [
  { name: 'User', fields: [f('Id', 'id'), f('Name', 'string'), f('FirstName', 'string'), f('LastName', 'string'), f('Email', 'email'), f('IsActive', 'boolean'), ref('ManagerId', ['User'], 'Manager'), ref('ProfileId', ['Profile'], 'Profile')] },
  { name: 'Account', fields: [...system, f('Name', 'string'), f('Type', 'picklist'), f('Industry', 'picklist'), f('AnnualRevenue', 'currency'), ref('OwnerId', ['User'], 'Owner'), ref('ParentId', ['Account'], 'Parent')] },
  { name: 'Contact', fields: [...system, f('FirstName', 'string'), f('LastName', 'string'), f('Email', 'email'), ref('AccountId', ['Account'], 'Account'), ref('OwnerId', ['User'], 'Owner')] },
  {
    name: 'Lead',
    fields: [
      ...system, f('FirstName', 'string'), f('LastName', 'string'), f('Email', 'email'), f('Company', 'string'), f('Status', 'picklist'),
      f('LeadSource', 'picklist'), f('NumberOfEmployees', 'int'), f('AnnualRevenue', 'currency'), f('IsConverted', 'boolean'),
      ref('OwnerId', ['Group', 'User'], 'Owner'), f('Description', 'textarea', { filterable: false, sortable: false }), f('Rating', 'picklist'),
    ],
  },
  {
    name: 'Opportunity',
    fields: [...system, f('Name', 'string'), f('StageName', 'picklist'), f('CloseDate', 'date'), f('Amount', 'currency'), ref('AccountId', ['Account'], 'Account'), ref('OwnerId', ['User'], 'Owner'), f('IsClosed', 'boolean'), f('Probability', 'percent'), f('Type', 'picklist')],
  },
  { name: 'Task', fields: [...system, f('Subject', 'string'), ref('WhoId', ['Contact', 'Lead'], 'Who'), ref('WhatId', ['Account', 'Opportunity'], 'What')] },
];

type Fields = Record<string, SoqlScalar>;

const minter = new IdMinter('5e');
/** Fixture label → 18-character id. */
export const ID: Record<string, string> = {};
const rows: SoqlRow[] = [];

function add(label: string, sobject: KeyPrefixObject, fields: Fields): void {
  const id = minter.next(sobject);
  ID[label] = id;
  rows.push({ Id: id, sobject, fields: { Id: id, ...fields } });
}
const who = (label: string) => ID[label] ?? null;
const QUEUE_ID = '00G5e000000000QAAQ';

add('U3', 'User', { Name: 'Morgan Manager', FirstName: 'Morgan', LastName: 'Manager', Email: 'morgan@revops.example', IsActive: false, ManagerId: null });
add('U1', 'User', { Name: 'Sam Seller', FirstName: 'Sam', LastName: 'Seller', Email: 'sam@revops.example', IsActive: true, ManagerId: who('U3') });
add('U2', 'User', { Name: 'Riley Rep', FirstName: 'Riley', LastName: 'Rep', Email: 'riley@revops.example', IsActive: true, ManagerId: who('U3') });

const acct = (name: string, industry: string | null, revenue: number | null, owner: string, parent: string | null): Fields =>
  ({ Name: name, Type: 'Customer - Direct', Industry: industry, AnnualRevenue: revenue, OwnerId: who(owner), ParentId: parent ? who(parent) : null, IsDeleted: false, CreatedDate: '2023-06-01T00:00:00.000+0000' });
add('A1', 'Account', acct('Analytical Engines', 'Technology', 5_000_000, 'U1', null));
add('A2', 'Account', acct('US Navy', 'Government', null, 'U2', null));
add('A3', 'Account', acct('Bletchley Park', null, 250_000, 'U1', 'A1'));

const contact = (first: string, last: string, account: string | null): Fields =>
  ({ FirstName: first, LastName: last, Email: `${first.toLowerCase()}@example.org`, AccountId: account ? who(account) : null, OwnerId: who('U1'), IsDeleted: false, CreatedDate: '2023-07-01T00:00:00.000+0000' });
add('C1', 'Contact', contact('Ada', 'Lovelace', 'A1'));
add('C2', 'Contact', contact('Joan', 'Clarke', 'A3'));
add('C3', 'Contact', contact('Lonely', 'Contact', null));

const lead = (fields: Fields): Fields => ({ IsDeleted: false, IsConverted: false, Description: null, Rating: null, ...fields });
add('L1', 'Lead', lead({ FirstName: 'Ada', LastName: 'Lovelace', Email: 'ada@analytical.io', Company: 'Analytical Engines', Status: 'Open - Not Contacted', LeadSource: 'Web', NumberOfEmployees: 50, AnnualRevenue: 1_000_000, OwnerId: who('U1'), CreatedDate: '2024-03-15T09:00:00.000+0000', Rating: 'Hot', Description: 'Wants a demo\nsoon' }));
add('L2', 'Lead', lead({ FirstName: 'Grace', LastName: 'Hopper', Email: 'grace@navy.mil', Company: 'US Navy', Status: 'Working - Contacted', LeadSource: 'Phone Inquiry', NumberOfEmployees: 5000, AnnualRevenue: null, OwnerId: who('U2'), CreatedDate: '2024-03-14T23:59:59.000+0000' }));
add('L3', 'Lead', lead({ FirstName: 'Alan', LastName: 'Turing', Email: 'alan@bletchley.uk', Company: "Bletchley's Park", Status: 'Closed - Converted', LeadSource: 'Web', NumberOfEmployees: 200, AnnualRevenue: 2_500_000.5, IsConverted: true, OwnerId: who('U1'), CreatedDate: '2024-03-10T00:00:00.000+0000' }));
add('L4', 'Lead', lead({ FirstName: 'Katherine', LastName: 'Johnson', Email: null, Company: 'NASA', Status: 'Open - Not Contacted', LeadSource: null, NumberOfEmployees: null, AnnualRevenue: null, OwnerId: QUEUE_ID, CreatedDate: '2024-02-20T15:30:00.000+0000' }));
add('L5', 'Lead', lead({ FirstName: 'Edsger', LastName: 'Dijkstra', Email: 'edsger@tue.nl', Company: 'TU Eindhoven', Status: 'Closed - Not Converted', LeadSource: 'Partner Referral', NumberOfEmployees: 10, AnnualRevenue: 0, OwnerId: who('U2'), CreatedDate: '2023-12-31T23:00:00.000+0000' }));
add('L6', 'Lead', lead({ FirstName: 'Barbara', LastName: 'Liskov', Email: 'barbara@mit.edu', Company: 'MIT 100% Labs', Status: 'Working - Contacted', LeadSource: 'Web', NumberOfEmployees: 1000, AnnualRevenue: 750_000, OwnerId: who('U1'), CreatedDate: '2024-01-05T08:00:00.000+0000', Rating: 'Warm' }));
add('L7', 'Lead', lead({ FirstName: 'Linus', LastName: 'Torvalds', Email: 'linus@linux.org', Company: 'Linux_Foundation', Status: 'Open - Not Contacted', LeadSource: 'Web', NumberOfEmployees: 3, AnnualRevenue: null, OwnerId: who('U1'), CreatedDate: '2024-03-01T10:00:00.000+0000', IsDeleted: true }));
add('L8', 'Lead', lead({ FirstName: 'Margaret', LastName: 'hamilton', Email: 'MARGARET@MIT.EDU', Company: 'MIT', Status: 'Open - Not Contacted', LeadSource: 'Other', NumberOfEmployees: 40, AnnualRevenue: 120_000, OwnerId: who('U3'), CreatedDate: '2024-03-13T08:00:00.000+0000' }));

const opp = (name: string, stage: string, close: string, amount: number | null, account: string, owner: string, closed: boolean): Fields =>
  ({ Name: name, StageName: stage, CloseDate: close, Amount: amount, AccountId: who(account), OwnerId: who(owner), IsClosed: closed, Probability: closed ? 100 : 50, Type: 'New Customer', IsDeleted: false, CreatedDate: '2023-09-01T00:00:00.000+0000' });
add('O1', 'Opportunity', opp('Engine deal', 'Prospecting', '2024-03-20', 50_000, 'A1', 'U1', false));
add('O2', 'Opportunity', opp('Navy deal', 'Closed Won', '2024-02-10', 120_000, 'A2', 'U2', true));
add('O3', 'Opportunity', opp('Bletchley deal', 'Negotiation/Review', '2024-04-02', null, 'A3', 'U1', false));
add('O4', 'Opportunity', opp('Old deal', 'Closed Lost', '2023-11-30', 1_000, 'A1', 'U2', true));
add('O5', 'Opportunity', opp('Today deal', 'Qualification', '2024-03-15', 9_999.99, 'A2', 'U1', false));

const task = (subject: string, whoLabel: string | null, whatLabel: string | null): Fields =>
  ({ Subject: subject, WhoId: whoLabel ? who(whoLabel) : null, WhatId: whatLabel ? who(whatLabel) : null, IsDeleted: false, CreatedDate: '2024-03-01T00:00:00.000+0000' });
add('T1', 'Task', task('Call Ada', 'C1', 'A1'));
add('T2', 'Task', task('Send quote', 'L2', 'O1'));
add('T3', 'Task', task('Follow up', null, 'O2'));

const LABEL_OF = new Map(Object.entries(ID).map(([label, id]) => [id, label]));

/** The label of a row id (L1, A2…). */
export function labelOf(id: string): string {
  return LABEL_OF.get(id) ?? id;
}

/** The fixture org as a QuerySource; `extra` rows (e.g. paging tests) are appended to it. */
export function fixtureSource(extra: SoqlRow[] = []): QuerySource {
  const all = [...rows, ...extra];
  const byId = new Map(all.map((row) => [row.Id, row]));
  const live = (row: SoqlRow, includeDeleted: boolean) => includeDeleted || row.fields.IsDeleted !== true;
  return {
    sobjectNames: () => SCHEMAS.map((s) => s.name),
    describe: (name) => SCHEMAS.find((s) => s.name.toLowerCase() === name.toLowerCase()),
    rows: (sobject, { includeDeleted }) => all.filter((row) => row.sobject === sobject && live(row, includeDeleted)),
    byId: (id, { includeDeleted }) => {
      const row = byId.get(id.length === 15 ? [...byId.keys()].find((k) => k.startsWith(id)) ?? id : id);
      return row && live(row, includeDeleted) ? row : undefined;
    },
  };
}
