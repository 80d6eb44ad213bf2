// The reader's SOQL: SELECT <fields> FROM <object> WHERE <column> IN (…) [AND …], as many queries as it
// takes to keep each under a value count and each query URL well under Salesforce's limit of 16,384 bytes
// for the URI and headers together (414 or 431 past it; QUIRKS.md, "Reads by id and by email").
// https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_quotedstringescapes.htm

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\', '\'': '\\\'', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f',
};

/** A SOQL string literal: backslash and quotes escaped, and the control characters SOQL has escapes for. */
export function soqlString(value: string): string {
  return `'${value.replace(/[\\'"\n\r\t\b\f]/g, (ch) => ESCAPES[ch] ?? ch)}'`;
}

export interface InQuery {
  sobject: string;
  fields: readonly string[];
  column: string;
  values: readonly string[];
  /** A further condition every query carries, e.g. `IsConverted = false`. */
  and?: string;
  /** Values one query takes at most. */
  maxValues: number;
  /** The longest the URL-encoded query may be (the `q` parameter). */
  maxEncodedLength: number;
}

const encodedLength = (text: string) => encodeURIComponent(text).length;

/** Terms joined between a head and a tail, as many queries as keep each under the count and the length. */
function packQueries(head: string, tail: string, separator: string, terms: readonly string[], maxValues: number, maxEncodedLength: number): string[] {
  const fixed = encodedLength(head) + encodedLength(tail);
  const gap = encodedLength(separator);
  const queries: string[] = [];
  let packed: string[] = [];
  let length = fixed;
  for (const term of terms) {
    const cost = encodedLength(term) + (packed.length > 0 ? gap : 0);
    if (packed.length > 0 && (packed.length >= maxValues || length + cost > maxEncodedLength)) {
      queries.push(head + packed.join(separator) + tail);
      packed = [];
      length = fixed;
    }
    length += encodedLength(term) + (packed.length > 0 ? gap : 0);
    packed.push(term);
  }
  if (packed.length > 0) queries.push(head + packed.join(separator) + tail);
  return queries;
}

/** The queries that together ask for every value; none when there are no values. */
export function inQueries(query: InQuery): string[] {
  const head = `SELECT ${query.fields.join(', ')} FROM ${query.sobject} WHERE ${query.column} IN (`;
  const tail = `)${query.and ? ` AND ${query.and}` : ''}`;
  return packQueries(head, tail, ', ', query.values.map(soqlString), query.maxValues, query.maxEncodedLength);
}

/**
 * The queries that together find every row whose column contains one of the texts (`Website LIKE
 * '%acme.com%' OR …`). A text holding `%` or `_` (a LIKE wildcard) is refused: hosts have neither.
 */
export function containsAnyQueries(query: Omit<InQuery, 'values' | 'and'> & { texts: readonly string[] }): string[] {
  const wildcard = query.texts.find((text) => /[%_]/.test(text));
  if (wildcard !== undefined) throw new Error(`a LIKE text must not hold % or _: ${wildcard}`);
  const head = `SELECT ${query.fields.join(', ')} FROM ${query.sobject} WHERE (`;
  const terms = query.texts.map((text) => `${query.column} LIKE ${soqlString(`%${text}%`)}`);
  return packQueries(head, ')', ' OR ', terms, query.maxValues, query.maxEncodedLength);
}
