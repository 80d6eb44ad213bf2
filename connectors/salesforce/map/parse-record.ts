// A canonical candidate through its schema, or an error naming the record and the field that does not
// fit: what the account and opportunity maps share (map/person.ts does the same for people).
import type { z } from 'zod';
import { VendorCallError } from '../../../src/connector-kit/failure.ts';

export function parseRecord<S extends z.ZodType>(schema: S, input: unknown, objectType: string, id: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new VendorCallError({
    vendor: 'salesforce',
    kind: 'unknown',
    vendorMessage: `${objectType} ${id} field ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'does not fit the canonical record'}`,
  });
}

/** Text values as the canonical model takes them: blank is absent. */
export const present = (value: string | null | undefined): string | undefined => (value === null || value === undefined || value.trim() === '' ? undefined : value.trim());
