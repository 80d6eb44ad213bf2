// Picklist and lifecycle stage value maps: canonical value ↔ vendor value, one map per side.
import type { TransformResult, ValueMap, ValueMapSpec } from './types.ts';

/** Indexes a declared map both ways; for a vendor value several canonical values share, the first listed wins. */
export function compileValueMap(spec: ValueMapSpec): ValueMap {
  const toVendor = new Map(Object.entries(spec));
  const toCanonical = new Map<string, string>();
  for (const [canonical, vendor] of toVendor) if (!toCanonical.has(vendor)) toCanonical.set(vendor, canonical);
  return { toVendor, toCanonical };
}

const loose = (value: string) => value.trim().toLowerCase();

/** Exact match first; then ignoring case and surrounding spaces, as typed values and vendors' matching both drift in case. */
function find(table: ReadonlyMap<string, string>, value: string): string | undefined {
  const exact = table.get(value);
  if (exact !== undefined) return exact;
  for (const [key, mapped] of table) if (loose(key) === loose(value)) return mapped;
  return undefined;
}

/** Looks `value` up in `table`; a value the map lacks passes through unchanged, reported as `"value" ${lacks} (known: …)`. */
export function mapValue(table: ReadonlyMap<string, string>, value: unknown, lacks: string): TransformResult {
  const found = typeof value === 'string' ? find(table, value) : undefined;
  if (found !== undefined) return { value: found };
  const known = [...table.keys()];
  const listed = known.length > 8 ? `${known.slice(0, 8).join(', ')}, …` : known.join(', ');
  return { value, issue: { kind: 'unmapped_value', message: `${JSON.stringify(value)} ${lacks} (known: ${listed}); passed through unchanged` } };
}
