import { describe, expect, it } from 'vitest';
import { prepareQuery } from '../../../../connectors/salesforce/sandbox/soql/bind.ts';
import { SoqlError } from '../../../../connectors/salesforce/sandbox/soql/errors.ts';
import type { SoqlErrorCode } from '../../../../connectors/salesforce/sandbox/soql/errors.ts';
import { fixtureSource } from './fixture-org.ts';

// The refused half of the SOQL table: each query with the error code it must get. Syntax errors,
// unknown objects and fields, literals of the wrong type are refused as Salesforce refuses them; what
// Salesforce accepts but the sandbox does not model is refused too (MALFORMED_QUERY naming the
// clause), never answered approximately.

function refusal(soql: string): SoqlError {
  try {
    prepareQuery(soql, fixtureSource());
  } catch (err) {
    if (err instanceof SoqlError) return err;
    throw err;
  }
  throw new Error(`expected ${soql} to be refused`);
}

const REFUSED: Array<[soql: string, code: SoqlErrorCode, detail: string]> = [
  // syntax (MALFORMED_QUERY, "unexpected token" as Salesforce words it)
  ['SELECT FROM Lead', 'MALFORMED_QUERY', 'unexpected token: FROM'],
  ['SELECT Id, FROM Lead', 'MALFORMED_QUERY', 'unexpected token: FROM'],
  ['SELECT Id FROM', 'MALFORMED_QUERY', 'unexpected token: <EOF>'],
  ['SELECT Id FROM Lead WHERE', 'MALFORMED_QUERY', 'unexpected token: <EOF>'],
  ['SELECT * FROM Lead', 'MALFORMED_QUERY', 'unexpected token: *'],
  ['FROM Lead SELECT Id', 'MALFORMED_QUERY', 'unexpected token: FROM'],
  ['SELECT Id FROM Lead WHERE Email', 'MALFORMED_QUERY', 'unexpected token: <EOF>'],
  ["SELECT Id FROM Lead WHERE Email = 'a@b.com' AND Status = 'x' OR IsConverted = true", 'MALFORMED_QUERY', 'unexpected token: OR'],
  ["SELECT Id FROM Lead WHERE (Email = 'a' OR Status = 'x'", 'MALFORMED_QUERY', 'unexpected token: <EOF>'],
  ["SELECT Id FROM Lead WHERE Email = 'unterminated", 'MALFORMED_QUERY', 'unterminated string literal'],
  ["SELECT Id FROM Lead WHERE Email = 'bad \\q escape'", 'MALFORMED_QUERY', "Illegal character sequence '\\q'"],
  ["SELECT Id FROM Lead WHERE Company = '100\\%'", 'MALFORMED_QUERY', "Illegal character sequence '\\%'"],
  ['SELECT Id FROM Lead WHERE Status IN ()', 'MALFORMED_QUERY', 'unexpected token: )'],
  ['SELECT Id FROM Lead WHERE NumberOfEmployees < null', 'MALFORMED_QUERY', 'unexpected token: null'],
  ['SELECT Id FROM Lead WHERE CreatedDate = LAST_N_DAYS', 'MALFORMED_QUERY', 'unexpected token: <EOF>'],
  ['SELECT Id FROM Lead WHERE CreatedDate = TODAY:3', 'MALFORMED_QUERY', 'unexpected token: :'],
  ['SELECT Id FROM Lead WHERE CreatedDate = SOMEDAY', 'MALFORMED_QUERY', 'unexpected token: SOMEDAY'],
  ['SELECT Id FROM Lead WHERE CreatedDate > 2024-13-45T00:00:00Z', 'MALFORMED_QUERY', 'invalid date'],
  ['SELECT Id FROM Lead WHERE Email = :email', 'MALFORMED_QUERY', 'Bind variables only allowed in Apex code'],
  ['SELECT Id FROM Lead LIMIT ten', 'MALFORMED_QUERY', 'unexpected token: ten'],
  ['SELECT Id FROM Lead LIMIT 5 ORDER BY Name', 'MALFORMED_QUERY', 'unexpected token: ORDER'],
  ['SELECT Id FROM Lead OFFSET 5 LIMIT 2', 'MALFORMED_QUERY', 'unexpected token: LIMIT'],
  ['SELECT Id FROM Lead ORDER BY LastName NULLS', 'MALFORMED_QUERY', 'unexpected token: <EOF>'],
  ["SELECT Id FROM Lead WHERE Email NOT LIKE 'a%'", 'MALFORMED_QUERY', 'unexpected token: NOT'],
  [`SELECT Id FROM Lead WHERE Email LIKE '${'%a'.repeat(2000)}%'`, 'MALFORMED_QUERY', 'LIKE pattern is longer than 4,000 characters'],
  // OFFSET above 2,000
  ['SELECT Id FROM Lead OFFSET 2001', 'NUMBER_OUTSIDE_VALID_RANGE', 'Maximum SOQL offset allowed is 2000'],
  // unknown object, field, relationship (INVALID_TYPE / INVALID_FIELD)
  ['SELECT Id FROM Foo', 'INVALID_TYPE', "sObject type 'Foo' is not supported."],
  ['SELECT Id, Foo FROM Lead', 'INVALID_FIELD', "No such column 'Foo' on entity 'Lead'."],
  ["SELECT Id FROM Lead WHERE Foo__c = 'x'", 'INVALID_FIELD', "No such column 'Foo__c' on entity 'Lead'."],
  ['SELECT Id FROM Lead ORDER BY Foo', 'INVALID_FIELD', "No such column 'Foo' on entity 'Lead'."],
  ['SELECT Owner.Foo FROM Lead', 'INVALID_FIELD', "No such column 'Foo' on entity 'Name'."],
  ['SELECT Account.Owner.Foo FROM Contact', 'INVALID_FIELD', "No such column 'Foo' on entity 'User'."],
  ['SELECT Owner.ManagerId FROM Lead', 'INVALID_FIELD', "No such column 'ManagerId' on entity 'Name'."],
  ['SELECT Owner.Manager.Name FROM Lead', 'INVALID_FIELD', "Didn't understand relationship 'Manager' in field path."],
  ['SELECT Boss.Name FROM Lead', 'INVALID_FIELD', "Didn't understand relationship 'Boss' in field path."],
  ['SELECT Email.Domain FROM Lead', 'INVALID_FIELD', "Didn't understand relationship 'Email' in field path."],
  ['SELECT Id, Email, ID FROM Lead', 'INVALID_FIELD', 'duplicate field selected: Id'],
  // literals of the wrong type, ids that are not ids, fields that cannot be filtered or sorted
  ['SELECT Id FROM Lead WHERE Email = 5', 'INVALID_FIELD', "field 'Email' must be of type string and should be enclosed in quotes"],
  ["SELECT Id FROM Lead WHERE NumberOfEmployees = '5'", 'INVALID_FIELD', "field 'NumberOfEmployees' must be of type integer and should not be enclosed in quotes"],
  ["SELECT Id FROM Lead WHERE IsConverted = 'true'", 'INVALID_FIELD', 'must be of type boolean and should not be enclosed in quotes'],
  ['SELECT Id FROM Lead WHERE CreatedDate > 2024-01-15', 'INVALID_FIELD', "field 'CreatedDate' must be of type dateTime and should not be enclosed in quotes"],
  ["SELECT Id FROM Lead WHERE CreatedDate > '2024-01-15T00:00:00Z'", 'INVALID_FIELD', 'must be of type dateTime'],
  ['SELECT Id FROM Opportunity WHERE CloseDate = 2024-01-15T00:00:00Z', 'INVALID_FIELD', "field 'CloseDate' must be of type date"],
  ['SELECT Id FROM Lead WHERE Email = TODAY', 'INVALID_FIELD', 'must be of type string and should be enclosed in quotes'],
  ["SELECT Id FROM Lead WHERE OwnerId = 'not-an-id'", 'INVALID_QUERY_FILTER_OPERATOR', 'invalid ID field: not-an-id'],
  ["SELECT Id FROM Lead WHERE Id IN ('00Q5e0000000001AAA', 'not-an-id')", 'INVALID_QUERY_FILTER_OPERATOR', 'invalid ID field: not-an-id'],
  ["SELECT Id FROM Lead WHERE Id LIKE '00Q%'", 'INVALID_QUERY_FILTER_OPERATOR', 'invalid operator on id field'],
  ['SELECT Id FROM Lead WHERE IsConverted > false', 'INVALID_QUERY_FILTER_OPERATOR', 'invalid operator on boolean field'],
  ["SELECT Id FROM Lead WHERE Description = 'x'", 'INVALID_FIELD', "field 'Description' can not be filtered in a query call"],
  ['SELECT Id FROM Lead ORDER BY Description', 'INVALID_FIELD', "field 'Description' can not be sorted in a query call"],
  // outside the sandbox's subset: refused, never answered wrongly
  ['SELECT Id, (SELECT Id FROM Contacts) FROM Account', 'MALFORMED_QUERY', 'A relationship sub-query in SELECT is not supported'],
  ["SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Contact)", 'MALFORMED_QUERY', 'semi-join'],
  ['SELECT Id FROM Account WHERE Id NOT IN (SELECT AccountId FROM Contact)', 'MALFORMED_QUERY', 'semi-join'],
  ['SELECT COUNT(Id) FROM Lead', 'MALFORMED_QUERY', 'COUNT(fieldName)'],
  ['SELECT Id, COUNT() FROM Lead', 'MALFORMED_QUERY', 'COUNT() together with fields'],
  ['SELECT COUNT(), Id FROM Lead', 'MALFORMED_QUERY', 'unexpected token: ,'],
  ['SELECT LeadSource, COUNT(Id) FROM Lead GROUP BY LeadSource', 'MALFORMED_QUERY', 'COUNT()'],
  ['SELECT LeadSource FROM Lead GROUP BY LeadSource', 'MALFORMED_QUERY', 'GROUP BY is not supported'],
  ['SELECT MAX(AnnualRevenue) FROM Lead', 'MALFORMED_QUERY', 'The function MAX() is not supported'],
  ['SELECT FIELDS(ALL) FROM Lead LIMIT 200', 'MALFORMED_QUERY', 'The function FIELDS() is not supported'],
  ['SELECT toLabel(Status) FROM Lead', 'MALFORMED_QUERY', 'The function toLabel() is not supported'],
  ['SELECT Id FROM Lead WHERE CALENDAR_YEAR(CreatedDate) = 2024', 'MALFORMED_QUERY', 'The function CALENDAR_YEAR() is not supported'],
  ['SELECT Id FROM Lead ORDER BY MAX(CreatedDate)', 'MALFORMED_QUERY', 'The function MAX() is not supported'],
  ['SELECT TYPEOF What WHEN Account THEN Name END FROM Task', 'MALFORMED_QUERY', 'TYPEOF is not supported'],
  ['SELECT Id FROM Lead WITH SECURITY_ENFORCED', 'MALFORMED_QUERY', 'The WITH clause'],
  ["SELECT Id FROM Lead WHERE Email = 'a' WITH USER_MODE", 'MALFORMED_QUERY', 'The WITH clause'],
  ['SELECT Id FROM Lead USING SCOPE mine', 'MALFORMED_QUERY', 'USING SCOPE'],
  ['SELECT Id FROM Lead LIMIT 1 FOR UPDATE', 'MALFORMED_QUERY', 'FOR VIEW / FOR REFERENCE / FOR UPDATE'],
  ['SELECT Id FROM Lead FOR VIEW', 'MALFORMED_QUERY', 'FOR VIEW'],
  ['SELECT Id FROM Lead UPDATE TRACKING', 'MALFORMED_QUERY', 'UPDATE TRACKING'],
  ['SELECT Id FROM Lead ALL ROWS', 'MALFORMED_QUERY', 'ALL ROWS'],
  ['SELECT LeadSource FROM Lead HAVING COUNT(Id) > 1', 'MALFORMED_QUERY', 'HAVING'],
  ["SELECT Id FROM Lead WHERE Status INCLUDES ('a')", 'MALFORMED_QUERY', 'INCLUDES (multi-select picklists)'],
  ['SELECT l.Id FROM Lead l', 'MALFORMED_QUERY', 'An object alias (l)'],
  ['SELECT Id FROM Contact, Contact.Account', 'MALFORMED_QUERY', 'Querying several objects in FROM'],
  ['SELECT Account.Parent.Parent.Parent.Parent.Parent.Name FROM Contact', 'MALFORMED_QUERY', 'More than 5 levels'],
  ['SELECT Profile.Name FROM User', 'MALFORMED_QUERY', 'The relationship Profile (to Profile, objects the sandbox does not model)'],
];

