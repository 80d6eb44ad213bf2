import { z } from 'zod';
import { IsoTimestampSchema } from './field-formats.ts';

/** The lawful bases of GDPR Art. 6(1); `not_applicable` for people outside its reach. */
export const GDPR_LEGAL_BASES = [
  'consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interest', 'not_applicable',
] as const;
export const GdprLegalBasisSchema = z.enum(GDPR_LEGAL_BASES);
export type GdprLegalBasis = z.infer<typeof GdprLegalBasisSchema>;

/**
 * What a person allowed or asked for. An absent flag means "not opted out", as in HubSpot and
 * Salesforce; a privacy deletion request means the record must be erased everywhere, not synced.
 */
export const ConsentSchema = z.object({
  emailOptOut: z.boolean().default(false),
  unsubscribedAt: IsoTimestampSchema.optional(),
  doNotCall: z.boolean().default(false),
  gdprLegalBasis: GdprLegalBasisSchema.optional(),
  privacyDeletionRequested: z.boolean().default(false),
  privacyDeletionRequestedAt: IsoTimestampSchema.optional(),
});
export type Consent = z.infer<typeof ConsentSchema>;

/** The consent of a record that carries none: every flag at its default. */
export const ConsentFieldSchema = ConsentSchema.prefault({});
