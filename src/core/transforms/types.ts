// The vocabulary of field-mapping transforms: what a mapping file declares (TransformSpec), what the
// loader compiles it into (CompiledTransform) and what applying one answers (TransformResult).
import type { CountryCode } from 'libphonenumber-js';

/** The two vendors a field mapping names. */
export const VENDOR_SIDES = ['hubspot', 'salesforce'] as const;
export type VendorSide = (typeof VENDOR_SIDES)[number];

/** How a side stores a date: a calendar day (2025-03-31), an instant (2025-03-31T17:00:00Z) or milliseconds since 1970 UTC. */
export const DATE_FORMATS = ['iso_date', 'iso_datetime', 'epoch_ms'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** How a canonical field holds a date: closeDate is a day, createdAt an instant. */
export type CanonicalDateFormat = Exclude<DateFormat, 'epoch_ms'>;

/** Canonical value → vendor value. Several canonical values may share one vendor value; the first listed is the one read back. */
export type ValueMapSpec = Readonly<Record<string, string>>;

/** A transform as mappings/fields/*.yaml declares it (docs/mappings.md, "Transforms"). */
export type TransformSpec =
  | { type: 'picklist' | 'lifecycle_stage'; hubspot?: ValueMapSpec; salesforce?: ValueMapSpec }
  | { type: 'phone'; format?: 'e164'; defaultCountry?: string }
  | { type: 'date'; hubspot?: DateFormat; salesforce?: DateFormat };

/** One side's value map, looked up both ways. */
export interface ValueMap {
  /** Canonical value → vendor value, in the order the file lists them. */
  toVendor: ReadonlyMap<string, string>;
  /** Vendor value → the first canonical value listed for it. */
  toCanonical: ReadonlyMap<string, string>;
}

/** A transform ready to apply: value maps indexed both ways, the phone country checked, the canonical date format known. */
export type CompiledTransform = CompiledValueMaps | CompiledPhone | CompiledDate;

export interface CompiledValueMaps {
  type: 'picklist' | 'lifecycle_stage';
  /** A side left out holds the canonical values as they are. */
  sides: Partial<Record<VendorSide, ValueMap>>;
}

export interface CompiledPhone {
  type: 'phone';
  defaultCountry?: CountryCode;
}

export interface CompiledDate {
  type: 'date';
  canonical: CanonicalDateFormat;
  /** A side left out stores the canonical format. */
  sides: Partial<Record<VendorSide, DateFormat>>;
}

/** Why a value passed through a transform unchanged. */
export const TRANSFORM_ISSUES = ['unparsed_phone', 'unmapped_value', 'unparsed_date'] as const;
export type TransformIssueKind = (typeof TRANSFORM_ISSUES)[number];

export interface TransformIssue {
  kind: TransformIssueKind;
  message: string;
}

/**
 * The translated value. A value the transform cannot translate is never dropped: it comes back as it
 * was, with an `issue` saying why, so the caller can record it (and may decide not to write it).
 */
export interface TransformResult {
  value: unknown;
  issue?: TransformIssue;
}
