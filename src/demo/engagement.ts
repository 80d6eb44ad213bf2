import type { CanonicalActivity, CanonicalMeeting, LifecycleStage } from '../core/canonical/index.ts';
import { activityTypeFor, buildActivity } from './activities.ts';
import type { DemoContact, DemoSpec } from './dataset.ts';
import { DAY_MS, HOUR_MS, instantBetween } from './demo-time.ts';
import { buildMeeting, pastMeetingStatus, upcomingMeetingStatus } from './meetings.ts';
import type { OwnerRoster } from './owners.ts';
import { createRandom, type Random } from './seeded-random.ts';

/** How busy people are, by stage: the further along, the more they do. */
const ACTIVITY_COUNT: Partial<Record<LifecycleStage, readonly [number, number]>> = {
  subscriber: [0, 3], lead: [1, 4], mql: [2, 8], sql: [3, 8], opportunity: [3, 10], customer: [2, 6], evangelist: [2, 6],
};
const MEETING_CHANCE: Partial<Record<LifecycleStage, number>> = { mql: 0.15, sql: 0.6, opportunity: 0.6, customer: 0.2 };

export interface Engagement {
  activities: CanonicalActivity[];
  meetings: CanonicalMeeting[];
}

export interface EngagementIds {
  activity(): string;
  meeting(): string;
}

/** Instants between creation and the last activity, oldest first, the last one exactly `lastActivityAt`. */
function timeline(contact: DemoContact, random: Random): number[] {
  if (!contact.lastActivityAt) return [];
  const [low, high] = ACTIVITY_COUNT[contact.lifecycleStage ?? 'other'] ?? [0, 1];
  const lastMs = Date.parse(contact.lastActivityAt);
  const earlier = Array.from({ length: Math.max(0, random.int(low, high) - 1) }, () => instantBetween(random, Date.parse(contact.createdAt), lastMs));
  return [...earlier.sort((a, b) => a - b), lastMs];
}

/**
 * A person's activities and meetings, consistent with their `lastActivityAt`: completed meetings
 * are activities too; no-shows and cancellations are not, and upcoming bookings lie after "now".
 */
export function engagementOf(spec: DemoSpec, contact: DemoContact, roster: OwnerRoster, ids: EngagementIds): Engagement {
  const random = createRandom(spec.seed, 'engagement', contact.source.id);
  const nowMs = Date.parse(spec.now);
  const host = contact.presentIn.includes('crm') && contact.email ? contact.ownerId : undefined;
  const meets = host !== undefined && random.chance(MEETING_CHANCE[contact.lifecycleStage ?? 'other'] ?? 0);
  const activities: CanonicalActivity[] = [];
  const meetings: CanonicalMeeting[] = [];
  for (const atMs of timeline(contact, random)) {
    if (meets && host && meetings.length < 2 && atMs < nowMs - 2 * HOUR_MS && random.chance(0.3)) {
      const meeting = buildMeeting({ id: ids.meeting(), contact, hostOwnerId: host, startMs: atMs, status: 'completed', nowMs }, roster, random);
      meetings.push(meeting);
      activities.push({ ...buildActivity('meeting', atMs, contact, ids.activity(), random), type: 'meeting', meetingId: meeting.source.id, title: meeting.eventType });
      continue;
    }
    activities.push(buildActivity(activityTypeFor(contact, random), atMs, contact, ids.activity(), random));
  }
  if (meets && host) {
    const upcoming = random.chance(0.4);
    const status = random.weighted(upcoming ? upcomingMeetingStatus : pastMeetingStatus);
    // A past no-show or cancellation leaves no activity; a completed one would have been on the timeline.
    if (upcoming || status !== 'completed') {
      const startMs = upcoming ? nowMs + random.int(1, 21) * DAY_MS + random.int(8, 17) * HOUR_MS : instantBetween(random, Date.parse(contact.createdAt), nowMs - DAY_MS);
      meetings.push(buildMeeting({ id: ids.meeting(), contact, hostOwnerId: host, startMs, status, nowMs }, roster, random));
    }
  }
  return { activities, meetings };
}
