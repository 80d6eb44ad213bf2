import { z } from 'zod';
import { ConsentFieldSchema } from './consent.ts';
import {
  CountryCodeSchema, DomainSchema, EmailSchema, GeoRegionSchema, IsoTimestampSchema, PhoneSchema, RecordIdSchema, ScoreSchema,
} from './field-formats.ts';
import { LeadSourceSchema, LeadStatusSchema, LifecycleStageSchema } from './lifecycle-stage.ts';
import { canonicalRecordShape, requireNotBefore } from './record.ts';

/** Salesforce keeps unconverted people as Leads; HubSpot has contacts only, so its people are all `contact`. */
export const CONTACT_KINDS = ['contact', 'lead'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Apollo's seniority scale, the finest of the sources; others map onto it. */
export const SENIORITIES = ['owner', 'founder', 'c_suite', 'partner', 'vp', 'head', 'director', 'manager', 'senior', 'entry', 'intern'] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const DEPARTMENTS = [
  'executive', 'sales', 'marketing', 'customer_success', 'engineering', 'product', 'it', 'finance', 'operations', 'hr', 'legal', 'other',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** The scores this app computes and writes back, each 0–100. */
export const ContactScoresSchema = z.object({
  fit: ScoreSchema.optional(),
  engagement: ScoreSchema.optional(),
  combined: ScoreSchema.optional(),
  isMql: z.boolean().default(false),
  mqlAt: IsoTimestampSchema.optional(),
});
export type ContactScores = z.infer<typeof ContactScoresSchema>;

const name = z.string().trim().min(1);

const contactFields = {
  kind: z.enum(CONTACT_KINDS).default('contact'),
  email: EmailSchema.optional(),
  additionalEmails: z.array(EmailSchema).default([]),
  firstName: name.optional(),
  lastName: name.optional(),
  title: name.optional(),
  seniority: z.enum(SENIORITIES).optional(),
  department: z.enum(DEPARTMENTS).optional(),
  phone: PhoneSchema.optional(),
  mobilePhone: PhoneSchema.optional(),
  /** The company record this person belongs to; a lead usually has only a company name. */
  companyId: RecordIdSchema.optional(),
  companyName: name.optional(),
  companyDomain: DomainSchema.optional(),
  industry: name.optional(),
  employeeCount: z.number().int().nonnegative().optional(),
  /** In USD. */
  annualRevenue: z.number().nonnegative().optional(),
  country: name.optional(),
  countryCode: CountryCodeSchema.optional(),
  /** State, province or region within the country. */
  state: name.optional(),
  city: name.optional(),
  postalCode: name.optional(),
  region: GeoRegionSchema.optional(),
  lifecycleStage: LifecycleStageSchema.optional(),
  leadStatus: LeadStatusSchema.optional(),
  leadSource: LeadSourceSchema.optional(),
  /** The source's drill-down as the system wrote it, e.g. "google / brand-campaign". */
  leadSourceDetail: name.optional(),
  ownerId: RecordIdSchema.optional(),
  scores: ContactScoresSchema.prefault({}),
  consent: ConsentFieldSchema,
  lastActivityAt: IsoTimestampSchema.optional(),
  createdAt: IsoTimestampSchema,
  updatedAt: IsoTimestampSchema,
};

/** A person: a CRM contact or lead, or the same person as marketing automation holds them. */
export const CanonicalContactSchema = z
  .object(canonicalRecordShape('contact', contactFields))
  .superRefine((contact, ctx) => {
    if (!contact.email && !contact.lastName && !contact.firstName && !contact.phone) {
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'A contact needs an email, a name or a phone number' });
    }
    requireNotBefore(ctx, ['updatedAt'], contact.createdAt, contact.updatedAt, 'updatedAt is before createdAt');
  });
export type CanonicalContact = z.infer<typeof CanonicalContactSchema>;
/** What a connector may hand in: defaulted fields may be left out. */
export type CanonicalContactInput = z.input<typeof CanonicalContactSchema>;