describe('SOQL refused queries', () => {
  it.each(REFUSED)('%s → %s', (soql, code, detail) => {
    const error = refusal(soql);
    expect(error.errorCode).toBe(code);
    expect(error.detail).toContain(detail);
  });

  it('quotes the line, puts a caret under the column and names row and column, as Salesforce does', () => {
    const soql = 'SELECT Id, Foo FROM Lead';
    expect(refusal(soql).messageFor(soql)).toBe(
      "\nSELECT Id, Foo FROM Lead\n           ^\nERROR at Row:1:Column:12\nNo such column 'Foo' on entity 'Lead'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
    );
  });

  it('counts rows and columns across line breaks', () => {
    const soql = "SELECT Id\nFROM Lead\nWHERE Email = 'a' AND Status = 'x' OR IsConverted = true";
    const message = refusal(soql).messageFor(soql);
    expect(message).toContain('ERROR at Row:3:Column:36\nunexpected token: OR');
    expect(message.startsWith("\nWHERE Email = 'a' AND Status = 'x' OR IsConverted = true\n                                   ^\n")).toBe(true);
  });

  it('names the unknown object where it stands', () => {
    const soql = 'SELECT Id FROM Contact123';
    expect(refusal(soql).messageFor(soql)).toContain('               ^\nERROR at Row:1:Column:16\nsObject type');
  });
});
