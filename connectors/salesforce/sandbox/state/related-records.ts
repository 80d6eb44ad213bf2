// Which records go to the recycle bin with a deleted parent, and the OpportunityHistory rows an
// opportunity's changes write. https://help.salesforce.com/s/articleView?id=sf.home_delete.htm
import type { FieldValue } from './field-values.ts';
import type { RecordTable, SObjectRecord } from './record-table.ts';

/** Child references whose records Salesforce deletes (and undeletes) with their parent. */
const CASCADES: Record<string, Array<[child: string, field: string]>> = {
  Account: [['Contact', 'AccountId'], ['Opportunity', 'AccountId'], ['Task', 'WhatId'], ['Event', 'WhatId']],
  Contact: [['Task', 'WhoId'], ['Event', 'WhoId'], ['OpportunityContactRole', 'ContactId']],
  Lead: [['Task', 'WhoId'], ['Event', 'WhoId']],
  Opportunity: [['Task', 'WhatId'], ['Event', 'WhatId'], ['OpportunityHistory', 'OpportunityId'], ['OpportunityContactRole', 'OpportunityId']],
};

/** Whether deleting a record of `parent` deletes `child` records through `field` (describe's `cascadeDelete`). */
export function cascadesDelete(parent: string, child: string, field: string): boolean {
  return (CASCADES[parent] ?? []).some(([c, f]) => c === child && f === field);
}

/** Live records deleted along with `parent` (recursively: an account's contacts' tasks too), children first. */
export function cascadeTargets(table: RecordTable, parent: SObjectRecord): SObjectRecord[] {
  const out: SObjectRecord[] = [];
  const seen = new Set<string>([parent.Id]);
  const visit = (record: SObjectRecord): void => {
    for (const [child, field] of CASCADES[record.sobject] ?? []) {
      for (const id of table.lookup(child, field, record.Id)) {
        const found = table.get(id);
        if (!found || found.deletedDate !== undefined || seen.has(id)) continue;
        seen.add(id);
        visit(found);
        out.push(found);
      }
    }
  };
  visit(parent);
  return out;
}

const TRACKED = ['StageName', 'Amount', 'CloseDate', 'Probability', 'ForecastCategory'] as const;

/** The OpportunityHistory row an opportunity's create or tracked change writes; undefined when nothing tracked changed. */
export function historyRow(before: Readonly<Record<string, FieldValue>> | undefined, after: Readonly<Record<string, FieldValue>>): Record<string, FieldValue> | undefined {
  if (before && TRACKED.every((f) => before[f] === after[f])) return undefined;
  return {
    OpportunityId: after.Id ?? null,
    StageName: after.StageName ?? null,
    Amount: after.Amount ?? null,
    ExpectedRevenue: after.ExpectedRevenue ?? null,
    CloseDate: after.CloseDate ?? null,
    Probability: after.Probability ?? null,
    ForecastCategory: after.ForecastCategory ?? null,
    PrevAmount: before?.Amount ?? null,
    PrevCloseDate: before?.CloseDate ?? null,
  };
}
