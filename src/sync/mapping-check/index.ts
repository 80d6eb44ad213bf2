/** The field mappings checked against both vendors' live schema (docs/mappings.md, "The live-schema check"). */
export { checkMappingsAgainstSchema } from './check.ts';
export type { MappingCheckOptions } from './check.ts';
export { SCHEMA_PROBLEM_KINDS, formatSchemaProblem } from './problem.ts';
export type { MappingSchemaProblem, SchemaProblemKind, SchemaProblemSeverity } from './problem.ts';
export { VENDOR_OBJECTS } from './flow.ts';
