// LIKE in SOQL: `%` any run of characters, `_` exactly one, `\%` and `\_` the characters themselves;
// matching is case-insensitive and covers the whole value
// (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_comparisonoperators.htm).

/** The anchored, case-insensitive regular expression of a LIKE pattern (escapes kept as written by decodeString). */
export function likeToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === '\\' && i + 1 < pattern.length) {
      source += escapeRegExp(pattern.charAt(i + 1));
      i += 1;
    } else if (ch === '%') {
      source += '.*';
    } else if (ch === '_') {
      source += '.';
    } else {
      source += escapeRegExp(ch);
    }
  }
  return new RegExp(`^${source}$`, 'isu');
}

function escapeRegExp(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}
