// One page of a SOQL answer: GET /services/data/v62.0/query?q=…, /queryAll?q=…, or a nextRecordsUrl.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm
import { z } from 'zod';
import { VendorCallError } from '../../../src/connector-kit/failure.ts';

export const QueryPageWire = z.object({
  totalSize: z.number().int().nonnegative(),
  done: z.boolean(),
  nextRecordsUrl: z.string().optional(),
  records: z.array(z.unknown()),
});
export type QueryPageWire = z.infer<typeof QueryPageWire>;

/** What arrived when it is not what Salesforce documents: a bug or a changed API, so stop and alert. */
export function wireShapeError(what: string, issues: readonly z.core.$ZodIssue[]): VendorCallError {
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` field ${first.path.join('.')}` : '';
  return new VendorCallError({ vendor: 'salesforce', kind: 'unknown', vendorMessage: `${what}${where}: ${first?.message ?? 'malformed'}` });
}

export function readQueryPage(body: unknown, call: string): QueryPageWire {
  const parsed = QueryPageWire.safeParse(body);
  if (!parsed.success) throw wireShapeError(`malformed ${call} answer`, parsed.error.issues);
  return parsed.data;
}

/** A row through its schema, or an error naming the record and the field. */
export function readRow<T>(schema: z.ZodType<T>, row: unknown, sobject: string): T {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const id = typeof row === 'object' && row !== null && 'Id' in row ? String(row.Id) : 'without an Id';
  throw wireShapeError(`malformed ${sobject} ${id}`, parsed.error.issues);
}
