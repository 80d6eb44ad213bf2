import { z } from 'zod';
import { SourceRefSchema, fieldSourcesSchema } from './source.ts';

/** The object shape behind a field, looking through optional/default/nullable wrappers. */
function nestedShapeOf(field: z.core.$ZodType): z.ZodRawShape | undefined {
  if (field instanceof z.ZodObject) return field.shape;
  if (field instanceof z.ZodOptional || field instanceof z.ZodNullable) return nestedShapeOf(field.unwrap());
  if (field instanceof z.ZodDefault || field instanceof z.ZodPrefault) return nestedShapeOf(field.unwrap());
  return undefined;
}

/** Field names of a record, with `group.field` paths for grouped fields such as consent and scores. */
export function fieldPathsOf(shape: z.ZodRawShape): string[] {
  return Object.entries(shape).flatMap(([name, field]) => {
    const nested = nestedShapeOf(field);
    return nested ? [name, ...Object.keys(nested).map((inner) => `${name}.${inner}`)] : [name];
  });
}

/** A canonical record's shape: its own fields plus where it lives (`source`) and where each value came from (`fieldSources`). */
export function canonicalRecordShape<Shape extends z.ZodRawShape>(recordName: string, shape: Shape) {
  return {
    ...shape,
    source: SourceRefSchema,
    fieldSources: fieldSourcesSchema(recordName, fieldPathsOf(shape)).optional(),
  };
}

/** Adds an issue on `path` when `later` is before `earlier` (both ISO instants, either may be absent). */
export function requireNotBefore(
  ctx: z.RefinementCtx,
  path: (string | number)[],
  earlier: string | undefined,
  later: string | undefined,
  message: string,
): void {
  if (earlier !== undefined && later !== undefined && Date.parse(later) < Date.parse(earlier)) {
    ctx.addIssue({ code: 'custom', path, message });
  }
}
