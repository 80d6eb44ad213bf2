// LIKE in SOQL: `%` any run of characters, `_` exactly one, `\%` and `\_` the characters themselves;
// matching is case-insensitive and covers the whole value
// (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_comparisonoperators.htm).
//
// Matched without regular expressions: the pattern is cut at each `%` into segments of literal
// characters and `_`; the first segment must match at the start, the last at the end, and each one
// between at its leftmost place after the previous one (leftmost is always safe when `%` separates the
// segments). No step backtracks across a `%`, so time is at most value length × pattern length, and the
// pattern is capped at MAX_LIKE_PATTERN_LENGTH characters, Salesforce's limit for a string in a WHERE
// clause (https://developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet.meta/salesforce_app_limits_cheatsheet/salesforce_app_limits_platform_soslsoql.htm).

export const MAX_LIKE_PATTERN_LENGTH = 4000;

/** One position of a segment: a character (lower-cased), or `_` (any one character). */
type Slot = string | null;

/** A compiled LIKE pattern (escapes kept as written by decodeString). */
export class LikePattern {
  private readonly segments: Slot[][];

  constructor(pattern: string) {
    const segments: Slot[][] = [[]];
    const chars = Array.from(pattern);
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i] as string;
      const current = segments[segments.length - 1] as Slot[];
      if (ch === '\\' && i + 1 < chars.length) {
        current.push(fold(chars[i + 1] as string));
        i += 1;
      } else if (ch === '%') {
        segments.push([]);
      } else {
        current.push(ch === '_' ? null : fold(ch));
      }
    }
    this.segments = segments;
  }

  /** Whether the whole value matches, case-insensitively. */
  test(value: string): boolean {
    const text = Array.from(value, fold);
    const segments = this.segments;
    const first = segments[0] as Slot[];
    if (segments.length === 1) return text.length === first.length && matchesAt(text, 0, first);
    const last = segments[segments.length - 1] as Slot[];
    if (first.length + last.length > text.length) return false;
    if (!matchesAt(text, 0, first) || !matchesAt(text, text.length - last.length, last)) return false;
    let from = first.length;
    const end = text.length - last.length;
    for (const segment of segments.slice(1, -1)) {
      const at = leftmost(text, from, end, segment);
      if (at < 0) return false;
      from = at + segment.length;
    }
    return true;
  }
}

function fold(ch: string): string {
  return ch.toLowerCase();
}

function matchesAt(text: readonly string[], at: number, segment: readonly Slot[]): boolean {
  for (let i = 0; i < segment.length; i++) {
    const slot = segment[i];
    if (slot !== null && text[at + i] !== slot) return false;
  }
  return true;
}

/** The first place in text[from, end) where the segment fits whole, or -1. */
function leftmost(text: readonly string[], from: number, end: number, segment: readonly Slot[]): number {
  for (let at = from; at + segment.length <= end; at++) if (matchesAt(text, at, segment)) return at;
  return -1;
}
