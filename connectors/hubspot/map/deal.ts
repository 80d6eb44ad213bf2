import type { CanonicalDeal, DealOutcome, DealType } from '../../../src/core/canonical/deal.ts';
import { CanonicalDealSchema } from '../../../src/core/canonical/deal.ts';
import { closeDateHistoryOf, closedAtOf, stageHistoryOf } from '../../../src/connector-kit/deal-history.ts';
import type { HubspotObjectWire } from '../wire/object-record.ts';
import type { HubspotPipelineTables } from './deal-stages.ts';
import { DEFAULT_PIPELINE_ID } from './deal-stages.ts';
import { dayOf, instantOf, numberOf, parseCanonical, parseWire, present, propertyWriter } from './wire-values.ts';

// HubSpot deals to and from canonical deals. Pure: the pipelines are passed in (map/deal-stages.ts).
// mappings/fields/deal.yaml names the properties; https://knowledge.hubspot.com/properties/hubspots-default-deal-properties

/** The deal properties the connector reads. */
export const HUBSPOT_DEAL_PROPERTIES = [
  'dealname', 'amount', 'pipeline', 'dealstage', 'closedate', 'dealtype', 'closed_lost_reason', 'hubspot_owner_id', 'deal_currency_code',
  'hs_is_closed', 'hs_is_closed_won', 'createdate', 'hs_lastmodifieddate', 'hs_object_id',
] as const;

/** Read with histories (batch reads then take 50): the stage and close-date history of the canonical deal. */
export const HUBSPOT_DEAL_HISTORY_PROPERTIES = ['dealstage', 'closedate'] as const;

const TYPE_FROM_HUBSPOT: Readonly<Record<string, DealType>> = { newbusiness: 'new_business', existingbusiness: 'expansion' };
const TYPE_TO_HUBSPOT: Readonly<Record<DealType, string>> = { new_business: 'newbusiness', expansion: 'existingbusiness', renewal: 'existingbusiness' };

/** A stage id no pipeline defines any more (an archived stage): its own id as the key, the outcome from HubSpot's flags. */
function unknownStage(stageId: string, value: (name: string) => string | undefined): { key: string; outcome: DealOutcome } {
  const outcome: DealOutcome = value('hs_is_closed_won') === 'true' ? 'won' : value('hs_is_closed') === 'true' ? 'lost' : 'open';
  return { key: stageId, outcome };
}

type History = NonNullable<HubspotObjectWire['propertiesWithHistory']>[string];
// Histories come newest first; reversed so values written in one millisecond keep their order.
const points = <V>(history: History | undefined, read: (value: string) => V | undefined) =>
  [...(history ?? [])].reverse().map((entry) => ({ at: instantOf(entry.timestamp) ?? entry.timestamp, value: read(entry.value) }));

/**
 * A deal as search, get or batch read answer it (wire JSON). Stage and close-date histories come from
 * `propertiesWithHistory` when the read asked for them, and are empty otherwise.
 */
export function toCanonicalDeal(wire: unknown, pipelines: HubspotPipelineTables): CanonicalDeal {
  const { id, properties: p, propertiesWithHistory, createdAt, updatedAt } = parseWire(wire, 'deal');
  const value = (name: string) => present(p[name]);
  const stageId = value('dealstage') ?? '';
  const { key: stage, outcome } = pipelines.readStage(stageId) ?? unknownStage(stageId, value);
  const stageHistory = stageHistoryOf(points(propertiesWithHistory?.dealstage, (v) => pipelines.readStage(v)?.key ?? v), stage);
  const type = value('dealtype');
  const currency = value('deal_currency_code');
  const candidate = {
    name: value('dealname'),
    pipeline: pipelines.pipelineKeyOf(value('pipeline') ?? DEFAULT_PIPELINE_ID),
    stage,
    outcome,
    dealType: type === undefined ? undefined : TYPE_FROM_HUBSPOT[type],
    amount: numberOf(value('amount')),
    ...(currency ? { currency: currency.toUpperCase() } : {}),
    closeDate: dayOf(value('closedate')),
    closeDateHistory: closeDateHistoryOf(points(propertiesWithHistory?.closedate, (v) => dayOf(present(v)))),
    stageHistory,
    closedAt: closedAtOf(stageHistory, outcome),
    ownerId: value('hubspot_owner_id'),
    lostReason: value('closed_lost_reason'),
    createdAt: instantOf(value('createdate')) ?? createdAt,
    updatedAt: instantOf(value('hs_lastmodifieddate')) ?? updatedAt,
    source: { system: 'hubspot', id, objectType: 'deals' },
  };
  return parseCanonical(CanonicalDealSchema, candidate, id, 'deal');
}

/**
 * A canonical deal as HubSpot property values, its pipeline and stage keys turned into ids; or why it
 * cannot be written (a key no pipeline or stage reads as). Close dates go as midnight UTC in epoch
 * milliseconds (deal.yaml); currency is not written (deal_currency_code exists only in multi-currency
 * portals), nor are owner ids of another system (an owner the sync translated says so in
 * `fieldSources.ownerId.system`).
 */
export function fromCanonicalDeal(deal: CanonicalDeal, pipelines: HubspotPipelineTables): { properties: Record<string, string> } | { refusal: string } {
  const pipelineId = pipelines.pipelineIdOf(deal.pipeline);
  if (pipelineId === undefined) return { refusal: `no HubSpot deal pipeline is the "${deal.pipeline}" pipeline` };
  const stageId = pipelines.stagesOf(pipelineId)?.write(deal.stage);
  if (stageId === undefined) return { refusal: `no stage of HubSpot pipeline ${pipelineId} is the "${deal.stage}" stage` };
  const { properties, put } = propertyWriter();
  put('dealname', deal.name);
  put('pipeline', pipelineId);
  put('dealstage', stageId);
  put('amount', deal.amount);
  put('closedate', deal.closeDate && Date.parse(`${deal.closeDate}T00:00:00.000Z`));
  put('dealtype', deal.dealType && TYPE_TO_HUBSPOT[deal.dealType]);
  put('closed_lost_reason', deal.lostReason);
  if (deal.source.system === 'hubspot' || deal.fieldSources?.ownerId?.system === 'hubspot') put('hubspot_owner_id', deal.ownerId);
  return { properties };
}
