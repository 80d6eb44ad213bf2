/** What the demo company's sales team works with: pipeline stages, meeting types, task subjects. */

/** HubSpot's default sales pipeline, in order; a deal ends in one of the two closed stages. */
export const OPEN_DEAL_STAGES = [
  'appointmentscheduled', 'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent',
] as const;
export const CLOSED_WON_STAGE = 'closedwon';
export const CLOSED_LOST_STAGE = 'closedlost';

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
