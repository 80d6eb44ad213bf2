/** Field-mapping transforms (phone, picklist, lifecycle stage, date) and the live-schema vocabulary connectors describe their fields in. */
export * from './types.ts';
export { compileTransform, normaliseForCompare, transformIn, transformOut } from './transform.ts';
export type { CompileOptions } from './transform.ts';
export * from './live-schema.ts';
