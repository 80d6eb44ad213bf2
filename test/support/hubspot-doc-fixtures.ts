import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Payload examples from HubSpot's docs (fixtures/hubspot/docs, each with a .source.md naming its page),
// and the checks contract tests run with them: the sandbox accepts the requests, and answers in the
// same shape (the same keys, recursively) as the documented responses.

const docsDir = resolve(import.meta.dirname, '../../fixtures/hubspot/docs');

export function docFixture(file: string): unknown {
  return JSON.parse(readFileSync(join(docsDir, file), 'utf8'));
}

/** A copy of a doc payload with its placeholder record ids swapped for ids the test created. */
export function withIds<T>(value: T, ids: Record<string, string>): T {
  const swap = (v: unknown): unknown => {
    if (typeof v === 'string' && v in ids) return ids[v];
    if (typeof v === 'number' && String(v) in ids) return ids[String(v)];
    if (Array.isArray(v)) return v.map(swap);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)]));
    return v;
  };
  return swap(value) as T;
}

// Objects whose keys are data (property names, error context), not part of the shape.
const DATA_KEYED = new Set(['properties', 'context', 'propertiesWithHistory', 'links']);

/**
 * Where two payloads differ in shape: keys one has and the other lacks, at any depth. Array
 * elements are compared as the union of their keys; `properties`-style maps only by value type.
 * `allowExtra` names paths (e.g. `category`) where the sandbox may add a key the example lacks.
 */
export function shapeDifferences(documented: unknown, actual: unknown, allowExtra: string[] = [], path = ''): string[] {
  if (Array.isArray(documented)) {
    if (!Array.isArray(actual)) return [`${path || '<root>'}: documented an array, got ${typeof actual}`];
    if (documented.length === 0 || actual.length === 0) return [];
    return shapeDifferences(mergeElements(documented), mergeElements(actual), allowExtra, `${path}[]`);
  }
  if (documented && typeof documented === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return [`${path || '<root>'}: documented an object, got ${JSON.stringify(actual)}`];
    const doc = documented as Record<string, unknown>;
    const act = actual as Record<string, unknown>;
    const name = path.split('.').at(-1)?.replace('[]', '') ?? '';
    if (DATA_KEYED.has(name)) return [];
    const diffs: string[] = [];
    for (const key of Object.keys(doc)) {
      const at = path ? `${path}.${key}` : key;
      if (!(key in act)) diffs.push(`${at}: missing`);
      else diffs.push(...shapeDifferences(doc[key], act[key], allowExtra, at));
    }
    for (const key of Object.keys(act)) {
      const at = path ? `${path}.${key}` : key;
      if (!(key in doc) && !allowExtra.includes(at)) diffs.push(`${at}: not in the documented example`);
    }
    return diffs;
  }
  return [];
}

function mergeElements(items: unknown[]): unknown {
  if (!items.every((i) => i && typeof i === 'object' && !Array.isArray(i))) return items[0];
  const merged: Record<string, unknown> = {};
  for (const item of items as Array<Record<string, unknown>>) {
    for (const [key, value] of Object.entries(item)) {
      const seen = merged[key];
      merged[key] = Array.isArray(seen) && Array.isArray(value) ? [...seen, ...value] : seen ?? value;
    }
  }
  return merged;
}
