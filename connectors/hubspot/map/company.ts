import type { AccountType } from '../../../src/core/canonical/company.ts';
import type { CanonicalCompany } from '../../../src/core/canonical/company.ts';
import { CanonicalCompanySchema } from '../../../src/core/canonical/company.ts';
import { domainOfWebsite, websiteUrlOf } from '../../../src/connector-kit/web-domain.ts';
import { lifecycleFromHubspot, lifecycleToHubspot } from './picklists.ts';
import { instantOf, numberOf, parseCanonical, parseWire, present, propertyWriter } from './wire-values.ts';

// HubSpot companies to and from canonical companies. Pure. mappings/fields/company.yaml names the
// properties; https://knowledge.hubspot.com/properties/hubspot-crm-default-company-properties

/** The company properties the connector reads (search and batch reads ask for exactly these). */
export const HUBSPOT_COMPANY_PROPERTIES = [
  'name', 'domain', 'website', 'industry', 'numberofemployees', 'annualrevenue', 'phone', 'city', 'state', 'zip', 'country', 'type',
  'lifecyclestage', 'hubspot_owner_id', 'createdate', 'hs_lastmodifieddate', 'hs_object_id',
] as const;

// The default Type options; HubSpot has no Customer or Competitor option (a customer is a lifecycle stage there).
const TYPE_FROM_HUBSPOT: Readonly<Record<string, AccountType>> = { PROSPECT: 'prospect', PARTNER: 'partner', RESELLER: 'reseller', VENDOR: 'vendor', OTHER: 'other' };
const TYPE_TO_HUBSPOT: Readonly<Record<AccountType, string>> = {
  prospect: 'PROSPECT', partner: 'PARTNER', reseller: 'RESELLER', vendor: 'VENDOR', other: 'OTHER', customer: 'OTHER', competitor: 'OTHER',
};

/**
 * A company as search, get or batch read answer it (wire JSON). A company without a name (HubSpot does
 * not require one) is named after its domain; one with neither does not fit the canonical model and
 * throws HubspotRecordError. The domain is read as a host (`https://www.acme.com/` → `acme.com`).
 */
export function toCanonicalCompany(wire: unknown): CanonicalCompany {
  const { id, properties: p, createdAt, updatedAt } = parseWire(wire, 'company');
  const value = (name: string) => present(p[name]);
  const domain = domainOfWebsite(value('domain'));
  const employees = numberOf(value('numberofemployees'));
  const stage = value('lifecyclestage');
  const type = value('type');
  const candidate = {
    name: value('name') ?? domain,
    domain,
    website: websiteUrlOf(value('website')),
    industry: value('industry'),
    employeeCount: employees === undefined ? undefined : Math.round(employees),
    annualRevenue: numberOf(value('annualrevenue')),
    phone: value('phone'),
    city: value('city'),
    state: value('state'),
    postalCode: value('zip'),
    country: value('country'),
    accountType: type === undefined ? undefined : TYPE_FROM_HUBSPOT[type],
    lifecycleStage: stage === undefined ? undefined : (lifecycleFromHubspot(stage) ?? stage),
    ownerId: value('hubspot_owner_id'),
    createdAt: instantOf(value('createdate')) ?? createdAt,
    updatedAt: instantOf(value('hs_lastmodifieddate')) ?? updatedAt,
    source: { system: 'hubspot', id, objectType: 'companies' },
  };
  return parseCanonical(CanonicalCompanySchema, candidate, id, 'company');
}

/**
 * A canonical company as HubSpot property values. Only fields the company has are sent; industry is
 * not (HubSpot's is an enumeration of its own values, QUIRKS.md), nor are owner ids of another
 * system (an owner the sync translated says so in `fieldSources.ownerId.system`).
 */
export function fromCanonicalCompany(company: CanonicalCompany): Record<string, string> {
  const { properties, put } = propertyWriter();
  put('name', company.name);
  put('domain', company.domain);
  put('website', company.website);
  put('numberofemployees', company.employeeCount);
  put('annualrevenue', company.annualRevenue);
  put('phone', company.phone);
  put('city', company.city);
  put('state', company.state);
  put('zip', company.postalCode);
  put('country', company.country);
  put('type', company.accountType && TYPE_TO_HUBSPOT[company.accountType]);
  put('lifecyclestage', company.lifecycleStage && lifecycleToHubspot(company.lifecycleStage));
  if (company.source.system === 'hubspot' || company.fieldSources?.ownerId?.system === 'hubspot') put('hubspot_owner_id', company.ownerId);
  return properties;
}
