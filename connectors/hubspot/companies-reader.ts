import type { ReadResult } from '../../src/connector-kit/capabilities.ts';
import type { CompanyReader } from '../../src/connector-kit/record-side.ts';
import { domainOfWebsite } from '../../src/connector-kit/web-domain.ts';
import type { CanonicalCompany } from '../../src/core/canonical/company.ts';
import type { HubspotSdk } from './client.ts';
import { HUBSPOT_COMPANY_SPEC } from './companies.ts';
import type { HubspotFeedOptions } from './crm-objects.ts';
import { hubspotObjectReader } from './object-reader.ts';
import { CountedCalls, sdkRecordToWire } from './sdk-records.ts';
import { HubspotSearchResponseWire } from './wire/object-search.ts';

// Companies by id (the shared batch read, 100 a call) or by domain. `domain` is not a unique property,
// so batch read refuses it as idProperty: domains go through search, `domain IN (…)`, as many values as
// keep the body under search's 3,000 characters (QUIRKS.md, "Company domains are matched through search").

type SearchRequest = Parameters<HubspotSdk['crm']['objects']['searchApi']['doSearch']>[1];

/** Values one IN filter takes [unconfirmed: HubSpot documents no figure; 100 as for batch inputs]. */
const MAX_IN_VALUES = 100;
const MAX_BODY = 3000;
const PAGE = 200;

export type HubspotCompanyReaderOptions = HubspotFeedOptions;

function requestOf(values: readonly string[], after: number): SearchRequest {
  return {
    filterGroups: [{ filters: [{ propertyName: 'domain', operator: 'IN', values: [...values] }] }],
    sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }],
    properties: [...HUBSPOT_COMPANY_SPEC.properties],
    limit: PAGE,
    ...(after > 0 ? { after: String(after) } : {}),
  } as unknown as SearchRequest;
}

/** The values in IN lists that keep each search body (with a paging offset) under the limit. */
function valueChunks(values: readonly string[]): string[][] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  for (const value of values) {
    const grown = [...chunk, value];
    if (chunk.length > 0 && (grown.length > MAX_IN_VALUES || JSON.stringify(requestOf(grown, 9_999)).length > MAX_BODY)) {
      chunks.push(chunk);
      chunk = [value];
    } else chunk = grown;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

export function hubspotCompanyReader(sdk: HubspotSdk, options: HubspotCompanyReaderOptions = {}): CompanyReader {
  const { searchLimiter, ...shared } = options;
  const { limiter, ...retry } = shared;
  const byIds = hubspotObjectReader(sdk, HUBSPOT_COMPANY_SPEC, shared);

  async function readByDomains(domains: readonly string[]): Promise<ReadResult<CanonicalCompany>> {
    const wanted = new Set(domains.map(domainOfWebsite).filter((d): d is string => d !== undefined));
    // HubSpot keeps `domain` as typed: the `www.` form is asked too (string IN values go lower-cased).
    const values = [...wanted].flatMap((d) => [d, `www.${d}`]);
    const calls = new CountedCalls(searchLimiter ?? limiter, retry);
    const found = new Map<string, CanonicalCompany>();
    for (const chunk of valueChunks(values)) {
      for (let after = 0; ;) {
        const answer = await calls.run(() => sdk.crm.objects.searchApi.doSearch('companies', requestOf(chunk, after)));
        const page = HubspotSearchResponseWire.parse({ ...answer, results: answer.results.map(sdkRecordToWire) });
        for (const company of await HUBSPOT_COMPANY_SPEC.toRecords(page.results, calls)) found.set(company.source.id, company);
        after += page.results.length;
        if (page.paging?.next === undefined || page.results.length === 0) break;
      }
    }
    const records = [...found.values()].filter((c) => c.domain !== undefined && wanted.has(c.domain));
    return { records, calls: calls.take() };
  }

  return { maxBatch: byIds.maxBatch, readByIds: (ids) => byIds.readByIds(ids), readByDomains };
}
