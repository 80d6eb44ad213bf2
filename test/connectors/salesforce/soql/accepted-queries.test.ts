import { describe, expect, it } from 'vitest';
import { prepareQuery } from '../../../../connectors/salesforce/sandbox/soql/bind.ts';
import { selectRows } from '../../../../connectors/salesforce/sandbox/soql/evaluate.ts';
import { FIXTURE_NOW, ID, fixtureSource, labelOf } from './fixture-org.ts';

// The accepted half of the SOQL table: each query with the exact rows, in order, it must return from
// the fixture org (fixture-org.ts) at FIXTURE_NOW. Without ORDER BY rows come in Id order.

function rowsOf(soql: string, includeDeleted = false): string[] {
  const source = fixtureSource();
  return selectRows(prepareQuery(soql, source), source, { includeDeleted, nowMs: FIXTURE_NOW }).map((row) => labelOf(row.Id));
}

const ACCEPTED: Array<[soql: string, rows: string[]]> = [
  // field lists, FROM, keyword and name case
  ['SELECT Id FROM Lead', ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L8']],
  ['select id, email from lead', ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L8']],
  ['SELECT Id, Account.Name, Account.Owner.Email, Account.Owner.Manager.Name FROM Contact', ['C1', 'C2', 'C3']],
  // = != <> on text: case-insensitive; != keeps nulls (null is a value in SOQL)
  ["SELECT Id FROM Lead WHERE Email = 'ADA@analytical.io'", ['L1']],
  ["SELECT Id FROM Lead WHERE Email = 'margaret@mit.edu'", ['L8']],
  ["SELECT Id FROM Lead WHERE LeadSource != 'Web'", ['L2', 'L4', 'L5', 'L8']],
  ["SELECT Id FROM Lead WHERE LeadSource <> 'Web'", ['L2', 'L4', 'L5', 'L8']],
  // escapes: \' in a string literal (jsforce's builder escapes quotes this way)
  ["SELECT Id FROM Lead WHERE Company = 'Bletchley\\'s Park'", ['L3']],
  ["SELECT Id FROM Lead WHERE Company = 'Bletchley\\u0027s Park'", ['L3']],
  // numbers, booleans
  ['SELECT Id FROM Lead WHERE NumberOfEmployees > 100', ['L2', 'L3', 'L6']],
  ['SELECT Id FROM Lead WHERE NumberOfEmployees >= 200 AND NumberOfEmployees <= 1000', ['L3', 'L6']],
  ['SELECT Id FROM Lead WHERE AnnualRevenue < 1000000', ['L5', 'L6', 'L8']],
  ['SELECT Id FROM Lead WHERE AnnualRevenue = 2500000.5', ['L3']],
  ['SELECT Id FROM Lead WHERE AnnualRevenue = 0', ['L5']],
  ['SELECT Id FROM Lead WHERE IsConverted = true', ['L3']],
  ['SELECT Id FROM Lead WHERE IsConverted = FALSE AND Status = \'Open - Not Contacted\'', ['L1', 'L4', 'L8']],
  ['SELECT Id FROM Opportunity WHERE Amount > -1 AND Probability = 100', ['O2', 'O4']],
  // NULL
  ['SELECT Id FROM Lead WHERE Email = null', ['L4']],
  ['SELECT Id FROM Lead WHERE AnnualRevenue != NULL', ['L1', 'L3', 'L5', 'L6', 'L8']],
  ['SELECT Id FROM Contact WHERE AccountId = null', ['C3']],
  // LIKE: % and _, case-insensitive, escaped \% and \_, nulls never match
  ["SELECT Id FROM Lead WHERE Email LIKE '%@mit.edu'", ['L6', 'L8']],
  ["SELECT Id FROM Lead WHERE LastName LIKE 'h%'", ['L2', 'L8']],
  ["SELECT Id FROM Lead WHERE FirstName LIKE '_da'", ['L1']],
  ["SELECT Id FROM Lead WHERE Company LIKE '%100\\%%'", ['L6']],
  ["SELECT Id FROM Lead WHERE Company LIKE '%\\_%'", []],
  ["SELECT Id FROM Lead WHERE NOT Email LIKE '%.edu'", ['L1', 'L2', 'L3', 'L4', 'L5']],
  ["SELECT Id FROM Lead WHERE (NOT Email LIKE '%.edu')", ['L1', 'L2', 'L3', 'L4', 'L5']],
  // IN / NOT IN (NOT IN keeps nulls)
  ["SELECT Id FROM Lead WHERE Status IN ('Working - Contacted', 'closed - converted')", ['L2', 'L3', 'L6']],
  ["SELECT Id FROM Lead WHERE LeadSource NOT IN ('Web', 'Other')", ['L2', 'L4', 'L5']],
  ['SELECT Id FROM Lead WHERE NumberOfEmployees IN (10, 40, 7)', ['L5', 'L8']],
  ['SELECT Id FROM Opportunity WHERE CloseDate IN (2024-03-20, 2023-11-30)', ['O1', 'O4']],
  // AND / OR / NOT and parentheses
  ["SELECT Id FROM Lead WHERE LeadSource = 'Web' AND (Status = 'Open - Not Contacted' OR IsConverted = true)", ['L1', 'L3']],
  ["SELECT Id FROM Lead WHERE (LeadSource = 'Web' AND NumberOfEmployees < 100) OR Email = null", ['L1', 'L4']],
  ["SELECT Id FROM Lead WHERE NOT (LeadSource = 'Web' OR LeadSource = null)", ['L2', 'L5', 'L8']],
  ["SELECT Id FROM Lead WHERE Status = 'Open - Not Contacted' AND NOT LeadSource = 'Web'", ['L4', 'L8']],
  ["SELECT Id FROM Lead WHERE LeadSource = 'Other' OR LeadSource = 'Partner Referral' OR Email = null", ['L4', 'L5', 'L8']],
  // ids: 18 or 15 characters, relationship fields in WHERE
  [`SELECT Id FROM Lead WHERE OwnerId = '${ID.U2}'`, ['L2', 'L5']],
  [`SELECT Id FROM Lead WHERE OwnerId = '${ID.U2?.slice(0, 15)}'`, ['L2', 'L5']],
  [`SELECT Id FROM Lead WHERE Id IN ('${ID.L1}', '${ID.L3}')`, ['L1', 'L3']],
  [`SELECT Id FROM Lead WHERE Id IN ('${ID.L1?.slice(0, 15)}', '${ID.L3?.toLowerCase()}')`, ['L1', 'L3']],
  // the people reader's shape: IN on text is case-insensitive, AND a boolean, escaped quotes and backslashes
  ["SELECT Id FROM Lead WHERE Email IN ('ADA@Analytical.io', 'alan@bletchley.uk', 'nobody@x.org') AND IsConverted = false", ['L1']],
  ["SELECT Id FROM Lead WHERE Company IN ('Bletchley\\'s Park', 'a\\\\b') AND IsConverted = true", ['L3']],
  ["SELECT Id FROM Lead WHERE Owner.Email = 'sam@revops.example'", ['L1', 'L3', 'L6']],
  ['SELECT Id FROM Lead WHERE Owner.IsActive = false', ['L8']],
  ["SELECT Id FROM Contact WHERE Account.Owner.Manager.Name = 'Morgan Manager'", ['C1', 'C2']],
  ["SELECT Id FROM Contact WHERE Account.Parent.Name LIKE 'Analytical%'", ['C2']],
  // datetimes in every accepted spelling; dates on date fields
  ['SELECT Id FROM Lead WHERE CreatedDate > 2024-03-14T23:59:59Z', ['L1']],
  ['SELECT Id FROM Lead WHERE CreatedDate >= 2024-03-14T23:59:59.000+0000', ['L1', 'L2']],
  ['SELECT Id FROM Lead WHERE CreatedDate < 2024-03-10T01:00:00+01:00', ['L4', 'L5', 'L6']],
  ['SELECT Id FROM Lead WHERE CreatedDate = 2024-03-10T00:00:00Z', ['L3']],
  ['SELECT Id FROM Opportunity WHERE CloseDate >= 2024-03-15', ['O1', 'O3', 'O5']],
  ['SELECT Id FROM Opportunity WHERE CloseDate < 2024-01-01', ['O4']],
  // relative date literals at Friday 2024-03-15 12:00 UTC (week from Sunday 2024-03-10)
  ['SELECT Id FROM Lead WHERE CreatedDate = TODAY', ['L1']],
  ['SELECT Id FROM Lead WHERE CreatedDate = YESTERDAY', ['L2']],
  ['SELECT Id FROM Lead WHERE CreatedDate = LAST_N_DAYS:2', ['L1', 'L2', 'L8']],
  ['SELECT Id FROM Lead WHERE CreatedDate = THIS_WEEK', ['L1', 'L2', 'L3', 'L8']],
  ['SELECT Id FROM Lead WHERE CreatedDate < THIS_WEEK', ['L4', 'L5', 'L6']],
  ['SELECT Id FROM Lead WHERE CreatedDate = LAST_MONTH', ['L4']],
  ['SELECT Id FROM Lead WHERE CreatedDate = THIS_QUARTER ORDER BY CreatedDate', ['L6', 'L4', 'L3', 'L8', 'L2', 'L1']],
  ['SELECT Id FROM Lead WHERE CreatedDate = LAST_YEAR', ['L5']],
  ['SELECT Id FROM Opportunity WHERE CloseDate = NEXT_N_DAYS:7', ['O1']],
  ['SELECT Id FROM Opportunity WHERE CloseDate > TODAY', ['O1', 'O3']],
  ['SELECT Id FROM Opportunity WHERE CloseDate = NEXT_QUARTER', ['O3']],
  ['SELECT Id FROM Opportunity WHERE CloseDate != THIS_MONTH', ['O2', 'O3', 'O4']],
  // ORDER BY: several keys, ASC/DESC, nulls first by default, NULLS LAST, text case-insensitive
  ['SELECT Id FROM Lead ORDER BY LastName', ['L5', 'L8', 'L2', 'L4', 'L6', 'L1', 'L3']],
  ['SELECT Id FROM Lead ORDER BY AnnualRevenue DESC', ['L2', 'L4', 'L3', 'L1', 'L6', 'L8', 'L5']],
  ['SELECT Id FROM Lead ORDER BY AnnualRevenue DESC NULLS LAST', ['L3', 'L1', 'L6', 'L8', 'L5', 'L2', 'L4']],
  ['SELECT Id FROM Lead ORDER BY AnnualRevenue ASC NULLS FIRST, LastName DESC', ['L4', 'L2', 'L5', 'L8', 'L6', 'L1', 'L3']],
  ['SELECT Id FROM Lead ORDER BY LeadSource, NumberOfEmployees DESC', ['L4', 'L8', 'L5', 'L2', 'L6', 'L3', 'L1']],
  ['SELECT Id FROM Lead ORDER BY Owner.Name, CreatedDate', ['L4', 'L8', 'L5', 'L2', 'L6', 'L3', 'L1']],
  // LIMIT and OFFSET
  ['SELECT Id FROM Lead ORDER BY CreatedDate DESC LIMIT 3', ['L1', 'L2', 'L8']],
  ['SELECT Id FROM Lead ORDER BY CreatedDate DESC LIMIT 2 OFFSET 2', ['L8', 'L3']],
  ['SELECT Id FROM Lead OFFSET 5', ['L6', 'L8']],
  ['SELECT Id FROM Lead LIMIT 0', []],
  ['SELECT Id FROM Lead WHERE Email = null OFFSET 2000', []],
  // COUNT()
  ["SELECT COUNT() FROM Lead WHERE LeadSource = 'Web'", ['L1', 'L3', 'L6']],
  // polymorphic parents through the Name object: Type is the parent's sObject name, not its own Type field
  ["SELECT Id FROM Task WHERE What.Type = 'Opportunity'", ['T2', 'T3']],
  ["SELECT Id FROM Task WHERE Who.Type = 'Lead'", ['T2']],
  ['SELECT Who.Type FROM Task', ['T1', 'T2', 'T3']],
  ["SELECT Id FROM Task WHERE What.Name LIKE '%deal'", ['T2', 'T3']],
  // a path may start with the FROM object's own name
  ["SELECT Lead.Id FROM Lead WHERE Lead.LastName = 'Turing'", ['L3']],
];

describe('SOQL accepted queries over the fixture org', () => {
  it.each(ACCEPTED)('%s', (soql, expected) => {
    expect(rowsOf(soql)).toEqual(expected);
  });

  it('leaves recycle-bin rows out of query and lets queryAll filter on IsDeleted', () => {
    expect(rowsOf("SELECT Id FROM Lead WHERE LeadSource = 'Web'")).toEqual(['L1', 'L3', 'L6']);
    expect(rowsOf("SELECT Id FROM Lead WHERE LeadSource = 'Web'", true)).toEqual(['L1', 'L3', 'L6', 'L7']);
    expect(rowsOf('SELECT Id FROM Lead WHERE IsDeleted = true', true)).toEqual(['L7']);
    expect(rowsOf('SELECT Id FROM Lead WHERE IsDeleted = true')).toEqual([]);
  });

  it('matches LIKE patterns with a literal underscore only when escaped', () => {
    expect(rowsOf("SELECT Id FROM Lead WHERE Company LIKE 'Linux\\_F%'", true)).toEqual(['L7']);
    expect(rowsOf("SELECT Id FROM Lead WHERE Company LIKE 'Linux_Foundation'", true)).toEqual(['L7']);
    expect(rowsOf("SELECT Id FROM Lead WHERE Company LIKE 'Linux\\_Foundation'", true)).toEqual(['L7']);
    expect(rowsOf("SELECT Id FROM Lead WHERE Company LIKE 'LinuxXFoundation'", true)).toEqual([]);
  });

  it('reads multi-line SOQL with tabs and newlines as Salesforce does', () => {
    expect(rowsOf('SELECT Id\n\tFROM Lead\r\nWHERE NumberOfEmployees > 1000')).toEqual(['L2']);
  });
});
