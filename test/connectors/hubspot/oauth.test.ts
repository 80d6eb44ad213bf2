import nock from 'nock';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { createHubspotSdk } from '../../../connectors/hubspot/client.ts';
import { exchangeHubspotCode, hubspotAuthorizeUrl, refreshHubspotTokens } from '../../../connectors/hubspot/oauth.ts';
import { readFixtureJson, readFixtureText } from '../../support/fixtures.ts';

// One documented exchange each: the token endpoint as HubSpot's OAuth docs show it.
beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
afterEach(() => {
  expect(nock.isDone()).toBe(true);
  nock.cleanAll();
});

const docRequest = new URLSearchParams(readFixtureText('hubspot/docs/oauth-token.request.txt').trim());
const now = () => Date.UTC(2026, 0, 1);

describe('HubSpot OAuth', () => {
  it('exchanges an authorization code with the form fields the docs show', async () => {
    nock('https://api.hubapi.com')
      .post('/oauth/v1/token', (body: Record<string, string>) =>
        body.grant_type === 'authorization_code' && body.code === docRequest.get('code') && body.redirect_uri === docRequest.get('redirect_uri'))
      .reply(200, readFixtureJson('hubspot/docs/oauth-token.response.json'), { 'content-type': 'application/json' });
    const tokens = await exchangeHubspotCode(createHubspotSdk({ baseUrl: 'https://api.hubapi.com' }), {
      code: docRequest.get('code')!, redirectUri: docRequest.get('redirect_uri')!, clientId: docRequest.get('client_id')!, clientSecret: docRequest.get('client_secret')!,
    }, now);
    expect(tokens).toEqual({
      accessToken: 'CN2zlYnmLBICAQIYgZXFLyCWp1Yoy_9GMhkAgddk-zDc-H_9Qc6HiP8m0Z7cQ55kPdLr',
      refreshToken: '6f18f21e-a743-4509-b7fd-1a5e632fffa1',
      expiresAt: new Date(now() + 1800 * 1000),
    });
  });

  it('keeps the refresh token it had when a refresh answers the same one', async () => {
    nock('https://api.hubapi.com')
      .post('/oauth/v1/token', (body: Record<string, string>) => body.grant_type === 'refresh_token' && body.refresh_token === 'rt-1')
      .reply(200, { token_type: 'bearer', refresh_token: 'rt-1', access_token: 'at-2', expires_in: 1800 }, { 'content-type': 'application/json' });
    const tokens = await refreshHubspotTokens(createHubspotSdk({ baseUrl: 'https://api.hubapi.com' }), { refreshToken: 'rt-1', clientId: 'c', clientSecret: 's' }, now);
    expect([tokens.accessToken, tokens.refreshToken]).toEqual(['at-2', 'rt-1']);
  });

  it('builds the install link with space-separated scopes and the state', () => {
    const link = new URL(hubspotAuthorizeUrl({
      authorizeUrl: 'https://app.hubspot.com/oauth/authorize', clientId: 'cid', redirectUri: 'https://app.example/cb',
      scopes: ['oauth', 'crm.objects.contacts.read'], state: 'st8',
    }));
    expect(Object.fromEntries(link.searchParams)).toEqual({
      client_id: 'cid', redirect_uri: 'https://app.example/cb', scope: 'oauth crm.objects.contacts.read', state: 'st8',
    });
  });
});
