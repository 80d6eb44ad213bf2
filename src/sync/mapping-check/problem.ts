// What the live-schema check reports: one line per problem, named by mapping file, line, canonical
// field, side and vendor field, like the loader's own problems.
import type { VendorSide } from '../../core/transforms/index.ts';

export const SCHEMA_PROBLEM_KINDS = [
  /** The vendor field does not exist, or the integration user cannot see it. */
  'missing_field',
  /** The sync writes the field on this side, and the integration user cannot create or update it. */
  'not_writable',
  /** The canonical values cannot live in the vendor field's type (a date in a number). */
  'type_mismatch',
  /** A value the mapping writes is not a value of the live picklist. */
  'unknown_picklist_value',
  /** Live picklist values the mapping has no canonical value for: read, they pass through untranslated. */
  'unmapped_live_value',
  /** Free text written into a restricted picklist with no value map: values outside the list are refused. */
  'free_text_to_picklist',
] as const;
export type SchemaProblemKind = (typeof SCHEMA_PROBLEM_KINDS)[number];

/** An error stops the mapping working (writes are refused); a warning is worth an admin's look. */
export type SchemaProblemSeverity = 'error' | 'warning';

export interface MappingSchemaProblem {
  kind: SchemaProblemKind;
  severity: SchemaProblemSeverity;
  file: string;
  line: number;
  canonical: string;
  side: VendorSide;
  /** The vendor object as the live schema keys it: `contacts`, `Lead`. */
  vendorObject: string;
  vendorField: string;
  /** `contact.leadStatus → Salesforce Lead.Status: …`, without file and line. */
  message: string;
}

/** `mappings/fields/contact.yaml:90: error: contact.leadStatus → Salesforce Lead.Status: …` */
export const formatSchemaProblem = (p: MappingSchemaProblem): string => `${p.file}:${p.line}: ${p.severity}: ${p.message}`;
