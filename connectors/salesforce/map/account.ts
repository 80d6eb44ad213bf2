// Salesforce Account ⇄ canonical company. Pure. mappings/fields/company.yaml names the fields; Website holds
// a URL, and the company's domain is its host (QUIRKS.md, "Accounts match on their Website's host").
import type { AccountType, CanonicalCompany } from '../../../src/core/canonical/index.ts';
import { CanonicalCompanySchema } from '../../../src/core/canonical/index.ts';
import { domainOfWebsite, websiteUrlOf } from '../../../src/connector-kit/web-domain.ts';
import type { SObjectFields } from '../collections-writer.ts';
import type { AccountWire } from '../wire/account.ts';
import { parseRecord, present } from './parse-record.ts';
import { isoFromSalesforce } from './person.ts';

// The default Account Type values; an org's own values read as no type.
const TYPE_FROM_SALESFORCE: Readonly<Record<string, AccountType>> = {
  Prospect: 'prospect', 'Customer - Direct': 'customer', 'Customer - Channel': 'customer', 'Channel Partner / Reseller': 'reseller',
  'Installation Partner': 'partner', 'Technology Partner': 'partner', Other: 'other',
};
const TYPE_TO_SALESFORCE: Readonly<Record<AccountType, string>> = {
  prospect: 'Prospect', customer: 'Customer - Direct', partner: 'Technology Partner', reseller: 'Channel Partner / Reseller', other: 'Other', vendor: 'Other', competitor: 'Other',
};

export function accountToCanonical(wire: AccountWire): CanonicalCompany {
  return parseRecord(CanonicalCompanySchema, {
    name: wire.Name,
    domain: domainOfWebsite(wire.Website),
    website: websiteUrlOf(wire.Website),
    industry: present(wire.Industry),
    employeeCount: wire.NumberOfEmployees ?? undefined,
    annualRevenue: wire.AnnualRevenue ?? undefined,
    phone: present(wire.Phone),
    city: present(wire.BillingCity),
    state: present(wire.BillingState),
    postalCode: present(wire.BillingPostalCode),
    country: present(wire.BillingCountry),
    accountType: wire.Type ? TYPE_FROM_SALESFORCE[wire.Type] : undefined,
    ownerId: present(wire.OwnerId),
    parentCompanyId: present(wire.ParentId),
    createdAt: isoFromSalesforce(wire.CreatedDate),
    updatedAt: isoFromSalesforce(wire.LastModifiedDate),
    source: { system: 'salesforce', id: wire.Id, objectType: 'Account' },
  }, 'Account', wire.Id);
}

/**
 * The Account fields to write; absent values are left out, never sent as null. Website takes the website,
 * else the domain. Owner and parent ids are written only when they are Salesforce's (an owner the sync
 * translated says so in `fieldSources.ownerId.system`).
 */
export function canonicalToAccount(company: CanonicalCompany): SObjectFields {
  const ours = company.source.system === 'salesforce';
  const fields: Record<string, string | number | undefined> = {
    Name: company.name,
    Website: company.website ?? company.domain,
    Industry: company.industry,
    NumberOfEmployees: company.employeeCount,
    AnnualRevenue: company.annualRevenue,
    Phone: company.phone,
    BillingCity: company.city,
    BillingState: company.state,
    BillingPostalCode: company.postalCode,
    BillingCountry: company.country,
    Type: company.accountType && TYPE_TO_SALESFORCE[company.accountType],
    OwnerId: ours || company.fieldSources?.ownerId?.system === 'salesforce' ? company.ownerId : undefined,
    ParentId: ours ? company.parentCompanyId : undefined,
  };
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string | number] => entry[1] !== undefined));
}
