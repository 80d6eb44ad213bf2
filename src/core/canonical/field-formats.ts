import { z } from 'zod';

/**
 * The value formats shared by every canonical record. Each one rejects what a vendor would reject
 * and keeps what a person typed otherwise: case and formatting are the identity rules' business,
 * not the schema's.
 */

/** An instant with its offset, e.g. 2025-03-01T09:30:00Z; a local time without an offset is ambiguous and refused. */
export const IsoTimestampSchema = z.iso.datetime({ offset: true });
export type IsoTimestamp = z.infer<typeof IsoTimestampSchema>;

/** A calendar day, e.g. 2025-03-31: close dates are days, not instants. */
export const IsoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** Surrounding whitespace is never part of an address, so it is trimmed; case is kept (dedup decides). */
export const EmailSchema = z.string().trim().pipe(z.email());

/** A bare host name such as acme.com or acme.co.uk; host names are case-insensitive, so it is lower-cased. */
export const DomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?!-)[a-z0-9-]{1,63}(?:\.(?!-)[a-z0-9-]{1,63})+$/, 'Expected a bare domain such as acme.com (no scheme, path or spaces)');

const phoneCharacters = /^\+?[\d\s().\-/]+(?:\s*(?:x|ext\.?|#)\s*\d{1,6})?$/i;

/** A phone number as written (+1 (415) 555-0132, 020 7946 0958, 415.555.0132 x12): 7 to 15 digits before any extension. */
export const PhoneSchema = z
  .string()
  .trim()
  .regex(phoneCharacters, { message: 'Expected a phone number: digits, spaces, + ( ) . - / and an optional extension', abort: true })
  .refine((phone) => {
    const digits = phone.replace(/(?:x|ext\.?|#)\s*\d+$/i, '').replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15;
  }, 'Expected 7 to 15 digits');

export const UrlSchema = z.url({ protocol: /^https?$/ });

/** ISO 3166-1 alpha-2, e.g. US, GB, DE. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code such as US');

/** ISO 4217, e.g. USD, EUR. */
export const CurrencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 code such as USD');

/** The sales regions every territory rolls up to. */
export const GEO_REGIONS = ['NA', 'LATAM', 'EMEA', 'APAC'] as const;
export const GeoRegionSchema = z.enum(GEO_REGIONS);
export type GeoRegion = z.infer<typeof GeoRegionSchema>;

/** An id of another record in the same system as the record that holds it. */
export const RecordIdSchema = z.string().trim().min(1);

/** Scores are normalised to 0–100 whatever scale the source system uses. */
export const ScoreSchema = z.number().min(0).max(100);
