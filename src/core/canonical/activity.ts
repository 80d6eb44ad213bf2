import { z } from 'zod';
import { EmailSchema, IsoTimestampSchema, RecordIdSchema, UrlSchema } from './field-formats.ts';
import { canonicalRecordShape } from './record.ts';

const text = z.string().trim().min(1);

/** What every activity carries: when it happened and whom it concerns. Activities are events: never updated. */
const activityBase = {
  occurredAt: IsoTimestampSchema,
  contactId: RecordIdSchema.optional(),
  companyId: RecordIdSchema.optional(),
  dealId: RecordIdSchema.optional(),
  /** The person's address as the source saw it: marketing tools key activity by email, not by CRM id. */
  email: EmailSchema.optional(),
  campaign: text.optional(),
};

function activityOf<Type extends string, Extra extends z.ZodRawShape>(type: Type, extra: Extra) {
  return z.object(canonicalRecordShape(`${type} activity`, { ...activityBase, type: z.literal(type), ...extra }));
}

export const CALL_OUTCOMES = ['connected', 'left_voicemail', 'no_answer', 'busy', 'wrong_number'] as const;

const activityVariants = [
  activityOf('email_open', { emailSubject: text.optional() }),
  activityOf('email_click', { emailSubject: text.optional(), url: UrlSchema }),
  activityOf('email_reply', { emailSubject: text.optional() }),
  activityOf('page_view', { url: UrlSchema, pageTitle: text.optional(), durationSeconds: z.number().nonnegative().optional() }),
  activityOf('form_submission', { formName: text, pageUrl: UrlSchema.optional() }),
  activityOf('content_download', { assetName: text, pageUrl: UrlSchema.optional() }),
  activityOf('demo_request', { formName: text.optional(), pageUrl: UrlSchema.optional() }),
  activityOf('webinar_registered', { webinarName: text }),
  activityOf('webinar_attended', { webinarName: text, minutesAttended: z.number().int().nonnegative().optional() }),
  activityOf('event_attended', { eventName: text }),
  activityOf('meeting', { meetingId: RecordIdSchema.optional(), title: text.optional() }),
  activityOf('call', { durationSeconds: z.number().nonnegative().optional(), outcome: z.enum(CALL_OUTCOMES).optional() }),
  activityOf('product_usage', { event: text, quantity: z.number().nonnegative().optional() }),
] as const;

/** Something a person did or had done to them that scoring and hygiene read: a page view, an email click, a call. */
export const CanonicalActivitySchema = z
  .discriminatedUnion('type', activityVariants)
  .superRefine((activity, ctx) => {
    if (!activity.contactId && !activity.companyId && !activity.email) {
      ctx.addIssue({ code: 'custom', path: ['contactId'], message: 'an activity needs a contactId, a companyId or an email' });
    }
  });
export type CanonicalActivity = z.infer<typeof CanonicalActivitySchema>;
export type CanonicalActivityInput = z.input<typeof CanonicalActivitySchema>;
export type ActivityType = CanonicalActivity['type'];
export const ACTIVITY_TYPES: readonly ActivityType[] = activityVariants.map((variant) => variant.shape.type.value);
/** One activity type's record, e.g. `ActivityOf<'page_view'>` has a `url`. */
export type ActivityOf<Type extends ActivityType> = Extract<CanonicalActivity, { type: Type }>;
