import type { z } from 'zod';

/** The dotted paths of every issue a schema reports for `input` (empty when it parses). */
export function rejectionPaths(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.map(String).join('.'));
}
