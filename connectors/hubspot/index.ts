// The HubSpot folder's only door: other folders import HubSpot knowledge from here alone.
import type { ConnectorModule } from '../../src/connector-kit/connector-module.ts';
import { hubspotManifest } from './manifest.ts';
import { hubspotSandbox } from './sandbox/app.ts';
import { HubspotSandboxSettings } from './sandbox/settings.ts';

export { hubspotManifest } from './manifest.ts';
export { hubspotSandbox } from './sandbox/app.ts';
export type { HubspotSandboxSettingsInput } from './sandbox/settings.ts';
export { verifyHubspotSignatureV3, hubspotSignedUri } from './webhook.ts';
export { createHubspotSdk } from './client.ts';
export type { HubspotSdk } from './client.ts';
export { exchangeHubspotCode, hubspotAuthorizeUrl, hubspotTokenInfo, refreshHubspotTokens } from './oauth.ts';
export type { HubspotTokenInfo, HubspotTokens } from './oauth.ts';
export type { HubspotRefreshedTokens } from './oauth.ts';
export { classifyHubspotFailure } from './errors.ts';
export { toCanonicalContact, fromCanonicalContact, HubspotRecordError, HUBSPOT_CONTACT_PROPERTIES } from './map/contact.ts';
export { hubspotPropertySchema } from './map/property-schema.ts';
export type { HubspotPropertyFacts } from './map/property-schema.ts';
export { hubspotContactFeed } from './contacts-feed.ts';
export type { HubspotContactFeedOptions } from './contacts-feed.ts';
export { hubspotContactWriter } from './contacts-writer.ts';
export type { HubspotContactWriterOptions } from './contacts-writer.ts';
export { hubspotContactReader, HUBSPOT_BATCH_READ_LIMIT } from './contacts-reader.ts';
export type { HubspotContactReaderOptions } from './contacts-reader.ts';
export { hubspotContactArchiver } from './contacts-archiver.ts';
export type { HubspotContactArchiverOptions } from './contacts-archiver.ts';

/** The app credentials the sandbox portal's installed app has (sandbox mode only). */
export const hubspotSandboxApp = (() => {
  const { clientId, clientSecret } = HubspotSandboxSettings.parse({});
  return { clientId, clientSecret };
})();

export const hubspot = {
  manifest: hubspotManifest,
  sandbox: () => hubspotSandbox(),
} satisfies ConnectorModule<'hubspot'>;
export { hubspotPeopleSide } from './people-side.ts';
export type { HubspotPeopleSideOptions } from './people-side.ts';
export { HUBSPOT_CONTACT_FIELD_ACCESS } from './map/contact-fields.ts';
