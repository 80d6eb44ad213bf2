// The field mappings against the live schema of both vendors: does each mapped field exist, can the
// integration user write it where the mapping writes, can it hold the canonical values, and does its
// live picklist have the values the transform writes. Pure: the caller reads the schema (HubSpot's
// properties, Salesforce describe, adapted by each connector) and decides what an error stops.
import type { LoadedField, LoadedMapping } from '../../config/mappings/compile.ts';
import { closestName } from '../../config/mappings/closest-name.ts';
import { enumValuesOf } from '../../config/mappings/schema.ts';
import type { MappedObject } from '../../config/mappings/schema.ts';
import { VENDOR_SIDES, liveFieldOf } from '../../core/transforms/index.ts';
import type { LiveObjectSchema, LiveSchema, VendorSide } from '../../core/transforms/index.ts';
import { SIDE_NAMES, VENDOR_OBJECTS, readsFrom, vendorFieldLine, vendorFieldName, writeReason, writesTo } from './flow.ts';
import { picklistFindings } from './picklist-values.ts';
import type { Finding } from './picklist-values.ts';
import type { MappingSchemaProblem } from './problem.ts';
import { typeMismatch } from './type-fit.ts';

export interface MappingCheckOptions {
  /** The system of record; the other side is marketing. The shipped mappings read Salesforce as the CRM. */
  crm?: VendorSide;
}

interface Target {
  object: MappedObject;
  file: string;
  field: LoadedField;
  side: VendorSide;
  vendorObject: string;
  vendorField: string;
  line: number;
}

/** Every way the live schema falls short of the mappings, in file and line order. Objects the schema leaves out are not checked. */
export function checkMappingsAgainstSchema(
  mappings: Partial<Record<MappedObject, LoadedMapping>>,
  schema: LiveSchema,
  options: MappingCheckOptions = {},
): MappingSchemaProblem[] {
  const crm = options.crm ?? 'salesforce';
  const problems: MappingSchemaProblem[] = [];
  for (const mapping of Object.values(mappings)) {
    if (!mapping) continue;
    for (const field of mapping.fields) {
      for (const side of VENDOR_SIDES) {
        for (const vendorObject of VENDOR_OBJECTS[mapping.object][side]) {
          const vendorField = vendorFieldName(field, side, vendorObject);
          const live = schema[side]?.[vendorObject];
          if (vendorField === undefined || live === undefined) continue;
          const target: Target = { object: mapping.object, file: mapping.file, field, side, vendorObject, vendorField, line: vendorFieldLine(field, side, vendorObject) };
          problems.push(...findingsFor(target, live, crm).map((finding) => problemOf(target, finding)));
        }
      }
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function problemOf(t: Target, finding: Finding): MappingSchemaProblem {
  return {
    kind: finding.kind,
    severity: finding.severity,
    file: t.file,
    line: finding.line,
    canonical: t.field.canonical,
    side: t.side,
    vendorObject: t.vendorObject,
    vendorField: t.vendorField,
    message: `${t.object}.${t.field.canonical} → ${SIDE_NAMES[t.side]} ${t.vendorObject}.${t.vendorField}: ${finding.detail}`,
  };
}

function findingsFor(t: Target, object: LiveObjectSchema, crm: VendorSide): Finding[] {
  const live = liveFieldOf(object, t.vendorField);
  if (!live) {
    const near = closestName(t.vendorField, Object.keys(object.fields));
    return [{
      kind: 'missing_field', severity: 'error', line: t.line,
      detail: `no such field, or the integration user cannot see it${near ? `; did you mean "${near}"?` : ''}`,
    }];
  }
  // A field the sync never writes or reads (never_sync) only has to exist.
  if (t.field.rule === 'never_sync') return [];
  const writes = writesTo(t.field, t.side, crm);
  const findings: Finding[] = [];
  const denied = [live.createable ? '' : 'not createable', live.updateable ? '' : 'not updateable'].filter(Boolean);
  if (writes && denied.length > 0) {
    findings.push({ kind: 'not_writable', severity: 'error', line: t.line, detail: `${denied.join(' and ')} for the integration user, but the sync writes it (${writeReason(t.field)})` });
  }
  const mismatch = typeMismatch(t.field.kind, live, declaredDateFormat(t.field, t.side));
  if (mismatch) findings.push({ kind: 'type_mismatch', line: t.line, ...mismatch });
  findings.push(...picklistFindings({
    field: t.field, side: t.side, live, canonicalValues: enumValuesOf(t.object, t.field.canonical),
    writes, reads: readsFrom(t.field, t.side, crm), line: t.line,
  }));
  return findings;
}

function declaredDateFormat(field: LoadedField, side: VendorSide) {
  return field.transform?.type === 'date' ? field.transform.sides[side] : undefined;
}
