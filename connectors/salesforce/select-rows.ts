// Rows of SOQL queries, every page of each followed through nextRecordsUrl and every call counted: what the
// readers (people, accounts, opportunities, histories, associations) share.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm
import type { SalesforceCaller } from './calls.ts';
import { readQueryPage } from './wire/query-page.ts';

export async function selectRows(caller: SalesforceCaller, apiVersion: string, soqls: readonly string[]): Promise<{ rows: unknown[]; calls: number }> {
  const rows: unknown[] = [];
  let calls = 0;
  for (const soql of soqls) {
    // An answer can run past one page (many people share an email): follow nextRecordsUrl.
    let next: string | undefined = `/services/data/v${apiVersion}/query?q=${encodeURIComponent(soql)}`;
    while (next) {
      const answer = await caller.get(next);
      calls += answer.calls;
      const page = readQueryPage(answer.value, 'query');
      rows.push(...page.records);
      next = page.done ? undefined : page.nextRecordsUrl;
    }
  }
  return { rows, calls };
}
