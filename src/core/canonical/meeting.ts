import { z } from 'zod';
import { EmailSchema, IsoTimestampSchema, RecordIdSchema, UrlSchema } from './field-formats.ts';
import { canonicalRecordShape, requireNotBefore } from './record.ts';

/** booked until it happens; then completed or no_show; cancelled at any time before. */
export const MEETING_STATUSES = ['booked', 'cancelled', 'no_show', 'completed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** How the invitee reached the booking page; the system it was booked in is `source.system`. */
export const BOOKING_CHANNELS = ['website_router', 'scheduling_link', 'email_signature', 'sales_outreach', 'manual'] as const;
export type BookingChannel = (typeof BOOKING_CHANNELS)[number];

const text = z.string().trim().min(1);

const meetingFields = {
  startsAt: IsoTimestampSchema,
  endsAt: IsoTimestampSchema,
  status: z.enum(MEETING_STATUSES).default('booked'),
  /** The event type's name as the scheduler shows it, e.g. "Product demo (45 min)". */
  eventType: text,
  eventTypeId: text.optional(),
  inviteeEmail: EmailSchema,
  inviteeName: text.optional(),
  hostOwnerId: RecordIdSchema.optional(),
  hostEmail: EmailSchema.optional(),
  bookingChannel: z.enum(BOOKING_CHANNELS).optional(),
  contactId: RecordIdSchema.optional(),
  companyId: RecordIdSchema.optional(),
  dealId: RecordIdSchema.optional(),
  joinUrl: UrlSchema.optional(),
  cancelledAt: IsoTimestampSchema.optional(),
  cancelReason: text.optional(),
  createdAt: IsoTimestampSchema,
  updatedAt: IsoTimestampSchema,
};

/** A scheduled meeting: a Calendly or SavvyCal booking, or a CRM meeting engagement/Event. */
export const CanonicalMeetingSchema = z
  .object(canonicalRecordShape('meeting', meetingFields))
  .superRefine((meeting, ctx) => {
    requireNotBefore(ctx, ['endsAt'], meeting.startsAt, meeting.endsAt, 'endsAt is before startsAt');
    requireNotBefore(ctx, ['updatedAt'], meeting.createdAt, meeting.updatedAt, 'updatedAt is before createdAt');
  });
export type CanonicalMeeting = z.infer<typeof CanonicalMeetingSchema>;
export type CanonicalMeetingInput = z.input<typeof CanonicalMeetingSchema>;
