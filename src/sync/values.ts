// Reading and comparing canonical field values by dotted path (`consent.emailOptOut`). Pure.

/** The value at a dotted path, or undefined when any step is missing. */
export function valueAt(record: unknown, path: string): unknown {
  let current: unknown = record;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

