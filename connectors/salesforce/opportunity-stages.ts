// The org's opportunity stages, read through SOQL once per capability and kept:
// SELECT ApiName, MasterLabel, IsActive, IsClosed, IsWon, DefaultProbability, SortOrder FROM OpportunityStage
// A StageName they do not know (a stage added since) reads them again, once per batch, so it is picked up
// without a restart. https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_opportunitystage.htm
import type { StageTable } from '../../src/connector-kit/deal-stages.ts';
import { salesforceCaller } from './calls.ts';
import type { SalesforceCallOptions } from './calls.ts';
import type { SalesforceConnection } from './client.ts';
import { salesforceManifest } from './manifest.ts';
import { salesforceStageTable } from './map/opportunity-stages.ts';
import { selectRows } from './select-rows.ts';
import { OPPORTUNITY_STAGE_FIELDS, OpportunityStageWire } from './wire/opportunity.ts';
import { readRow } from './wire/query-page.ts';

export interface OpportunityStages {
  /** The table, read on first use, again when one of `stageNames` is unknown to it; `calls` the reads took. */
  table(stageNames?: readonly string[]): Promise<{ table: StageTable; calls: number }>;
}

export function salesforceOpportunityStages(conn: SalesforceConnection, options: SalesforceCallOptions = {}): OpportunityStages {
  const caller = salesforceCaller(conn, options);
  const apiVersion = conn.version || salesforceManifest.apiVersion;
  const soql = `SELECT ${OPPORTUNITY_STAGE_FIELDS.join(', ')} FROM OpportunityStage ORDER BY SortOrder`;
  let kept: StageTable | undefined;
  const read = async () => {
    const { rows, calls } = await selectRows(caller, apiVersion, [soql]);
    kept = salesforceStageTable(rows.map((row) => readRow(OpportunityStageWire, row, 'OpportunityStage')));
    return { table: kept, calls };
  };
  return {
    async table(stageNames = []) {
      if (!kept) return read();
      const known = kept;
      return stageNames.some((name) => known.read(name) === undefined) ? read() : { table: known, calls: 0 };
    },
  };
}
