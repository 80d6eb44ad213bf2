// Applying a field mapping's transform: vendor value → canonical value when reading a side (transformIn),
// canonical value → vendor value when writing one (transformOut), and the form values are compared in.
// Pure. Empty values (absent, null, blank) pass through untouched: emptiness is the merge rules' business.
import { isSupportedCountry } from 'libphonenumber-js';
import { isEmptyValue } from '../merge/field-priority.ts';
import { convertDate } from './dates.ts';
import { toE164 } from './phone.ts';
import type {
  CanonicalDateFormat, CompiledDate, CompiledTransform, CompiledValueMaps, TransformResult, TransformSpec, VendorSide,
} from './types.ts';
import { compileValueMap, mapValue } from './value-map.ts';

export interface CompileOptions {
  /** How the canonical field holds a date transform's value; an instant unless told it is a day. */
  canonicalDate?: CanonicalDateFormat;
}

/** Indexes a declared transform for use. The loader has validated it; an unknown country is read as none. */
export function compileTransform(spec: TransformSpec, options: CompileOptions = {}): CompiledTransform {
  switch (spec.type) {
    case 'picklist':
    case 'lifecycle_stage': {
      const sides: CompiledValueMaps['sides'] = {};
      if (spec.hubspot) sides.hubspot = compileValueMap(spec.hubspot);
      if (spec.salesforce) sides.salesforce = compileValueMap(spec.salesforce);
      return { type: spec.type, sides };
    }
    case 'phone':
      return spec.defaultCountry !== undefined && isSupportedCountry(spec.defaultCountry) ? { type: 'phone', defaultCountry: spec.defaultCountry } : { type: 'phone' };
    case 'date': {
      const sides: CompiledDate['sides'] = {};
      if (spec.hubspot) sides.hubspot = spec.hubspot;
      if (spec.salesforce) sides.salesforce = spec.salesforce;
      return { type: 'date', canonical: options.canonicalDate ?? 'iso_datetime', sides };
    }
  }
}

const mapName = (transform: CompiledValueMaps) => (transform.type === 'lifecycle_stage' ? 'lifecycle stage map' : 'picklist map');

/** A value read from `side` as the canonical value. A side a value map leaves out holds canonical values as they are. */
export function transformIn(transform: CompiledTransform, side: VendorSide, vendorValue: unknown): TransformResult {
  if (isEmptyValue(vendorValue)) return { value: vendorValue };
  switch (transform.type) {
    case 'picklist':
    case 'lifecycle_stage': {
      const map = transform.sides[side];
      return map ? mapValue(map.toCanonical, vendorValue, `has no canonical value in the ${side} ${mapName(transform)}`) : { value: vendorValue };
    }
    case 'phone': return toE164(vendorValue, transform.defaultCountry);
    case 'date': return convertDate(vendorValue, transform.canonical);
  }
}

/** A canonical value as `side` stores it, to write there. */
export function transformOut(transform: CompiledTransform, side: VendorSide, canonicalValue: unknown): TransformResult {
  if (isEmptyValue(canonicalValue)) return { value: canonicalValue };
  switch (transform.type) {
    case 'picklist':
    case 'lifecycle_stage': {
      const map = transform.sides[side];
      return map ? mapValue(map.toVendor, canonicalValue, `has no ${side} value in the ${mapName(transform)}`) : { value: canonicalValue };
    }
    case 'phone': return toE164(canonicalValue, transform.defaultCountry);
    case 'date': return convertDate(canonicalValue, transform.sides[side] ?? transform.canonical);
  }
}

/**
 * The canonical value in the one form equal values share: a phone in E.164 ("(415) 555-0100" and
 * "+14155550100" are one number), a date in the canonical format. With `side`, the value as it reads
 * back after a write to that side: where a map gives several canonical values one vendor value
 * (customer and other both OTHER), they compare equal there, so the planner does not rewrite one
 * with the other forever. A value the transform cannot translate compares as it is.
 */
export function normaliseForCompare(field: { readonly transform?: CompiledTransform }, value: unknown, side?: VendorSide): unknown {
  const transform = field.transform;
  if (!transform || isEmptyValue(value)) return value;
  if (side === undefined) {
    if (transform.type === 'phone') return toE164(value, transform.defaultCountry).value;
    return transform.type === 'date' ? convertDate(value, transform.canonical).value : value;
  }
  const written = transformOut(transform, side, value);
  return written.issue ? value : transformIn(transform, side, written.value).value;
}
