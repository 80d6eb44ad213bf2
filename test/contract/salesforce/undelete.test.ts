import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { readFixtureText } from '../../support/fixtures.ts';
import { startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import { compact, created, fill, postEnvelope } from './soap-helpers.ts';

// SOAP undelete() (jsforce 3 has no REST undelete: conn.soap.undelete(ids)): a record in the recycle bin
// comes back with its Id, within the bin's 15 days. https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_undelete.htm

const DAY_MS = 24 * 60 * 60 * 1000;
const NOT_IN_BIN = { statusCode: 'UNDELETE_FAILED', message: 'Entity is not in the recycle bin' };

describe('undelete', () => {
  const clock = new ManualClock(Date.UTC(2026, 3, 1, 8, 0, 0));
  let sandbox: StartedSalesforceSandbox;
  let conn: Connection;
  beforeAll(async () => {
    sandbox = await startSalesforceSandbox({}, { clock });
    conn = sandbox.connection();
  });
  afterAll(() => sandbox.close());

  const lead = (lastName: string) => created(conn, 'Lead', { LastName: lastName, Company: 'Acme' });
  const deletedState = async (id: string) => {
    const all = await conn.query<{ IsDeleted: boolean; MasterRecordId: string | null }>(
      `SELECT Id, IsDeleted, MasterRecordId FROM Lead WHERE Id = '${id}'`, { scanAll: true },
    );
    return all.records[0];
  };

  it('brings a deleted record back with the same Id', async () => {
    const id = await lead('Babbage');
    await conn.sobject('Lead').destroy(id);
    expect(await deletedState(id)).toMatchObject({ IsDeleted: true });

    expect(await conn.soap.undelete([id])).toEqual([{ id, success: true, errors: [] }]);
    expect(await deletedState(id)).toMatchObject({ IsDeleted: false });
    expect((await conn.sobject('Lead').retrieve(id)).Id).toBe(id);
  });

  it('brings a merged-away record back with MasterRecordId cleared; the merge\'s re-parenting stays', async () => {
    const [master, loser] = [await lead('Lamarr'), await lead('Lamarr2')];
    const task = await created(conn, 'Task', { Subject: 'Follow up', WhoId: loser, Status: 'Not Started', Priority: 'Normal' });
    await conn.soap.merge({ masterRecord: { type: 'Lead', Id: master }, recordToMergeIds: [loser] });
    expect(await deletedState(loser)).toMatchObject({ IsDeleted: true, MasterRecordId: master });

    expect(await conn.soap.undelete([loser])).toEqual([{ id: loser, success: true, errors: [] }]);
    expect(await deletedState(loser)).toMatchObject({ IsDeleted: false, MasterRecordId: null });
    expect((await conn.sobject('Task').retrieve(task)).WhoId).toBe(master);
  });

  it('brings back the contacts an account\'s delete took along, which cannot come back on their own', async () => {
    const account = await created(conn, 'Account', { Name: 'Wayne Enterprises' });
    const contact = await created(conn, 'Contact', { LastName: 'Fox', AccountId: account });
    await conn.sobject('Account').destroy(account);

    expect(await conn.soap.undelete([contact])).toEqual([{ id: contact, success: false, errors: [NOT_IN_BIN] }]);
    expect(await conn.soap.undelete([account])).toEqual([{ id: account, success: true, errors: [] }]);
    expect((await conn.sobject('Contact').retrieve(contact)).AccountId).toBe(account);
  });

  it('refuses a record that has been in the recycle bin longer than 15 days', async () => {
    const [fresh, old] = [await lead('Noether'), await lead('Noether2')];
    await conn.sobject('Lead').destroy(old);
    clock.advance(15 * DAY_MS + 1);
    await conn.sobject('Lead').destroy(fresh);

    expect(await conn.soap.undelete([old, fresh])).toEqual([
      { id: old, success: false, errors: [NOT_IN_BIN] },
      { id: fresh, success: true, errors: [] },
    ]);
  });

  it('answers per id, in order, for a record not in the recycle bin and an id that names nothing', async () => {
    const live = await lead('Franklin');
    const results = await conn.soap.undelete([live, '00Q5e0000099999AAA']);
    expect(results).toEqual([
      { id: live, success: false, errors: [NOT_IN_BIN] },
      { id: '00Q5e0000099999AAA', success: false, errors: [{ statusCode: 'INVALID_ID_FIELD', message: 'invalid record id' }] },
    ]);
  });

  it('answers the documented request in the documented shape', async () => {
    const [deleted, live] = [await lead('Curie'), await lead('Curie2')];
    await conn.sobject('Lead').destroy(deleted);
    const values = { DELETED_ID: deleted, LIVE_ID: live, SESSION_ID: sandbox.token };
    const answer = await postEnvelope(sandbox, fill(readFixtureText('salesforce/docs/soap-undelete.request.xml'), values));
    expect(answer.status).toBe(200);
    expect(compact(answer.text)).toBe(compact(fill(readFixtureText('salesforce/docs/soap-undelete.response.xml'), values)));
  });
});
