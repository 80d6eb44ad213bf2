// Value maps against the live picklist: every vendor value the mapping writes must be one of the
// picklist's values, and every live value read should have a canonical value.
import { suggest } from '../../config/mappings/closest-name.ts';
import type { LoadedField } from '../../config/mappings/compile.ts';
import type { LiveField, ValueMap, VendorSide } from '../../core/transforms/index.ts';
import type { SchemaProblemKind, SchemaProblemSeverity } from './problem.ts';

/** One problem before the check adds file, names and the message prefix. */
export interface Finding {
  kind: SchemaProblemKind;
  severity: SchemaProblemSeverity;
  line: number;
  detail: string;
}

export interface PicklistContext {
  field: LoadedField;
  side: VendorSide;
  live: LiveField;
  /** The canonical field's own values, for an enum field. */
  canonicalValues: readonly string[] | undefined;
  writes: boolean;
  reads: boolean;
  /** The line naming the vendor field. */
  line: number;
}

const quoted = (values: readonly string[], max = 6) =>
  values.slice(0, max).map((v) => `"${v}"`).join(', ') + (values.length > max ? `, and ${values.length - max} more` : '');

function valueMapOf(field: LoadedField, side: VendorSide): ValueMap | undefined {
  const transform = field.transform;
  return transform?.type === 'picklist' || transform?.type === 'lifecycle_stage' ? transform.sides[side] : undefined;
}

export function picklistFindings(ctx: PicklistContext): Finding[] {
  const { field, side, live } = ctx;
  if (!live.picklist || live.valueType !== 'picklist') return [];
  const liveValues = live.picklist.values;
  const map = valueMapOf(field, side);
  // A value the vendor refuses breaks writes; elsewhere an odd value in the map is only dead weight.
  const severity: SchemaProblemSeverity = ctx.writes && live.picklist.restricted ? 'error' : 'warning';
  if (map) {
    const unread = liveValues.filter((v) => !map.toCanonical.has(v));
    return [...mappedValueFindings(ctx, map, severity), ...unreadValues(ctx, unread, (one) => `${one ? 'has' : 'have'} no canonical value in transform.${side}`)];
  }
  if (ctx.canonicalValues) {
    const canonicalValues = ctx.canonicalValues;
    const missing = canonicalValues.filter((v) => !liveValues.includes(v));
    // One transform fixes both directions, so a side that needs one gets one problem, not two.
    if (missing.length === 0) return unreadValues(ctx, liveValues.filter((v) => !canonicalValues.includes(v)), (one) => `${one ? 'is not a' : 'are not'} ${field.canonical} ${one ? 'value' : 'values'}`);
    return [{
      kind: 'unknown_picklist_value', severity, line: ctx.line,
      detail: `no transform maps ${side} values, so canonical values are used as they are, and ${quoted(missing)} ${missing.length === 1 ? 'is not a value' : 'are not values'} of the live picklist (${quoted(liveValues)}); add a picklist transform`,
    }];
  }
  if (ctx.writes && live.picklist.restricted) {
    return [{
      kind: 'free_text_to_picklist', severity: 'warning', line: ctx.line,
      detail: `free text written into a restricted picklist with no value map: values other than ${quoted(liveValues)} will be refused`,
    }];
  }
  return [];
}

function mappedValueFindings(ctx: PicklistContext, map: ValueMap, severity: SchemaProblemSeverity): Finding[] {
  const liveValues = ctx.live.picklist?.values ?? [];
  const findings: Finding[] = [];
  for (const [canonical, vendor] of map.toVendor) {
    if (liveValues.includes(vendor)) continue;
    findings.push({
      kind: 'unknown_picklist_value', severity,
      line: ctx.field.at.lines[`transform.${ctx.side}.${canonical}`] ?? ctx.line,
      detail: `transform.${ctx.side}.${canonical} "${vendor}" is not a value of the live picklist${suggest(vendor, liveValues)}`,
    });
  }
  return findings;
}

/** Live values that read back untranslated: worth knowing where values flow from this side. `lack` says why, for one value or several. */
function unreadValues(ctx: PicklistContext, unread: readonly string[], lack: (one: boolean) => string): Finding[] {
  if (!ctx.reads || unread.length === 0) return [];
  const one = unread.length === 1;
  return [{
    kind: 'unmapped_live_value', severity: 'warning', line: ctx.field.at.lines[`transform.${ctx.side}`] ?? ctx.line,
    detail: `live picklist ${one ? 'value' : 'values'} ${quoted(unread)} ${lack(one)}; read, ${one ? 'it passes' : 'they pass'} through untranslated`,
  }];
}
