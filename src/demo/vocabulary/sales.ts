/** What the demo company's sales team works with: pipeline stages, meeting types, task subjects. */

/**
 * The product's own sales pipeline, in neutral keys (no vendor's ids): its open stages in order; a
 * deal ends in one of the two closed stages. Each sandbox's seed maps these keys to its vendor's
 * vocabulary in one table.
 */
export const DEMO_PIPELINE = 'sales';
export const OPEN_DEAL_STAGES = ['qualification', 'discovery', 'demo', 'proposal', 'negotiation'] as const;
export const CLOSED_WON_STAGE = 'closed_won';
export const CLOSED_LOST_STAGE = 'closed_lost';
/** Every stage of the demo's pipeline, open ones first in order, then won and lost. */
export const DEMO_DEAL_STAGES = [...OPEN_DEAL_STAGES, CLOSED_WON_STAGE, CLOSED_LOST_STAGE] as const;
export type DemoDealStage = (typeof DEMO_DEAL_STAGES)[number];

export const LOST_REASONS: readonly string[] = ['No budget', 'Chose a competitor', 'No decision', 'Timing', 'Missing integration', 'Went dark'];

export const DEAL_PRODUCTS: readonly string[] = ['Platform', 'Routing add-on', 'Enterprise bundle', 'Sync Pro', 'Data hygiene pack'];

export interface MeetingType {
  readonly name: string;
  readonly minutes: number;
}

export const MEETING_TYPES: readonly MeetingType[] = [
  { name: 'Intro call (15 min)', minutes: 15 },
  { name: 'Discovery call (30 min)', minutes: 30 },
  { name: 'Product demo (45 min)', minutes: 45 },
  { name: 'Technical deep dive (60 min)', minutes: 60 },
];

export const FOLLOW_UP_SUBJECTS: readonly string[] = [
  'Follow up on demo request', 'Call new MQL', 'Send pricing', 'Check in after webinar', 'Reconnect: went dark',
  'Prepare proposal', 'Confirm decision maker', 'Renewal check-in',
];
