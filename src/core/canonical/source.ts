import { z } from 'zod';
import { IsoTimestampSchema } from './field-formats.ts';

/** Every system a canonical record can come from; `demo` is the generated demo data set. */
export const SYSTEM_IDS = ['hubspot', 'salesforce', 'calendly', 'clearbit', 'apollo', 'savvycal', 'activecampaign', 'demo'] as const;
export const SystemIdSchema = z.enum(SYSTEM_IDS);
export type SystemId = z.infer<typeof SystemIdSchema>;

/** Where a record lives: its system, its id there, and the system's object name when it has several (Lead vs Contact). */
export const SourceRefSchema = z.object({
  system: SystemIdSchema,
  id: z.string().trim().min(1),
  objectType: z.string().trim().min(1).optional(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/**
 * Who wrote a value: a person in the system's UI, or automation (an integration, a workflow,
 * enrichment). Merge rules read it so enrichment never overwrites a person's edit.
 */
export const WRITERS = ['person', 'automation'] as const;
export const WriterSchema = z.enum(WRITERS);
export type Writer = z.infer<typeof WriterSchema>;

/** Where one field's value came from and when it was written there. */
export const FieldSourceSchema = z.object({
  system: SystemIdSchema,
  /** The record's id in that system, when it differs from the holder's own source id. */
  id: z.string().trim().min(1).optional(),
  at: IsoTimestampSchema,
  writtenBy: WriterSchema.optional(),
});
export type FieldSource = z.infer<typeof FieldSourceSchema>;

/**
 * Per-field provenance, keyed by field name (`email`) or, inside a group, by dotted path
 * (`consent.emailOptOut`). A key that names no field is refused: a misspelt key would silently
 * lose the "a person wrote this" protection.
 */
export function fieldSourcesSchema(recordName: string, fieldPaths: readonly string[]) {
  const known = new Set(fieldPaths);
  return z.record(z.string(), FieldSourceSchema).superRefine((sources, ctx) => {
    for (const key of Object.keys(sources)) {
      if (!known.has(key)) ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is not a field of a ${recordName}` });
    }
  });
}
