// The sandbox's stand-in for Salesforce's "Allow Access?" screen of the web-server flow, drawn by the kit.
import { consentPage as kitConsentPage, oauthErrorPage } from '../../../../src/sandbox-kit/index.ts';
import type { PageTheme } from '../../../../src/sandbox-kit/index.ts';

const THEME: PageTheme = {
  vendorLabel: 'Salesforce', simulates: 'OAuth approval screen', realThing: 'Salesforce org', radius: '4px',
  colors: { text: '#181818', code: '#f3f3f3', border: '#c9c9c9', accent: '#0176d3', note: '#706e6b' },
};

/** What Salesforce's approval page says each scope allows. */
const SCOPE_TEXT: Record<string, string> = {
  api: 'Manage user data via APIs',
  refresh_token: 'Perform requests at any time',
  offline_access: 'Perform requests at any time',
  id: 'Access the identity URL service',
  openid: 'Access unique user identifiers',
  profile: 'Access your basic information',
  email: 'Access your email address',
  full: 'Full access',
  web: 'Access the Salesforce API platform through the web',
};

export interface ConsentView {
  requestId: string;
  appName: string;
  username: string;
  myDomain: string;
  redirectHost: string;
  scopes: string[];
}

/** The approval screen: which app asks, as which user, for which scopes; Allow or Deny. */
export function consentPage(view: ConsentView): string {
  return kitConsentPage({
    theme: THEME,
    title: 'Allow Access?',
    heading: ['Allow Access?'],
    intro: [[{ strong: view.appName }, ' is asking to:']],
    scopes: view.scopes.map((scope) => ({ scope, description: SCOPE_TEXT[scope] ?? scope })),
    details: [['Signed in to ', { strong: `${view.myDomain}.my.salesforce.com` }, ` as ${view.username}.`]],
    redirectHost: view.redirectHost,
    requestId: view.requestId,
    formAction: 'authorize',
    buttons: { allow: 'Allow', deny: 'Deny' },
  });
}

/** An authorize request that cannot go back to the app (unknown client, bad redirect URI): Salesforce's OAuth error page. */
export function authorizeErrorPage(error: string, description: string): string {
  return oauthErrorPage({
    theme: THEME, title: 'OAuth Error', heading: 'OAuth Error',
    lines: [["We can't authorize you because of an OAuth error. For more information, contact your Salesforce administrator."]],
    error: { code: error, description },
  });
}
