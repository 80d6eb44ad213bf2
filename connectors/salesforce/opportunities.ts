// Opportunities through the shared Salesforce machinery (sobject-feed.ts, collections-writer.ts,
// collections-archiver.ts), StageName read through the org's OpportunityStage rows (opportunity-stages.ts)
// and stage and close-date histories from OpportunityHistory (opportunity-history.ts).
import type { BatchWriter, ReadResult, RecordArchiver } from '../../src/connector-kit/capabilities.ts';
import type { StageTable } from '../../src/connector-kit/deal-stages.ts';
import type { IdReader } from '../../src/connector-kit/record-side.ts';
import type { CanonicalDeal } from '../../src/core/canonical/index.ts';
import { salesforceCaller } from './calls.ts';
import type { SalesforceCallOptions, SalesforceCaller } from './calls.ts';
import type { SalesforceConnection } from './client.ts';
import { salesforceCollectionsArchiver } from './collections-archiver.ts';
import { salesforceCollectionsWriter } from './collections-writer.ts';
import { canonicalToOpportunity, opportunityToCanonical } from './map/opportunity.ts';
import { opportunityHistories } from './opportunity-history.ts';
import { salesforceOpportunityStages } from './opportunity-stages.ts';
import type { OpportunityStages } from './opportunity-stages.ts';
import { DEFAULT_WINDOW } from './people-feed.ts';
import { MAX_ENCODED_QUERY, SALESFORCE_READ_CHUNK } from './people-reader.ts';
import { inQueries } from './read-soql.ts';
import { RECORD_KEY_PREFIXES, caseSafeId } from './record-ids.ts';
import { apiVersionOf, isOurs, otherSystemId, withoutOmitted } from './record-options.ts';
import type { SalesforceRecordOptions, SalesforceRecordWriterOptions } from './record-options.ts';
import { selectRows } from './select-rows.ts';
import { sobjectFeed } from './sobject-feed.ts';
import type { SalesforceRecordFeed } from './sobject-feed.ts';
import { OPPORTUNITY_FIELDS, OpportunityWire } from './wire/opportunity.ts';
import { readRow } from './wire/query-page.ts';

export interface SalesforceOpportunityOptions extends SalesforceRecordOptions {
  /** Stages shared between capabilities (one read for all); by default each capability reads its own. */
  stages?: OpportunityStages;
  /** Read OpportunityHistory for stage and close-date histories (default true; off, a page costs its query alone). */
  withHistory?: boolean;
}

/** Rows as deals: the stage table (read again for a StageName it lacks) and, unless turned off, their histories. */
function dealsOf(caller: SalesforceCaller, apiVersion: string, stages: OpportunityStages, withHistory: boolean) {
  return async (rows: OpportunityWire[]): Promise<{ records: CanonicalDeal[]; calls: number }> => {
    const history = withHistory ? await opportunityHistories(caller, apiVersion, rows.map((r) => r.Id)) : undefined;
    const named = [...rows.map((r) => r.StageName), ...[...(history?.byId.values() ?? [])].flat().map((h) => h.StageName)];
    const { table, calls } = await stages.table(named);
    const records = rows.map((row) => opportunityToCanonical(row, table, history?.byId.get(row.Id)));
    return { records, calls: calls + (history?.calls ?? 0) };
  };
}

export function salesforceOpportunityFeed(conn: SalesforceConnection, options: SalesforceOpportunityOptions = {}): SalesforceRecordFeed<CanonicalDeal> {
  const { omitFields, windowSize = DEFAULT_WINDOW, stages, withHistory = true, ...callOptions } = options;
  const caller = salesforceCaller(conn, callOptions);
  const apiVersion = apiVersionOf(conn);
  return sobjectFeed(caller, apiVersion, {
    sobject: 'Opportunity', fields: withoutOmitted(OPPORTUNITY_FIELDS, omitFields), schema: OpportunityWire, mergeable: false,
    toRecords: dealsOf(caller, apiVersion, stages ?? salesforceOpportunityStages(conn, callOptions), withHistory),
  }, windowSize);
}

/** Opportunities by Id, 200 a query, with their histories unless `withHistory: false`. */
export function salesforceOpportunityReader(conn: SalesforceConnection, options: SalesforceOpportunityOptions = {}): IdReader<CanonicalDeal> {
  const { omitFields, windowSize: _window, stages, withHistory = true, ...callOptions } = options;
  const caller = salesforceCaller(conn, callOptions);
  const apiVersion = apiVersionOf(conn);
  const toDeals = dealsOf(caller, apiVersion, stages ?? salesforceOpportunityStages(conn, callOptions), withHistory);
  const fields = withoutOmitted(OPPORTUNITY_FIELDS, omitFields);
  return {
    maxBatch: SALESFORCE_READ_CHUNK,
    async readByIds(ids): Promise<ReadResult<CanonicalDeal>> {
      const values = [...new Set(ids.map(caseSafeId).filter((id): id is string => id?.startsWith(RECORD_KEY_PREFIXES.Opportunity) ?? false))];
      const queries = inQueries({ sobject: 'Opportunity', fields, column: 'Id', values, maxValues: SALESFORCE_READ_CHUNK, maxEncodedLength: MAX_ENCODED_QUERY });
      const { rows, calls } = await selectRows(caller, apiVersion, queries);
      if (rows.length === 0) return { records: [], calls };
      const deals = await toDeals(rows.map((row) => readRow(OpportunityWire, row, 'Opportunity')));
      return { records: deals.records, calls: calls + deals.calls };
    },
  };
}

/** Ours are updated by Id, the others created; a stage key no active stage has is rejected without a call. */
export function salesforceOpportunityWriter(
  conn: SalesforceConnection, options: SalesforceRecordWriterOptions<CanonicalDeal> & { stages?: OpportunityStages } = {},
): BatchWriter<CanonicalDeal> {
  const { omitFields = [], windowSize: _window, externalIdField, externalIdOf = otherSystemId, stages: shared, ...callOptions } = options;
  const stages = shared ?? salesforceOpportunityStages(conn, callOptions);
  let table: StageTable | undefined;
  return salesforceCollectionsWriter(salesforceCaller(conn, callOptions), {
    sobject: 'Opportunity',
    async prepare() {
      const read = await stages.table();
      table = read.table;
      return read.calls;
    },
    bodyOf(record) {
      const made = canonicalToOpportunity(record, table!);
      if ('body' in made) for (const name of omitFields) delete made.body[name];
      return made;
    },
    ours: isOurs('Opportunity'),
    idOf: (r) => r.source.id,
    ...(externalIdField ? { externalIdField, externalIdOf } : {}),
  });
}

export function salesforceOpportunityArchiver(conn: SalesforceConnection, options: SalesforceCallOptions = {}): RecordArchiver {
  return salesforceCollectionsArchiver(salesforceCaller(conn, options), { sobject: 'Opportunity', prefix: RECORD_KEY_PREFIXES.Opportunity, apiVersion: apiVersionOf(conn) });
}
