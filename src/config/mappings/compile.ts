// A validated mapping file as the sync uses it: each field with its compiled transform, its canonical
// kind, and where it is written in the file (so later checks, such as the live-schema check, can
// name the file and line as the loader does).
import type { Direction, MappedField, PriorityRule } from '../../core/merge/field-priority.ts';
import { compileTransform } from '../../core/transforms/index.ts';
import type { CompiledTransform } from '../../core/transforms/index.ts';
import { canonicalKindOf } from './schema.ts';
import type { CanonicalKind, FieldEntry, FieldMapping, MappedObject, SalesforceNames } from './schema.ts';

type Path = ReadonlyArray<string | number>;

/** Where a field entry is written: its file, the line of its `- canonical:`, and the line of each part by dotted path. */
export interface FieldLocation {
  file: string;
  line: number;
  /** `hubspot`, `salesforce`, `salesforce.Lead`, `rule`, `transform`, `transform.salesforce`, `transform.hubspot.mql`… */
  lines: Readonly<Record<string, number>>;
}

/** One mapped field, ready for the planner (canonical, rule, direction) and for the connectors (names, transform). */
export interface LoadedField extends MappedField {
  canonical: string;
  hubspot?: string;
  salesforce?: SalesforceNames;
  rule: PriorityRule;
  direction: Direction;
  why?: string;
  /** What the canonical field holds (`phone`, `date`, `enum`…). */
  kind: CanonicalKind;
  /** Apply with transformIn / transformOut / normaliseForCompare from src/core/transforms. */
  transform?: CompiledTransform;
  at: FieldLocation;
}

export interface LoadedMapping {
  object: MappedObject;
  /** The file as the loader names it, e.g. `mappings/fields/contact.yaml`. */
  file: string;
  fields: LoadedField[];
}

/** Compiles a mapping the loader has validated; `lineOf` finds the line of a path in its file. */
export function compileFieldMapping(file: string, mapping: FieldMapping, lineOf: (path: Path) => number): LoadedMapping {
  return { object: mapping.object, file, fields: mapping.fields.map((entry, index) => compileField(mapping.object, file, entry, index, lineOf)) };
}

function compileField(object: MappedObject, file: string, entry: FieldEntry, index: number, lineOf: (path: Path) => number): LoadedField {
  const lines: Record<string, number> = {};
  const note = (...path: string[]) => {
    lines[path.join('.')] = lineOf(['fields', index, ...path]);
  };
  for (const key of ['canonical', 'hubspot', 'salesforce', 'rule', 'transform'] as const) if (entry[key] !== undefined) note(key);
  if (typeof entry.salesforce === 'object') for (const sfObject of Object.keys(entry.salesforce)) note('salesforce', sfObject);
  const declared = entry.transform;
  if (declared?.type === 'picklist' || declared?.type === 'lifecycle_stage' || declared?.type === 'date') {
    for (const side of ['hubspot', 'salesforce'] as const) {
      const sideSpec = declared[side];
      if (sideSpec === undefined) continue;
      note('transform', side);
      if (typeof sideSpec === 'object') for (const value of Object.keys(sideSpec)) note('transform', side, value);
    }
  }
  // The loader has checked the canonical field exists, so it has a kind.
  const kind = canonicalKindOf(object, entry.canonical) ?? 'text';
  const field: LoadedField = {
    canonical: entry.canonical,
    rule: entry.rule,
    direction: entry.direction,
    kind,
    at: { file, line: lineOf(['fields', index]), lines },
  };
  if (entry.hubspot !== undefined) field.hubspot = entry.hubspot;
  if (entry.salesforce !== undefined) field.salesforce = entry.salesforce;
  if (entry.why !== undefined) field.why = entry.why;
  if (declared) field.transform = compileTransform(declared, { canonicalDate: kind === 'date' ? 'iso_date' : 'iso_datetime' });
  return field;
}
