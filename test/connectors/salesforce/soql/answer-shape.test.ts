import { describe, expect, it } from 'vitest';
import { QueryEngine } from '../../../../connectors/salesforce/sandbox/soql/query-engine.ts';
import type { PageRequest } from '../../../../connectors/salesforce/sandbox/soql/query-engine.ts';
import { FIXTURE_NOW, ID, fixtureSource } from './fixture-org.ts';

// What one answer looks like on the wire (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_query.htm):
// attributes on every record and every nested parent, fields in SELECT order with describe's spelling,
// parents null when the reference is empty, Salesforce's datetime and date formats, JSON numbers.

const engine = () => new QueryEngine(fixtureSource(), { now: () => FIXTURE_NOW });
const PAGE: PageRequest = { apiVersion: '62.0', resource: 'query', pageSize: 2000 };
const url = (sobject: string, label: string) => `/services/data/v62.0/sobjects/${sobject}/${ID[label]}`;

describe('query answer shape', () => {
  it('answers records with attributes, canonical field names in SELECT order and wire formats', () => {
    const answer = engine().run("select lastname, id, createddate, annualrevenue, numberofemployees, isconverted, email from LEAD where LastName = 'turing'", PAGE);
    expect(answer).toEqual({
      totalSize: 1,
      done: true,
      records: [{
        attributes: { type: 'Lead', url: url('Lead', 'L3') },
        LastName: 'Turing', Id: ID.L3, CreatedDate: '2024-03-10T00:00:00.000+0000', AnnualRevenue: 2_500_000.5,
        NumberOfEmployees: 200, IsConverted: true, Email: 'alan@bletchley.uk',
      }],
    });
    expect(Object.keys(answer.records[0] ?? {})).toEqual(['attributes', 'LastName', 'Id', 'CreatedDate', 'AnnualRevenue', 'NumberOfEmployees', 'IsConverted', 'Email']);
  });

  it('nests parent relationships as objects with their own attributes, several levels deep, merged per parent', () => {
    const answer = engine().run("SELECT Id, Account.Name, Account.Owner.Email, Account.Owner.Manager.Name, Account.Industry FROM Contact WHERE LastName = 'Lovelace'", PAGE);
    expect(answer.records).toEqual([{
      attributes: { type: 'Contact', url: url('Contact', 'C1') },
      Id: ID.C1,
      Account: {
        attributes: { type: 'Account', url: url('Account', 'A1') },
        Name: 'Analytical Engines',
        Owner: {
          attributes: { type: 'User', url: url('User', 'U1') },
          Email: 'sam@revops.example',
          Manager: { attributes: { type: 'User', url: url('User', 'U3') }, Name: 'Morgan Manager' },
        },
        Industry: 'Technology',
      },
    }]);
  });

  it('answers null for a parent whose reference is empty, at any depth', () => {
    const answer = engine().run("SELECT Account.Name, Account.Owner.Manager.Name FROM Contact WHERE LastName IN ('Contact', 'Lovelace')", PAGE);
    expect(answer.records[1]).toEqual({ attributes: { type: 'Contact', url: url('Contact', 'C3') }, Account: null });
    const managerless = engine().run('SELECT Name, Manager.Name FROM User WHERE Manager.Name = null', PAGE);
    expect(managerless.records).toEqual([{ attributes: { type: 'User', url: url('User', 'U3') }, Name: 'Morgan Manager', Manager: null }]);
  });

  it("answers a polymorphic parent's Type as its sObject name and Name-object fields its object lacks as null", () => {
    const answer = engine().run('SELECT Who.Type, What.Type, What.Name, What.Title FROM Task', PAGE);
    const name = (sobject: string, label: string, fields: Record<string, unknown>) => ({ attributes: { type: 'Name', url: url(sobject, label) }, ...fields });
    expect(answer.records.map((r) => [r.Who, r.What])).toEqual([
      [name('Contact', 'C1', { Type: 'Contact' }), name('Account', 'A1', { Type: 'Account', Name: 'Analytical Engines', Title: null })],
      [name('Lead', 'L2', { Type: 'Lead' }), name('Opportunity', 'O1', { Type: 'Opportunity', Name: 'Engine deal', Title: null })],
      [null, name('Opportunity', 'O2', { Type: 'Opportunity', Name: 'Navy deal', Title: null })],
    ]);
  });

  it('types a polymorphic parent as "Name" with the real object in its url', () => {
    const answer = engine().run("SELECT Owner.Name FROM Lead WHERE LastName IN ('Lovelace', 'Johnson')", PAGE);
    expect(answer.records).toEqual([
      { attributes: { type: 'Lead', url: url('Lead', 'L1') }, Owner: { attributes: { type: 'Name', url: url('User', 'U1') }, Name: 'Sam Seller' } },
      { attributes: { type: 'Lead', url: url('Lead', 'L4') }, Owner: null },
    ]);
  });

  it('answers dates as YYYY-MM-DD and keeps the request version in every url', () => {
    const answer = engine().run("SELECT CloseDate, Amount FROM Opportunity WHERE Name = 'Today deal'", { ...PAGE, apiVersion: '58.0' });
    expect(answer.records).toEqual([{ attributes: { type: 'Opportunity', url: `/services/data/v58.0/sobjects/Opportunity/${ID.O5}` }, CloseDate: '2024-03-15', Amount: 9_999.99 }]);
  });

  it('answers COUNT() with totalSize and no records', () => {
    expect(engine().run('SELECT COUNT() FROM Lead', PAGE)).toEqual({ totalSize: 7, done: true, records: [] });
    expect(engine().run('SELECT COUNT() FROM Lead', { ...PAGE, resource: 'queryAll' })).toEqual({ totalSize: 8, done: true, records: [] });
    expect(engine().run("SELECT COUNT() FROM Lead WHERE Email LIKE '%.edu' LIMIT 1", PAGE)).toEqual({ totalSize: 1, done: true, records: [] });
  });

  it('answers an empty match with done true and no records', () => {
    expect(engine().run("SELECT Id FROM Lead WHERE Email = 'nobody@example.com'", PAGE)).toEqual({ totalSize: 0, done: true, records: [] });
  });

  it('shows deleted rows with IsDeleted true only in queryAll', () => {
    const soql = "SELECT Id, IsDeleted FROM Lead WHERE LastName = 'Torvalds'";
    expect(engine().run(soql, PAGE).records).toEqual([]);
    expect(engine().run(soql, { ...PAGE, resource: 'queryAll' }).records).toEqual([
      { attributes: { type: 'Lead', url: url('Lead', 'L7') }, Id: ID.L7, IsDeleted: true },
    ]);
  });
});
