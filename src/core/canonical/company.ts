import { z } from 'zod';
import {
  CountryCodeSchema, DomainSchema, GeoRegionSchema, IsoTimestampSchema, PhoneSchema, RecordIdSchema, UrlSchema,
} from './field-formats.ts';
import { LifecycleStageSchema } from './lifecycle-stage.ts';
import { canonicalRecordShape, requireNotBefore } from './record.ts';

/** What the company is to us (HubSpot company type, Salesforce Account Type). */
export const ACCOUNT_TYPES = ['prospect', 'customer', 'partner', 'reseller', 'vendor', 'competitor', 'other'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

const text = z.string().trim().min(1);

const companyFields = {
  name: text,
  /** The primary web domain, the strongest company match key. */
  domain: DomainSchema.optional(),
  additionalDomains: z.array(DomainSchema).default([]),
  website: UrlSchema.optional(),
  industry: text.optional(),
  employeeCount: z.number().int().nonnegative().optional(),
  /** In USD. */
  annualRevenue: z.number().nonnegative().optional(),
  phone: PhoneSchema.optional(),
  country: text.optional(),
  countryCode: CountryCodeSchema.optional(),
  state: text.optional(),
  city: text.optional(),
  postalCode: text.optional(),
  region: GeoRegionSchema.optional(),
  accountType: z.enum(ACCOUNT_TYPES).optional(),
  lifecycleStage: LifecycleStageSchema.optional(),
  ownerId: RecordIdSchema.optional(),
  parentCompanyId: RecordIdSchema.optional(),
  lastActivityAt: IsoTimestampSchema.optional(),
  createdAt: IsoTimestampSchema,
  updatedAt: IsoTimestampSchema,
};

/** An organisation: a HubSpot company, a Salesforce account, an enrichment provider's company. */
export const CanonicalCompanySchema = z
  .object(canonicalRecordShape('company', companyFields))
  .superRefine((company, ctx) => {
    requireNotBefore(ctx, ['updatedAt'], company.createdAt, company.updatedAt, 'updatedAt is before createdAt');
  });
export type CanonicalCompany = z.infer<typeof CanonicalCompanySchema>;
export type CanonicalCompanyInput = z.input<typeof CanonicalCompanySchema>;
