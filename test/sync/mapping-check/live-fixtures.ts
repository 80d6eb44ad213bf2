import { hubspotPropertySchema } from '../../../connectors/hubspot/index.ts';
import type { HubspotPropertyFacts } from '../../../connectors/hubspot/index.ts';
import { salesforceDescribeSchema } from '../../../connectors/salesforce/index.ts';
import type { SalesforceDescribeFacts } from '../../../connectors/salesforce/index.ts';
import { parseFieldMapping } from '../../../src/config/mappings/loader.ts';
import type { LoadedMapping } from '../../../src/config/mappings/loader.ts';
import type { LiveSchema } from '../../../src/core/transforms/index.ts';
import { readFixtureJson } from '../../support/fixtures.ts';

// A new portal's and a new org's live schema, from the documented answers in fixtures/<vendor>/docs.

export const hubspotProperties = (object: 'contacts' | 'companies' | 'deals') =>
  readFixtureJson<{ results: HubspotPropertyFacts[] }>(`hubspot/docs/properties-get-all-${object}.response.json`);

export const salesforceDescribe = (object: 'Lead' | 'Contact' | 'Account' | 'Opportunity') =>
  readFixtureJson<SalesforceDescribeFacts>(`salesforce/docs/sobject-describe-${object.toLowerCase()}.response.json`);

export function defaultLiveSchema(): LiveSchema {
  return {
    hubspot: {
      contacts: hubspotPropertySchema(hubspotProperties('contacts')),
      companies: hubspotPropertySchema(hubspotProperties('companies')),
      deals: hubspotPropertySchema(hubspotProperties('deals')),
    },
    salesforce: {
      Lead: salesforceDescribeSchema(salesforceDescribe('Lead')),
      Contact: salesforceDescribeSchema(salesforceDescribe('Contact')),
      Account: salesforceDescribeSchema(salesforceDescribe('Account')),
      Opportunity: salesforceDescribeSchema(salesforceDescribe('Opportunity')),
    },
  };
}

/** A mapping file's text as the loader gives it, failing the test on any loader problem. */
export function mappingOf(object: 'contact' | 'company' | 'deal', fields: string): LoadedMapping {
  const file = `mappings/fields/${object}.yaml`;
  const { mapping, problems } = parseFieldMapping(file, `object: ${object}\nfields:\n${fields}`);
  if (!mapping) throw new Error(`the test mapping does not load: ${problems.map((p) => `${p.line}: ${p.message}`).join('; ')}`);
  return mapping;
}
