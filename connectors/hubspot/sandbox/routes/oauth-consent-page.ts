// The sandbox's stand-in for HubSpot's install screen (app.hubspot.com/oauth/authorize), drawn by the kit.
import { consentPage as kitConsentPage, oauthErrorPage } from '../../../../src/sandbox-kit/index.ts';
import type { PageTheme } from '../../../../src/sandbox-kit/index.ts';

const THEME: PageTheme = {
  vendorLabel: 'HubSpot', simulates: 'OAuth install screen', realThing: 'HubSpot account', radius: '3px',
  colors: { text: '#33475b', code: '#f5f8fa', border: '#cbd6e2', accent: '#ff7a59', note: '#7c98b6' },
};

export interface ConsentView {
  requestId: string;
  appName: string;
  appId: number;
  portalId: number;
  hubDomain: string;
  userEmail: string;
  redirectHost: string;
  scopes: string[];
  optionalScopes: string[];
}

const items = (scopes: string[]) => scopes.map((scope) => ({ scope }));

/** The consent screen: who asks, for which account, for which scopes; Allow or Deny. */
export function consentPage(view: ConsentView): string {
  return kitConsentPage({
    theme: THEME,
    title: `Connect ${view.appName} to HubSpot`,
    heading: ['Connect ', { strong: view.appName }, ' to HubSpot'],
    intro: [
      ['Account: ', { strong: view.hubDomain }, ` (portal ${view.portalId}), signed in as ${view.userEmail}.`],
      [`App ${view.appId} will be able to:`],
    ],
    scopes: items(view.scopes),
    extra: { intro: ['It would also like these optional permissions:'], scopes: items(view.optionalScopes) },
    details: [],
    redirectHost: view.redirectHost,
    requestId: view.requestId,
    formAction: 'authorize/decision',
    buttons: { allow: 'Connect app', deny: 'Cancel' },
  });
}

/** An authorize request that cannot go back to the app (unknown client, missing or bad redirect URI). */
export function authorizeErrorPage(problem: string): string {
  return oauthErrorPage({
    theme: THEME, title: 'Authorization error', heading: 'This app could not be connected',
    lines: [[problem], ["Ask the app's developer to check the install link."]],
  });
}
