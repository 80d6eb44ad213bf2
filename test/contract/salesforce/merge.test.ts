import jsforce from 'jsforce';
import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { readFixtureText } from '../../support/fixtures.ts';
import { jsforceError, startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import { approvedCode, oauthClient } from './oauth-browser.ts';
import { compact, created, fill, postEnvelope, SOAP_ENDPOINT } from './soap-helpers.ts';

// SOAP merge(): a master and at most two others; the others go to the recycle bin with MasterRecordId
// set and show in queryAll; their related records move to the master.
// https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_merge.htm

describe('merge', () => {
  let sandbox: StartedSalesforceSandbox;
  let conn: Connection;
  beforeAll(async () => {
    sandbox = await startSalesforceSandbox();
    conn = sandbox.connection();
  });
  afterAll(() => sandbox.close());

  const lead = (lastName: string) => created(conn, 'Lead', { LastName: lastName, Company: 'Acme', Email: `${lastName.toLowerCase()}@acme.example` });

  it('merges three leads: the master keeps its Id and takes the values sent, the others go to the recycle bin', async () => {
    const [master, second, third] = [await lead('Lovelace'), await lead('Lovelace2'), await lead('Lovelace3')];
    const task = await created(conn, 'Task', { Subject: 'Call back', WhoId: third, Status: 'Not Started', Priority: 'Normal' });

    // jsforce types masterRecord as { type, Id, fieldsToNull }; the fields that win travel beside them.
    const masterRecord = { type: 'Lead', Id: master, Title: 'CTO' };
    const result = await conn.soap.merge({ masterRecord, recordToMergeIds: [second, third] });

    expect(result).toEqual({ id: master, success: true, errors: [], mergedRecordIds: [second, third], updatedRelatedIds: [task] });
    const live = await conn.query<{ Id: string; Title: string }>(`SELECT Id, Title FROM Lead WHERE Id IN ('${master}', '${second}', '${third}')`);
    expect(live.records.map((r) => [r.Id, r.Title])).toEqual([[master, 'CTO']]);
    // jsforce 3's queryAll: query(soql, { scanAll: true }) → GET /queryAll
    const all = await conn.query<{ Id: string; IsDeleted: boolean; MasterRecordId: string | null }>(
      `SELECT Id, IsDeleted, MasterRecordId FROM Lead WHERE Id IN ('${master}', '${second}', '${third}') ORDER BY Id`, { scanAll: true },
    );
    expect(all.records.map((r) => [r.Id, r.IsDeleted, r.MasterRecordId])).toEqual([
      [master, false, null], [second, true, master], [third, true, master],
    ]);
    expect((await conn.sobject('Task').retrieve(task)).WhoId).toBe(master);
  });

  it('moves the contacts and opportunities of a merged account to the master (the documented exchange)', async () => {
    const masterAccount = await created(conn, 'Account', { Name: 'MasterAccount', Description: 'The Account record to merge with.' });
    const duplicate = await created(conn, 'Account', { Name: 'AccountToMerge', Description: 'The Account record to merge MasterAccount with.' });
    const contact = await created(conn, 'Contact', { FirstName: 'Joe', LastName: 'Merged', AccountId: duplicate });
    const values = { MASTER_ID: masterAccount, DUPLICATE_ID: duplicate, CONTACT_ID: contact, SESSION_ID: sandbox.token };

    const answer = await postEnvelope(sandbox, fill(readFixtureText('salesforce/docs/soap-merge.request.xml'), values));

    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^text\/xml/);
    expect(compact(answer.text)).toBe(compact(fill(readFixtureText('salesforce/docs/soap-merge.response.xml'), values)));
    expect((await conn.sobject('Contact').retrieve(contact)).AccountId).toBe(masterAccount);
    expect((await conn.sobject('Account').retrieve(masterAccount)).Description).toBe('Old description');
  });

  it('moves opportunities, and reports every re-parented record in updatedRelatedIds', async () => {
    const [master, other] = [await created(conn, 'Account', { Name: 'Globex' }), await created(conn, 'Account', { Name: 'Globex Inc' })];
    const opportunity = await created(conn, 'Opportunity', { Name: 'Globex renewal', StageName: 'Prospecting', CloseDate: '2026-06-30', AccountId: other });
    const contact = await created(conn, 'Contact', { LastName: 'Hank', AccountId: other });
    const result = await conn.soap.merge({ masterRecord: { type: 'Account', Id: master }, recordToMergeIds: [other] });
    expect(result.success).toBe(true);
    expect([...result.updatedRelatedIds].sort()).toEqual([contact, opportunity].sort());
    expect((await conn.sobject('Opportunity').retrieve(opportunity)).AccountId).toBe(master);
  });

  it('refuses a master and three others (four records) and changes nothing', async () => {
    const ids = [await lead('Hopper'), await lead('Hopper2'), await lead('Hopper3'), await lead('Hopper4')];
    const result = await conn.soap.merge({ masterRecord: { type: 'Lead', Id: ids[0] }, recordToMergeIds: ids.slice(1) });
    expect(result).toMatchObject({ id: ids[0], success: false, mergedRecordIds: [], updatedRelatedIds: [] });
    expect(result.errors).toEqual([expect.objectContaining({ statusCode: 'LIMIT_EXCEEDED' })]);
    const live = await conn.query(`SELECT Id FROM Lead WHERE Id IN ('${ids.join("', '")}')`);
    expect(live.totalSize).toBe(4);
  });

  it('answers per request, in order, when one call carries several merges', async () => {
    const [a, b, gone] = [await lead('Turing'), await lead('Turing2'), await lead('Turing3')];
    await conn.sobject('Lead').destroy(gone);
    const results = await conn.soap.merge([
      { masterRecord: { type: 'Lead', Id: a }, recordToMergeIds: [b] },
      { masterRecord: { type: 'Lead', Id: a }, recordToMergeIds: [gone] },
    ]);
    expect(results.map((r) => r.success)).toEqual([true, false]);
    expect(results[1]!.errors).toEqual([{ statusCode: 'ENTITY_IS_DELETED', message: 'entity is deleted' }]);
  });

  it('faults the whole call for an object merge does not support, or a field the object lacks', async () => {
    const opportunity = await created(conn, 'Opportunity', { Name: 'X', StageName: 'Prospecting', CloseDate: '2026-06-30' });
    const notMergeable = await jsforceError(conn.soap.merge({ masterRecord: { type: 'Opportunity', Id: opportunity }, recordToMergeIds: [opportunity] }));
    expect(notMergeable).toMatchObject({ errorCode: 'sf:INVALID_TYPE_FOR_OPERATION', message: 'INVALID_TYPE_FOR_OPERATION: entity type does not support merge' });
    const master = await lead('Knuth');
    const withBogusField = { type: 'Lead', Id: master, Bogus__c: 'x' };
    const unknownField = await jsforceError(conn.soap.merge({ masterRecord: withBogusField, recordToMergeIds: [master] }));
    expect(unknownField.errorCode).toBe('sf:INVALID_FIELD');
  });
});

