// Opportunities' history rows, which the org writes on create and on every change of stage, amount or close
// date: SELECT Id, OpportunityId, StageName, CloseDate, CreatedDate FROM OpportunityHistory WHERE
// OpportunityId IN (…), 200 ids a query. They make the canonical stage and close-date histories.
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_opportunityhistory.htm
import type { SalesforceCaller } from './calls.ts';
import { isoFromSalesforce } from './map/person.ts';
import { MAX_ENCODED_QUERY, SALESFORCE_READ_CHUNK } from './people-reader.ts';
import { inQueries } from './read-soql.ts';
import { selectRows } from './select-rows.ts';
import { OPPORTUNITY_HISTORY_FIELDS, OpportunityHistoryWire } from './wire/opportunity.ts';
import { readRow } from './wire/query-page.ts';

/** Each opportunity's rows, oldest first (by CreatedDate, then Id: rows written in one instant keep their order). */
export async function opportunityHistories(
  caller: SalesforceCaller, apiVersion: string, ids: readonly string[],
): Promise<{ byId: Map<string, OpportunityHistoryWire[]>; calls: number }> {
  const queries = inQueries({
    sobject: 'OpportunityHistory', fields: OPPORTUNITY_HISTORY_FIELDS, column: 'OpportunityId', values: [...new Set(ids)],
    maxValues: SALESFORCE_READ_CHUNK, maxEncodedLength: MAX_ENCODED_QUERY,
  });
  const { rows, calls } = await selectRows(caller, apiVersion, queries);
  const byId = new Map<string, OpportunityHistoryWire[]>();
  for (const row of rows.map((r) => readRow(OpportunityHistoryWire, r, 'OpportunityHistory'))) {
    byId.set(row.OpportunityId, [...(byId.get(row.OpportunityId) ?? []), row]);
  }
  const at = (row: OpportunityHistoryWire) => Date.parse(isoFromSalesforce(row.CreatedDate));
  for (const history of byId.values()) history.sort((a, b) => at(a) - at(b) || (a.Id < b.Id ? -1 : a.Id > b.Id ? 1 : 0));
  return { byId, calls };
}
