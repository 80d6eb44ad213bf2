import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHubspotSdk, hubspotEmailOptOut } from '../../../connectors/hubspot/index.ts';
import { readFixtureJson } from '../../support/fixtures.ts';

// The opt-out's exchange with api.hubapi.com as documented: what it sends, and how it reads the
// envelope's own error fields, which the sandbox never fills on success.
const BASE = 'https://api.hubapi.com';
const json = { 'content-type': 'application/json' };
beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
afterEach(() => {
  expect(nock.isDone()).toBe(true);
  nock.cleanAll();
});

const optOut = () => hubspotEmailOptOut(createHubspotSdk({ baseUrl: BASE, accessToken: 'token' }), { sleep: async () => {} });
// encodeURIComponent leaves the apostrophe as it is; `+` and `@` are escaped.
const path = "/communication-preferences/v4/statuses/o'brien%2Bnews%40acme.example/unsubscribe-all";

describe('hubspotEmailOptOut exchanges', () => {
  it('POSTs the address, escaped, with channel=EMAIL and verbose=true and no body', async () => {
    nock(BASE, { reqheaders: { authorization: 'Bearer token' } })
      .post(path, (body: unknown) => body === '' || body === undefined)
      .query({ channel: 'EMAIL', verbose: 'true' })
      .reply(200, { status: 'COMPLETE', results: [], startedAt: '2026-03-02T09:00:00.000Z', completedAt: '2026-03-02T09:00:00.010Z' }, json);
    expect(await optOut().optOut(["O'Brien+news@acme.example"])).toEqual({ optedOut: ["o'brien+news@acme.example"], rejected: [], calls: 1 });
  });

  it('rejects the address when a 200 envelope reports errors (the reference example, placeholders and all)', async () => {
    nock(BASE).post(path).query(true).reply(200, readFixtureJson('hubspot/docs/communication-preferences-v4-unsubscribe-all.response.json') as object, json);
    expect(await optOut().optOut(["o'brien+news@acme.example"])).toEqual({
      optedOut: [], rejected: [{ email: "o'brien+news@acme.example", vendorMessage: '<string>: <string>' }], calls: 1,
    });
  });

  it('takes a 2xx whose body it cannot read as done', async () => {
    nock(BASE).post(path).query(true).reply(204);
    expect((await optOut().optOut(["o'brien+news@acme.example"])).optedOut).toEqual(["o'brien+news@acme.example"]);
  });
});