describe('a SOAP call with an expired session', () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 2, 9, 0, 0));
  const TTL_SECONDS = 7200;
  let sandbox: StartedSalesforceSandbox;
  beforeAll(async () => {
    sandbox = await startSalesforceSandbox({ sessionTtlSeconds: TTL_SECONDS }, { clock });
  });
  afterAll(() => sandbox.close());

  it('answers HTTP 500 with faultcode sf:INVALID_SESSION_ID, as Salesforce does', async () => {
    const answer = await postEnvelope(sandbox, fill(readFixtureText('salesforce/docs/soap-undelete.request.xml'), {
      SESSION_ID: 'not-a-session', DELETED_ID: '00Q5e000000000AAAA', LIVE_ID: '00Q5e000000000BAAA',
    }));
    expect(answer.status).toBe(500);
    expect(compact(answer.text)).toBe(compact(readFixtureText('salesforce/docs/soap-invalid-session.fault.xml')));
  });

  it('is refreshed by jsforce through the token endpoint, and the SOAP call is replayed', async () => {
    const oauth2 = oauthClient(sandbox.instanceUrl);
    const conn = new jsforce.Connection({ oauth2, version: '62.0' });
    await conn.authorize(await approvedCode(oauth2));
    const refreshed: string[] = [];
    conn.on('refresh', (accessToken: string) => refreshed.push(accessToken));
    const [master, other] = [
      await created(conn, 'Lead', { LastName: 'Ritchie', Company: 'Bell' }),
      await created(conn, 'Lead', { LastName: 'Ritchie2', Company: 'Bell' }),
    ];
    sandbox.running.ctx.ledger.clear();

    clock.advance(TTL_SECONDS * 1000 + 1);
    const result = await conn.soap.merge({ masterRecord: { type: 'Lead', Id: master }, recordToMergeIds: [other] });

    expect(result.success).toBe(true);
    expect(refreshed).toHaveLength(1);
    const soapCalls = sandbox.running.ctx.ledger.recent().filter((e) => e.endpoint === SOAP_ENDPOINT.split(' ')[1]);
    expect(soapCalls.map((e) => e.status)).toEqual([500, 200]);
  });
});
