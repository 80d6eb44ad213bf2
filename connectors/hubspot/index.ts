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
  // timeScale (benchmarks): the rate windows run that many times faster.
  sandbox: (options: { timeScale?: number } = {}) => hubspotSandbox(options.timeScale ? { timeScale: options.timeScale } : {}),
} satisfies ConnectorModule<'hubspot'>;
export { hubspotPeopleSide } from './people-side.ts';
export type { HubspotPeopleSideOptions } from './people-side.ts';
export { HUBSPOT_CONTACT_FIELD_ACCESS } from './map/contact-fields.ts';
export { hubspotOwners } from './owners.ts';
export type { HubspotOwnersOptions } from './owners.ts';
export { hubspotEmailOptOut } from './email-opt-out.ts';
export type { HubspotEmailOptOut, HubspotEmailOptOutOptions, HubspotEmailOptOutResult } from './email-opt-out.ts';
export { hubspotCompanyFeed, hubspotCompanyWriter, hubspotCompanyArchiver } from './companies.ts';
export { hubspotCompanyReader } from './companies-reader.ts';
export type { HubspotCompanyReaderOptions } from './companies-reader.ts';
export { hubspotDealFeed, hubspotDealReader, hubspotDealWriter, hubspotDealArchiver } from './deals.ts';
export type { HubspotDealFeedOptions, HubspotDealOptions } from './deals.ts';
export { dealPipelines } from './pipelines.ts';
export type { DealPipelines } from './pipelines.ts';
export type { HubspotCapabilityOptions, HubspotFeedOptions } from './crm-objects.ts';
export { hubspotAssociationReader, hubspotAssociationWriter } from './associations.ts';
export { hubspotCompanySide } from './company-side.ts';
export type { HubspotCompanySideOptions } from './company-side.ts';
export { hubspotDealSide } from './deal-side.ts';
export type { HubspotDealSideOptions } from './deal-side.ts';
export { toCanonicalCompany, fromCanonicalCompany, HUBSPOT_COMPANY_PROPERTIES } from './map/company.ts';
export { toCanonicalDeal, fromCanonicalDeal, HUBSPOT_DEAL_PROPERTIES } from './map/deal.ts';
export { hubspotPipelineTables, HUBSPOT_STAGE_ALIASES } from './map/deal-stages.ts';
export type { HubspotPipelineTables } from './map/deal-stages.ts';
export { HUBSPOT_COMPANY_FIELD_ACCESS } from './map/company-fields.ts';
export { HUBSPOT_DEAL_FIELD_ACCESS } from './map/deal-fields.ts';
