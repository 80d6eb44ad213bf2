import type { ComparisonOperator, Condition, Literal } from './ast.ts';
import type { Token } from './lexer.ts';
import { decodeString } from './lexer.ts';
import type { TokenStream } from './token-stream.ts';
import { malformed, unsupported } from './errors.ts';
import { MAX_LIKE_PATTERN_LENGTH } from './like-pattern.ts';
import { parseDateLiteral, parseDateTimeLiteral, relativeLiteralArity } from './date-literals.ts';

// WHERE conditionExpression (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_conditionexpression.htm):
// field comparisons joined by AND or OR, NOT in front of one, parentheses for grouping. SOQL makes
// the client spell out precedence: AND and OR mixed at one level without parentheses is refused with
// "unexpected token: OR", as real orgs answer.

const COMPARISONS: ReadonlyMap<string, ComparisonOperator> = new Map([
  ['=', '='], ['!=', '!='], ['<>', '!='], ['<', '<'], ['<=', '<='], ['>', '>'], ['>=', '>='],
]);

export function parseCondition(ts: TokenStream): Condition {
  const operands = [parseUnary(ts)];
  let joiner: 'AND' | 'OR' | undefined;
  while (ts.atKeyword('AND') || ts.atKeyword('OR')) {
    const word = ts.peek().text.toUpperCase() as 'AND' | 'OR';
    if (joiner && joiner !== word) throw ts.unexpected();
    joiner = word;
    ts.next();
    operands.push(parseUnary(ts));
  }
  if (!joiner) return operands[0] as Condition;
  return { kind: joiner === 'AND' ? 'and' : 'or', operands };
}

function parseUnary(ts: TokenStream): Condition {
  if (ts.acceptKeyword('NOT')) return { kind: 'not', operand: parseUnary(ts) };
  if (ts.atSymbol('(')) {
    ts.next();
    const inner = parseCondition(ts);
    ts.expectSymbol(')');
    return inner;
  }
  return parseFieldExpression(ts);
}

function parseFieldExpression(ts: TokenStream): Condition {
  const field = ts.fieldPath();
  const token = ts.peek();
  const op = token.kind === 'symbol' ? COMPARISONS.get(token.text) : undefined;
  if (op) {
    ts.next();
    const value = parseValue(ts);
    if (value.kind === 'null' && op !== '=' && op !== '!=') throw ts.unexpected(valueToken(value));
    return { kind: 'compare', field, op, value, at: field.at };
  }
  if (ts.acceptKeyword('LIKE')) {
    const literal = ts.peek();
    if (literal.kind !== 'string') throw ts.unexpected();
    ts.next();
    const pattern = decodeString(literal.body, true);
    if (typeof pattern !== 'string') throw malformed(`invalid escape sequence in ${literal.text}`, literal.at);
    if (pattern.length > MAX_LIKE_PATTERN_LENGTH) {
      throw malformed(`LIKE pattern is longer than ${MAX_LIKE_PATTERN_LENGTH.toLocaleString('en-US')} characters`, literal.at);
    }
    return { kind: 'like', field, pattern: { kind: 'string', value: pattern, raw: literal.text, at: literal.at }, at: field.at };
  }
  if (ts.atKeyword('IN') || (ts.atKeyword('NOT') && ts.atKeyword('IN', 1))) {
    const negated = ts.acceptKeyword('NOT');
    ts.next();
    return { kind: 'in', field, negated, values: parseList(ts), at: field.at };
  }
  if (ts.atKeyword('INCLUDES') || ts.atKeyword('EXCLUDES')) throw unsupported(`${token.text.toUpperCase()} (multi-select picklists)`, token.at);
  throw ts.unexpected();
}

function parseList(ts: TokenStream): Literal[] {
  ts.expectSymbol('(');
  if (ts.atKeyword('SELECT')) throw unsupported('A semi-join or anti-join sub-query (IN (SELECT …))', ts.peek().at);
  const values = [parseValue(ts)];
  while (ts.atSymbol(',')) {
    ts.next();
    values.push(parseValue(ts));
  }
  ts.expectSymbol(')');
  return values;
}

function valueToken(value: Literal): Token {
  return { kind: 'ident', text: value.raw, at: value.at };
}

/** A literal: 'string', number, true/false, null, date, datetime, or a relative date literal. */
export function parseValue(ts: TokenStream): Literal {
  const token = ts.next();
  const { text: raw, at } = token;
  switch (token.kind) {
    case 'string': {
      const value = decodeString(token.body, false);
      if (typeof value !== 'string') throw malformed(`Invalid string literal ${raw}. Illegal character sequence '${value.illegal}' in string literal.`, at);
      return { kind: 'string', value, raw, at };
    }
    case 'number':
      return { kind: 'number', value: Number(raw), raw, at };
    case 'date': {
      const epochMs = parseDateLiteral(raw);
      if (epochMs === undefined) throw malformed(`invalid date: ${raw}`, at);
      return { kind: 'date', epochMs, raw, at };
    }
    case 'datetime': {
      const epochMs = parseDateTimeLiteral(raw);
      if (epochMs === undefined) throw malformed(`invalid date: ${raw}`, at);
      return { kind: 'datetime', epochMs, raw, at };
    }
    case 'ident':
      return identValue(ts, token);
    case 'symbol':
      if (raw === ':' && ts.peek().kind === 'ident') throw malformed('Bind variables only allowed in Apex code', at);
      throw ts.unexpected(token);
    case 'eof':
      throw ts.unexpected(token);
  }
}

function identValue(ts: TokenStream, token: Token): Literal {
  const { text: raw, at } = token;
  const upper = raw.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE', raw, at };
  if (upper === 'NULL') return { kind: 'null', raw, at };
  const arity = relativeLiteralArity(raw);
  if (!arity) throw ts.unexpected(token);
  if (arity === 'plain') return { kind: 'relativeDate', name: upper, n: undefined, raw, at };
  ts.expectSymbol(':');
  const count = ts.peek();
  if (count.kind !== 'number' || !/^\d+$/.test(count.text)) throw ts.unexpected();
  ts.next();
  return { kind: 'relativeDate', name: upper, n: Number(count.text), raw: `${raw}:${count.text}`, at };
}
