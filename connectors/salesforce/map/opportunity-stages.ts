// The org's opportunity stages (SELECT … FROM OpportunityStage) against the product's neutral stage keys
// (QUIRKS.md, "StageName is the org's picklist; OpportunityStage says what each value means"). Pure.
// IsWon and IsClosed decide closed_won and closed_lost whatever the label; an open stage is keyed by its
// label: Salesforce's default labels by the table below (the one-to-one order the sandbox's seed uses),
// any other label as itself (`Prospecting` → prospecting, `Id. Decision Makers` → id_decision_makers).
import { stageTable } from '../../../src/connector-kit/deal-stages.ts';
import type { StageTable } from '../../../src/connector-kit/deal-stages.ts';
import type { OpportunityStageWire } from '../wire/opportunity.ts';

export const SALESFORCE_STAGE_ALIASES: Readonly<Record<string, string>> = {
  needs_analysis: 'discovery',
  value_proposition: 'demo',
  proposal_price_quote: 'proposal',
  negotiation_review: 'negotiation',
};

/**
 * Deals store the stage's API name in StageName; the label is what people see (they differ once renamed).
 * Stages keep Setup's order (SortOrder), else their default probability's, so a key is written as its
 * earliest stage.
 */
export function salesforceStageTable(rows: readonly OpportunityStageWire[]): StageTable {
  return stageTable(rows.map((row, i) => ({
    id: row.ApiName, label: row.MasterLabel, order: row.SortOrder ?? row.DefaultProbability ?? i, closed: row.IsClosed, won: row.IsWon, active: row.IsActive,
  })), SALESFORCE_STAGE_ALIASES);
}
