// sObject Collections answers: one result per input record, in input order.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_create.htm
// The wire names the code `statusCode`; jsforce's SaveError type calls it `errorCode`: read both.
import { z } from 'zod';
import { wireShapeError } from './query-page.ts';

/** What a duplicate rule found: the records the refused one duplicates. */
const DuplicateResultWire = z.object({
  matchResults: z.array(z.object({
    entityType: z.string(),
    matchRecords: z.array(z.object({ record: z.object({ Id: z.string() }).loose() }).loose()),
  }).loose()),
}).loose();

const SaveErrorWire = z.object({
  statusCode: z.string().optional(),
  errorCode: z.string().optional(),
  message: z.string(),
  fields: z.array(z.string()).optional(),
  duplicateResult: DuplicateResultWire.optional(),
});

export const SaveResultWire = z.object({
  id: z.string().nullable().optional(),
  success: z.boolean(),
  created: z.boolean().optional(),
  errors: z.array(SaveErrorWire),
});
export type SaveResultWire = z.infer<typeof SaveResultWire>;

export function readSaveResults(body: unknown, expected: number): SaveResultWire[] {
  const parsed = z.array(SaveResultWire).length(expected).safeParse(body);
  if (!parsed.success) throw wireShapeError('malformed sObject Collections answer', parsed.error.issues);
  return parsed.data;
}
