import { z } from 'zod';
import { EmailSchema, IsoTimestampSchema, RecordIdSchema } from './field-formats.ts';
import { canonicalRecordShape, requireNotBefore } from './record.ts';

/** ae: account executive (a sales rep who closes); sdr: qualifies and books; csm: looks after customers. */
export const OWNER_ROLES = ['ae', 'sdr', 'manager', 'csm', 'admin'] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

export const TIME_OFF_REASONS = ['vacation', 'sick', 'holiday', 'parental', 'other'] as const;

/** A stretch when the owner takes no new records; routing skips them for it. */
export const TimeOffSchema = z
  .object({
    startsAt: IsoTimestampSchema,
    endsAt: IsoTimestampSchema,
    reason: z.enum(TIME_OFF_REASONS).optional(),
  })
  .superRefine((range, ctx) => requireNotBefore(ctx, ['endsAt'], range.startsAt, range.endsAt, 'endsAt is before startsAt'));
export type TimeOff = z.infer<typeof TimeOffSchema>;

/** How much new work routing may give the owner; absent limits mean "no cap". */
export const OwnerCapacitySchema = z.object({
  maxNewLeadsPerDay: z.number().int().nonnegative().optional(),
  maxOpenLeads: z.number().int().nonnegative().optional(),
  maxMeetingsPerWeek: z.number().int().nonnegative().optional(),
});
export type OwnerCapacity = z.infer<typeof OwnerCapacitySchema>;

const text = z.string().trim().min(1);

const ownerFields = {
  email: EmailSchema,
  firstName: text.optional(),
  lastName: text.optional(),
  role: z.enum(OWNER_ROLES).optional(),
  team: text.optional(),
  /** A territory id as declared in mappings/routing (e.g. NA-East, EMEA). */
  territory: text.optional(),
  managerId: RecordIdSchema.optional(),
  /** Inactive owners (left, deactivated) keep their records until hygiene reassigns them, but get no new ones. */
  active: z.boolean().default(true),
  capacity: OwnerCapacitySchema.prefault({}),
  timeOff: z.array(TimeOffSchema).default([]),
  /** Routing matches on these: languages (`lang:de`), segments (`segment:enterprise`), products. */
  skills: z.array(text).default([]),
  /** IANA zone, e.g. Europe/Berlin: meeting slots and SLAs are counted in the owner's working hours. */
  timeZone: text.optional(),
  createdAt: IsoTimestampSchema,
  updatedAt: IsoTimestampSchema,
};

/** A CRM user who can own records: HubSpot owner, Salesforce User, a Calendly host. */
export const CanonicalOwnerSchema = z
  .object(canonicalRecordShape('owner', ownerFields))
  .superRefine((owner, ctx) => {
    requireNotBefore(ctx, ['updatedAt'], owner.createdAt, owner.updatedAt, 'updatedAt is before createdAt');
  });
export type CanonicalOwner = z.infer<typeof CanonicalOwnerSchema>;
export type CanonicalOwnerInput = z.input<typeof CanonicalOwnerSchema>;
