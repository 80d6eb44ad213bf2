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

/** The queries that together ask for every value; none when there are no values. */
export function inQueries(query: InQuery): string[] {
  const head = `SELECT ${query.fields.join(', ')} FROM ${query.sobject} WHERE ${query.column} IN (`;
  const tail = `)${query.and ? ` AND ${query.and}` : ''}`;
  const fixed = encodedLength(head) + encodedLength(tail);
  const separator = encodedLength(', ');
  const queries: string[] = [];
  let literals: string[] = [];
  let length = fixed;
  for (const value of query.values) {
    const literal = soqlString(value);
    const cost = encodedLength(literal) + (literals.length > 0 ? separator : 0);
    if (literals.length > 0 && (literals.length >= query.maxValues || length + cost > query.maxEncodedLength)) {
      queries.push(head + literals.join(', ') + tail);
      literals = [];
      length = fixed;
    }
    length += encodedLength(literal) + (literals.length > 0 ? separator : 0);
    literals.push(literal);
  }
  if (literals.length > 0) queries.push(head + literals.join(', ') + tail);
  return queries;
}
