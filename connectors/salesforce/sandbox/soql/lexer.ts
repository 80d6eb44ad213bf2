import type { SourcePosition } from './ast.ts';
import { malformed, unexpectedToken } from './errors.ts';

// Tokens of SOQL as the sandbox reads it. Keywords are not reserved here: the parser recognises them
// case-insensitively by position, as Salesforce does. Date and datetime literals are unquoted in SOQL
// (`CreatedDate > 2024-01-15T10:30:00Z`), so they are lexed before plain numbers.

export type Token =
  | { kind: 'ident'; text: string; at: SourcePosition }
  | { kind: 'string'; text: string; body: string; at: SourcePosition }
  | { kind: 'number'; text: string; at: SourcePosition }
  | { kind: 'date'; text: string; at: SourcePosition }
  | { kind: 'datetime'; text: string; at: SourcePosition }
  | { kind: 'symbol'; text: string; at: SourcePosition }
  | { kind: 'eof'; text: '<EOF>'; at: SourcePosition };

const DATETIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:?\d{2})/y;
const DATE = /\d{4}-\d{2}-\d{2}(?![\w:])/y;
const NUMBER = /[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?![\w.])/y;
const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const SYMBOLS = ['!=', '<>', '<=', '>=', '=', '<', '>', '(', ')', ',', '.', ':'];
// The escapes of https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_quotedstringescapes.htm
const ESCAPE = /\\(?:[nNrRtTbBfF"'\\%_]|u[0-9a-fA-F]{4})/y;

function matchAt(pattern: RegExp, text: string, offset: number): string | undefined {
  pattern.lastIndex = offset;
  return pattern.exec(text)?.[0];
}

/** Splits a SOQL statement into tokens ending with an `eof` token; refuses what no token can start. */
export function tokenize(soql: string): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  let row = 1;
  let lineStart = 0;
  const here = (): SourcePosition => ({ offset, row, column: offset - lineStart + 1 });

  while (offset < soql.length) {
    const ch = soql.charAt(offset);
    if (ch === '\n' || (ch === '\r' && soql.charAt(offset + 1) !== '\n')) {
      offset += 1;
      row += 1;
      lineStart = offset;
      continue;
    }
    if (/\s/.test(ch)) {
      offset += 1;
      continue;
    }
    const at = here();
    if (ch === "'") {
      const body = readStringBody(soql, offset, at);
      tokens.push({ kind: 'string', text: `'${body}'`, body, at });
      offset += body.length + 2;
      continue;
    }
    const datetime = matchAt(DATETIME, soql, offset);
    const date = datetime ? undefined : matchAt(DATE, soql, offset);
    const number = datetime || date ? undefined : matchAt(NUMBER, soql, offset);
    const ident = matchAt(IDENT, soql, offset);
    const symbol = SYMBOLS.find((s) => soql.startsWith(s, offset));
    const token: Token | undefined =
      datetime ? { kind: 'datetime', text: datetime, at }
      : date ? { kind: 'date', text: date, at }
      : number ? { kind: 'number', text: number, at }
      : ident ? { kind: 'ident', text: ident, at }
      : symbol ? { kind: 'symbol', text: symbol, at }
      : undefined;
    if (!token) throw unexpectedToken(soql.slice(offset).split(/\s/)[0] ?? ch, at);
    tokens.push(token);
    offset += token.text.length;
  }
  tokens.push({ kind: 'eof', text: '<EOF>', at: here() });
  return tokens;
}

/** The characters between the quotes, escapes kept as written; a stray backslash or a missing close quote is refused. */
function readStringBody(soql: string, open: number, at: SourcePosition): string {
  let i = open + 1;
  while (i < soql.length) {
    const ch = soql.charAt(i);
    if (ch === "'") return soql.slice(open + 1, i);
    if (ch === '\\') {
      const escape = matchAt(ESCAPE, soql, i);
      if (!escape) {
        const body = soql.slice(open + 1, soql.indexOf("'", i + 2) < 0 ? soql.length : soql.indexOf("'", i + 2));
        throw malformed(`Invalid string literal '${body}'. Illegal character sequence '${soql.slice(i, i + 2)}' in string literal.`, at);
      }
      i += escape.length;
      continue;
    }
    i += 1;
  }
  throw malformed(`unterminated string literal: ${soql.slice(open)}`, at);
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\' };

/**
 * The value of a string literal. Outside LIKE, `\%` and `\_` are not escapes (Salesforce refuses them);
 * `likeEscapes` keeps them as written for the LIKE matcher, which gives them their literal meaning.
 */
export function decodeString(body: string, likeEscapes: boolean): string | { illegal: string } {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body.charAt(i);
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body.charAt(i + 1);
    if (next === 'u') {
      out += String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16));
      i += 5;
    } else if (next === '%' || next === '_') {
      if (!likeEscapes) return { illegal: `\\${next}` };
      out += `\\${next}`;
      i += 1;
    } else {
      out += likeEscapes && next === '\\' ? '\\\\' : (SIMPLE_ESCAPES[next.toLowerCase()] ?? next);
      i += 1;
    }
  }
  return out;
}
