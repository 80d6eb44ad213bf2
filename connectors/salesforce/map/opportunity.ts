// Salesforce Opportunity ⇄ canonical deal. Pure: the stage table (map/opportunity-stages.ts) and the
// opportunity's history rows are passed in. mappings/fields/deal.yaml names the fields.
import type { CanonicalDeal, DealOutcome, DealType } from '../../../src/core/canonical/index.ts';
import { CanonicalDealSchema } from '../../../src/core/canonical/index.ts';
import { closeDateHistoryOf, closedAtOf, stageHistoryOf } from '../../../src/connector-kit/deal-history.ts';
import { keyOfLabel } from '../../../src/connector-kit/deal-stages.ts';
import type { StageTable } from '../../../src/connector-kit/deal-stages.ts';
import type { SObjectFields } from '../collections-writer.ts';
import type { OpportunityHistoryWire, OpportunityWire } from '../wire/opportunity.ts';
import { parseRecord, present } from './parse-record.ts';
import { isoFromSalesforce } from './person.ts';
import { leadSourceFromSalesforce, leadSourceToSalesforce } from './picklists.ts';

/** Salesforce keeps one StageName list per org (record types are not read): every opportunity is in the `sales` pipeline. */
export const SALESFORCE_PIPELINE_KEY = 'sales';

const TYPE_FROM_SALESFORCE: Readonly<Record<string, DealType>> = {
  'New Customer': 'new_business', 'Existing Customer - Upgrade': 'expansion', 'Existing Customer - Replacement': 'renewal',
};
const TYPE_TO_SALESFORCE: Readonly<Record<DealType, string>> = {
  new_business: 'New Customer', expansion: 'Existing Customer - Upgrade', renewal: 'Existing Customer - Replacement',
};

/** A StageName's key: the table's, or (a value the table does not know) its own label as a key. */
const keyOf = (stages: StageTable, stageName: string) => stages.read(stageName)?.key ?? keyOfLabel(stageName);

/**
 * An opportunity as a canonical deal. The outcome is the row's own IsWon/IsClosed (the stage table's when
 * the row lacks them); `history` is its OpportunityHistory rows, or undefined when they were not read.
 */
export function opportunityToCanonical(wire: OpportunityWire, stages: StageTable, history?: readonly OpportunityHistoryWire[]): CanonicalDeal {
  const stage = keyOf(stages, wire.StageName);
  const flagged: DealOutcome | undefined = wire.IsClosed === undefined ? undefined : wire.IsWon ? 'won' : wire.IsClosed ? 'lost' : 'open';
  const outcome = flagged ?? stages.read(wire.StageName)?.outcome ?? 'open';
  const rows = history ?? [];
  const stageHistory = stageHistoryOf(rows.map((r) => ({ at: isoFromSalesforce(r.CreatedDate), value: keyOf(stages, r.StageName) })), stage);
  return parseRecord(CanonicalDealSchema, {
    name: wire.Name,
    pipeline: SALESFORCE_PIPELINE_KEY,
    stage,
    outcome,
    dealType: wire.Type ? TYPE_FROM_SALESFORCE[wire.Type] : undefined,
    amount: wire.Amount ?? undefined,
    closeDate: wire.CloseDate ?? undefined,
    closeDateHistory: closeDateHistoryOf(rows.map((r) => ({ at: isoFromSalesforce(r.CreatedDate), value: r.CloseDate ?? undefined }))),
    stageHistory,
    closedAt: closedAtOf(stageHistory, outcome),
    companyId: present(wire.AccountId),
    ownerId: present(wire.OwnerId),
    leadSource: leadSourceFromSalesforce(wire.LeadSource).leadSource,
    createdAt: isoFromSalesforce(wire.CreatedDate),
    updatedAt: isoFromSalesforce(wire.LastModifiedDate),
    source: { system: 'salesforce', id: wire.Id, objectType: 'Opportunity' },
  }, 'Opportunity', wire.Id);
}

/**
 * The Opportunity fields to write, the stage key as the first active StageName that reads as it; or why
 * the deal cannot be written. The pipeline is not written (one list per org); AccountId and OwnerId only
 * when they are Salesforce's ids.
 */
export function canonicalToOpportunity(deal: CanonicalDeal, stages: StageTable): { body: SObjectFields } | { refusal: string } {
  const stageName = stages.write(deal.stage);
  if (stageName === undefined) return { refusal: `no active Opportunity stage is the "${deal.stage}" stage` };
  const ours = deal.source.system === 'salesforce';
  const fields: Record<string, string | number | undefined> = {
    Name: deal.name,
    StageName: stageName,
    Amount: deal.amount,
    CloseDate: deal.closeDate,
    Type: deal.dealType && TYPE_TO_SALESFORCE[deal.dealType],
    LeadSource: leadSourceToSalesforce(deal.leadSource, undefined),
    AccountId: ours ? deal.companyId : undefined,
    OwnerId: ours || deal.fieldSources?.ownerId?.system === 'salesforce' ? deal.ownerId : undefined,
  };
  return { body: Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string | number] => entry[1] !== undefined)) };
}
