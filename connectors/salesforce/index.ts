// The Salesforce folder's only door: other folders import Salesforce knowledge from here alone.
import type { ConnectorModule } from '../../src/connector-kit/connector-module.ts';
import { salesforceManifest } from './manifest.ts';
import { salesforceSandbox } from './sandbox/app.ts';
import { SalesforceSandboxSettings } from './sandbox/settings.ts';

export { salesforceManifest } from './manifest.ts';
export { createSalesforceConnection } from './client.ts';
export type { SalesforceConnection, SalesforceConnectionTarget, SalesforceOAuthApp } from './client.ts';
export { exchangeSalesforceCode, refreshSalesforceTokens, salesforceAuthorizeUrl, salesforceTokenUrl } from './oauth.ts';
export type { SalesforceInstalledTokens, SalesforceRefreshApp, SalesforceRefreshedTokens } from './oauth.ts';
export { checkSalesforceSchema, describeProblems } from './schema-check.ts';
export type { DescribedField, DescribedObject, ObjectDescribes, SalesforceDescriber, SchemaProblem, SchemaProblemKind } from './schema-check.ts';
export {
  INTEGRATION_PERMISSION_SET, METADATA_PACKAGE_DIR, REQUIRED_OBJECTS, accessLabel, fieldTypeLabel, requiredSalesforceFields,
} from './required-fields.ts';
export type { FieldAccess, RequiredField, RequiredFieldType, RequiredObject } from './required-fields.ts';
export { classifySalesforceFailure, salesforceCodeRule, SALESFORCE_CODES } from './errors.ts';
export { salesforcePeopleFeed, DEFAULT_WINDOW } from './people-feed.ts';
export type { PersonObject, SalesforceDeletion, SalesforcePeopleFeed, SalesforcePeopleFeedOptions, SalesforcePeoplePage } from './people-feed.ts';
export { salesforcePeopleWriter } from './people-writer.ts';
export type { SalesforcePeopleWriterOptions } from './people-writer.ts';
export { salesforcePeopleReader, SALESFORCE_READ_CHUNK } from './people-reader.ts';
export type { SalesforcePeopleReaderOptions } from './people-reader.ts';
export { salesforcePeopleArchiver } from './people-archiver.ts';
export type { SalesforcePeopleArchiverOptions } from './people-archiver.ts';
export type { ApiUsage, SalesforceCallOptions } from './calls.ts';
export { feedSoql, soqlDateTime } from './feed-soql.ts';
export { leadConversion, leadToCanonical, canonicalToLead } from './map/lead.ts';
export type { LeadConversion } from './map/lead.ts';
export { contactToCanonical, canonicalToContact } from './map/contact.ts';
export { salesforceDescribeSchema } from './map/describe-schema.ts';
export type { SalesforceDescribeFacts } from './map/describe-schema.ts';
export { LeadWire, ContactWire, LEAD_FIELDS, CONTACT_FIELDS } from './wire/person.ts';
export { salesforceSandbox } from './sandbox/app.ts';
export type { SalesforceVendorSandbox, SalesforceSandboxOptions } from './sandbox/app.ts';
export type { SalesforceSandboxSettingsInput } from './sandbox/settings.ts';

/** The connected app's credentials and the org's ids in the sandbox (sandbox mode only). */
export const salesforceSandboxApp = (() => {
  const { clientId, clientSecret, orgId, adminUser } = SalesforceSandboxSettings.parse({});
  return { clientId, clientSecret, orgId, adminUserId: adminUser.id };
})();

export const salesforce = {
  manifest: salesforceManifest,
  // No time scale to apply: Salesforce meters a rolling daily allocation, not a burst window.
  sandbox: (_options: { timeScale?: number } = {}) => salesforceSandbox(),
} satisfies ConnectorModule<'salesforce'>;
export { salesforcePeopleSide } from './people-side.ts';
export type { SalesforcePeopleSideOptions } from './people-side.ts';
export { SALESFORCE_PERSON_FIELD_ACCESS, personObjectOfId } from './map/person-fields.ts';
export { salesforceOwners } from './owners.ts';
export { salesforceAccountFeed, salesforceAccountWriter, salesforceAccountArchiver } from './accounts.ts';
export { salesforceAccountReader } from './accounts-reader.ts';
export {
  salesforceOpportunityFeed, salesforceOpportunityReader, salesforceOpportunityWriter, salesforceOpportunityArchiver,
} from './opportunities.ts';
export type { SalesforceOpportunityOptions } from './opportunities.ts';
export { salesforceOpportunityStages } from './opportunity-stages.ts';
export type { OpportunityStages } from './opportunity-stages.ts';
export type { SalesforceRecordOptions, SalesforceRecordWriterOptions } from './record-options.ts';
export type { SalesforceRecordFeed } from './sobject-feed.ts';
export { salesforceAssociationReader, salesforceAssociationWriter } from './associations.ts';
export { salesforceCompanySide } from './company-side.ts';
export type { SalesforceCompanySideOptions } from './company-side.ts';
export { salesforceDealSide } from './deal-side.ts';
export type { SalesforceDealSideOptions } from './deal-side.ts';
export { accountToCanonical, canonicalToAccount } from './map/account.ts';
export { opportunityToCanonical, canonicalToOpportunity } from './map/opportunity.ts';
export { salesforceStageTable, SALESFORCE_STAGE_ALIASES } from './map/opportunity-stages.ts';
export { SALESFORCE_ACCOUNT_FIELD_ACCESS } from './map/account-fields.ts';
export { SALESFORCE_OPPORTUNITY_FIELD_ACCESS } from './map/opportunity-fields.ts';
export { AccountWire, ACCOUNT_FIELDS } from './wire/account.ts';
export { OpportunityWire, OPPORTUNITY_FIELDS } from './wire/opportunity.ts';
