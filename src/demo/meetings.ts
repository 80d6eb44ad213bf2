import type { BookingChannel, CanonicalMeeting, MeetingStatus } from '../core/canonical/index.ts';
import type { DemoContact } from './dataset.ts';
import { demoSource } from './demo-ids.ts';
import { DAY_MS, MINUTE_MS, instantBetween, isoAt } from './demo-time.ts';
import type { OwnerRoster } from './owners.ts';
import { weightedChoices, type Random } from './seeded-random.ts';
import { MEETING_TYPES } from './vocabulary/sales.ts';

const channelShare = weightedChoices<BookingChannel>([
  ['website_router', 40], ['scheduling_link', 25], ['sales_outreach', 20], ['email_signature', 10], ['manual', 5],
]);
export const pastMeetingStatus = weightedChoices<MeetingStatus>([['completed', 70], ['no_show', 12], ['cancelled', 18]]);
export const upcomingMeetingStatus = weightedChoices<MeetingStatus>([['booked', 85], ['cancelled', 15]]);
const CANCEL_REASONS = ['Conflict came up', 'No longer interested', 'Rescheduling', 'Wrong time zone'];

export interface MeetingRequest {
  id: string;
  contact: DemoContact;
  hostOwnerId: string;
  startMs: number;
  status: MeetingStatus;
  nowMs: number;
}

/** A booking of the contact with their owner, as Calendly or SavvyCal would hold it. */
export function buildMeeting({ id, contact, hostOwnerId, startMs, status, nowMs }: MeetingRequest, roster: OwnerRoster, random: Random): CanonicalMeeting {
  const type = random.pick(MEETING_TYPES);
  const contactCreatedMs = Date.parse(contact.createdAt);
  // Booked a few days ahead, but not before the person existed and never after "now".
  const bookedMs = Math.min(nowMs, Math.max(contactCreatedMs, startMs - random.int(1, 14) * DAY_MS), startMs);
  const cancelledMs = status === 'cancelled' ? instantBetween(random, bookedMs, Math.min(startMs, nowMs)) : undefined;
  const endMs = startMs + type.minutes * MINUTE_MS;
  const settledMs = cancelledMs ?? (status === 'booked' ? bookedMs : Math.min(nowMs, endMs + random.int(1, 120) * MINUTE_MS));
  return {
    startsAt: isoAt(startMs),
    endsAt: isoAt(endMs),
    status,
    eventType: type.name,
    eventTypeId: `event-type-${MEETING_TYPES.indexOf(type) + 1}`,
    inviteeEmail: (contact.email ?? '').trim(),
    inviteeName: [contact.firstName, contact.lastName].filter(Boolean).join(' ') || undefined,
    hostOwnerId,
    hostEmail: roster.byId.get(hostOwnerId)?.email,
    bookingChannel: random.weighted(channelShare),
    contactId: contact.source.id,
    companyId: contact.companyId,
    joinUrl: `https://meet.northpeak-demo.example/m/${id}`,
    cancelledAt: cancelledMs === undefined ? undefined : isoAt(cancelledMs),
    cancelReason: cancelledMs === undefined ? undefined : random.pick(CANCEL_REASONS),
    createdAt: isoAt(bookedMs),
    updatedAt: isoAt(Math.max(bookedMs, settledMs)),
    source: demoSource(id, 'meeting'),
  };
}
