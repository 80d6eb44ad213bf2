import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { readFixtureJson } from '../../support/fixtures.ts';
import { startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import { jsforceError as rejection } from '../../support/salesforce-sandbox.ts';

// The replication resources jsforce calls as sobject(type).updated(start, end) and .deleted(start, end).
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_getupdated.htm
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_getdeleted.htm

const NOW = Date.UTC(2026, 2, 2, 9, 0, 30);
const at = (iso: string) => Date.parse(iso);
const DAY_MS = 24 * 60 * 60 * 1000;

const clock = new ManualClock(NOW);
let sandbox: StartedSalesforceSandbox;
const ids: Record<string, string> = {};

beforeAll(async () => {
  sandbox = await startSalesforceSandbox({}, { clock });
  const { records } = sandbox.salesforce.deps.state;
  const user = sandbox.salesforce.deps.settings.adminUser.id;
  const lead = (name: string, iso: string) => (ids[name] = records.insert('Lead', { LastName: name, Company: 'Acme' }, user, { at: at(iso) }).Id);
  lead('old', '2026-01-10T08:00:00Z'); // more than 30 days back
  lead('early', '2026-03-01T10:05:30Z');
  lead('edge', '2026-03-01T10:10:00Z');
  lead('later', '2026-03-01T12:00:00Z');
  lead('gone', '2026-03-01T10:06:00Z');
  records.softDelete(ids.gone!, user, { at: at('2026-03-01T11:00:00Z') });
  lead('edited', '2026-02-20T00:00:00Z');
  records.update(ids.edited!, { Title: 'VP Sales' }, user, { at: at('2026-03-01T10:07:00Z') });
});
afterAll(() => sandbox.close());

describe('sobject(type).updated(start, end)', () => {
  it('lists the records changed in the window, live ones only, with the end it covered', async () => {
    const result = await sandbox.connection().sobject('Lead').updated('2026-03-01T10:05:45Z', '2026-03-01T10:10:59Z');
    // Seconds are dropped: 10:05:45 starts at 10:05 (so 10:05:30 counts) and 10:10:59 ends at 10:10 (so 10:10:00 does not).
    expect(result).toEqual({ ids: [ids.early, ids.edited].sort(), latestDateCovered: '2026-03-01T10:10:00.000+0000' });
    expect(result.ids).not.toContain(ids.gone);
  });

  it('covers up to the current minute when the end is still to come', async () => {
    const result = await sandbox.connection().sobject('Lead').updated('2026-03-01T12:00:00Z', '2026-03-05T00:00:00Z');
    expect(result).toEqual({ ids: [ids.later], latestDateCovered: '2026-03-02T09:00:00.000+0000' });
  });

  it('answers in the documented shape', async () => {
    const result = await sandbox.connection().sobject('Lead').updated('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z');
    expect(Object.keys(result).sort()).toEqual(Object.keys(readFixtureJson<object>('salesforce/docs/sobject-updated.response.json')).sort());
  });

  it('refuses a start more than 30 days back, and a start that does not precede the end', async () => {
    const leads = sandbox.connection().sobject('Lead');
    expect(await rejection(leads.updated(new Date(NOW - 31 * DAY_MS), new Date(NOW)))).toMatchObject({ name: 'INVALID_REPLICATION_DATE' });
    expect(await rejection(leads.updated('2026-03-01T10:00:10Z', '2026-03-01T10:00:50Z')))
      .toMatchObject({ name: 'INVALID_REPLICATION_DATE', message: 'startDate must chronologically precede endDate' });
  });
});

describe('sobject(type).deleted(start, end)', () => {
  it('lists the recycle bin\'s records deleted in the window, with when', async () => {
    const result = await sandbox.connection().sobject('Lead').deleted('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z');
    expect(result).toEqual({
      deletedRecords: [{ id: ids.gone, deletedDate: '2026-03-01T11:00:00.000+0000' }],
      earliestDateAvailable: '2026-02-15T09:00:00.000+0000',
      latestDateCovered: '2026-03-02T00:00:00.000+0000',
    });
    expect(Object.keys(result).sort()).toEqual(Object.keys(readFixtureJson<object>('salesforce/docs/sobject-deleted.response.json')).sort());
  });

  it('goes back no further than the recycle bin keeps records (15 days)', async () => {
    const error = await rejection(sandbox.connection().sobject('Lead').deleted(new Date(NOW - 16 * DAY_MS), new Date(NOW)));
    expect(error).toMatchObject({ name: 'INVALID_REPLICATION_DATE' });
  });
});

describe('refusals in Salesforce\'s error array', () => {
  const get = (path: string) => fetch(`${sandbox.instanceUrl}/services/data/v62.0/sobjects/${path}`, { headers: { authorization: `Bearer ${sandbox.token}` } });

  it('answers an unknown object with 404 NOT_FOUND', async () => {
    expect(await rejection(sandbox.connection().sobject('Nope__c').updated('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z')))
      .toMatchObject({ name: 'NOT_FOUND', message: 'The requested resource does not exist' });
  });

  it('names a missing or malformed date', async () => {
    const missing = await get('Lead/updated?start=2026-03-01T00%3A00%3A00%2B00%3A00');
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual([{ message: 'end not specified', errorCode: 'MISSING_ARGUMENT' }]);
    const malformed = await get('Lead/deleted?start=yesterday&end=2026-03-02T00%3A00%3A00Z');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual([{ message: 'start is not a valid dateTime: yesterday', errorCode: 'INVALID_REPLICATION_DATE' }]);
  });

  it('counts each call against the API allocation', async () => {
    const res = await get('Lead/updated?start=2026-03-01T00%3A00%3A00Z&end=2026-03-02T00%3A00%3A00Z');
    expect(res.headers.get('sforce-limit-info')).toMatch(/^api-usage=\d+\/100000$/);
  });
});
