// Accounts by Id (SOQL `WHERE Id IN (…)`, 200 a query) or by domain. Website holds a URL as people typed it
// (`https://www.acme.com/`, `acme.com`), so a domain is looked for inside it (`Website LIKE '%acme.com%'`) and
// each answer kept only when its Website's host is the domain (QUIRKS.md, "Accounts match on their Website's host").
import type { ReadResult } from '../../src/connector-kit/capabilities.ts';
import type { CompanyReader } from '../../src/connector-kit/record-side.ts';
import { domainOfWebsite } from '../../src/connector-kit/web-domain.ts';
import type { CanonicalCompany } from '../../src/core/canonical/index.ts';
import { apiVersionOf, withoutOmitted } from './record-options.ts';
import type { SalesforceRecordOptions } from './record-options.ts';
import { salesforceCaller } from './calls.ts';
import type { SalesforceConnection } from './client.ts';
import { accountToCanonical } from './map/account.ts';
import { MAX_ENCODED_QUERY, SALESFORCE_READ_CHUNK } from './people-reader.ts';
import { containsAnyQueries, inQueries } from './read-soql.ts';
import { RECORD_KEY_PREFIXES, caseSafeId } from './record-ids.ts';
import { selectRows } from './select-rows.ts';
import { ACCOUNT_FIELDS, AccountWire } from './wire/account.ts';
import { readRow } from './wire/query-page.ts';

/** LIKE terms one query takes: each is a scan of Website, so fewer than the 200 ids of an IN list. */
const DOMAINS_PER_QUERY = 50;

const distinct = (values: Iterable<string>) => [...new Set(values)];

export function salesforceAccountReader(conn: SalesforceConnection, options: SalesforceRecordOptions = {}): CompanyReader {
  const { omitFields, windowSize: _window, ...callOptions } = options;
  const caller = salesforceCaller(conn, callOptions);
  const apiVersion = apiVersionOf(conn);
  const fields = withoutOmitted(ACCOUNT_FIELDS, omitFields);

  async function accounts(queries: string[]): Promise<ReadResult<CanonicalCompany>> {
    const { rows, calls } = await selectRows(caller, apiVersion, queries);
    const byId = new Map(rows.map((row) => accountToCanonical(readRow(AccountWire, row, 'Account'))).map((a) => [a.source.id, a]));
    return { records: [...byId.values()], calls };
  }

  return {
    maxBatch: SALESFORCE_READ_CHUNK,
    readByIds(ids) {
      // A malformed id would fail its whole query, and another object's id names no Account.
      const values = distinct(ids.map(caseSafeId).filter((id): id is string => id?.startsWith(RECORD_KEY_PREFIXES.Account) ?? false));
      return accounts(inQueries({ sobject: 'Account', fields, column: 'Id', values, maxValues: SALESFORCE_READ_CHUNK, maxEncodedLength: MAX_ENCODED_QUERY }));
    },
    async readByDomains(domains) {
      const wanted = new Set(domains.map(domainOfWebsite).filter((d): d is string => d !== undefined));
      const found = await accounts(containsAnyQueries({
        sobject: 'Account', fields, column: 'Website', texts: [...wanted], maxValues: DOMAINS_PER_QUERY, maxEncodedLength: MAX_ENCODED_QUERY,
      }));
      return { ...found, records: found.records.filter((a) => a.domain !== undefined && wanted.has(a.domain)) };
    },
  };
}
