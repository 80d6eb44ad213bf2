import type { FieldPath, OrderKey, Selection, SoqlQuery } from './ast.ts';
import { tokenize } from './lexer.ts';
import { TokenStream } from './token-stream.ts';
import { parseCondition } from './parse-condition.ts';
import { SoqlError, unsupported } from './errors.ts';

// SELECT fieldList FROM objectType [WHERE …] [ORDER BY …] [LIMIT n] [OFFSET n]
// (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select.htm).
// Clauses Salesforce accepts but the sandbox does not answer (sub-queries, TYPEOF, aggregates other
// than COUNT(), GROUP BY, HAVING, WITH, USING SCOPE, FOR VIEW/UPDATE/REFERENCE, ALL ROWS, functions)
// are refused with MALFORMED_QUERY naming the clause, never answered approximately.

/** SOQL's maximum OFFSET (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_offset.htm). */
export const MAX_OFFSET = 2000;
const MAX_INT = 2_147_483_647;

/** Clauses the sandbox refuses when they appear after FROM (or after WHERE). */
const REFUSED_CLAUSES: ReadonlyMap<string, string> = new Map([
  ['WITH', 'The WITH clause (SECURITY_ENFORCED, USER_MODE, DATA CATEGORY)'],
  ['GROUP', 'GROUP BY'],
  ['HAVING', 'HAVING'],
  ['USING', 'USING SCOPE'],
  ['FOR', 'FOR VIEW / FOR REFERENCE / FOR UPDATE'],
  ['UPDATE', 'UPDATE TRACKING / UPDATE VIEWSTAT'],
  ['ALL', 'ALL ROWS'],
]);

/** Parses one SOQL statement into its typed tree, or throws a SoqlError shaped as Salesforce answers. */
export function parseSoql(soql: string): SoqlQuery {
  const ts = new TokenStream(tokenize(soql));
  ts.expectKeyword('SELECT');
  const select = parseSelection(ts);
  ts.expectKeyword('FROM');
  const fromToken = ts.next();
  if (fromToken.kind !== 'ident') throw ts.unexpected(fromToken);
  if (ts.atSymbol(',')) throw unsupported('Querying several objects in FROM', ts.peek().at);
  const aliasToken = ts.peek();
  if (aliasToken.kind === 'ident' && !isClauseStart(ts)) throw unsupported(`An object alias (${aliasToken.text})`, aliasToken.at);
  refuseClause(ts);
  const where = ts.acceptKeyword('WHERE') ? parseCondition(ts) : undefined;
  refuseClause(ts);
  const orderBy = ts.atKeyword('ORDER') ? parseOrderBy(ts) : [];
  const limit = ts.acceptKeyword('LIMIT') ? parseCount(ts) : undefined;
  const offsetToken = ts.peek(1);
  const offset = ts.acceptKeyword('OFFSET') ? parseCount(ts) : undefined;
  if (offset !== undefined && offset > MAX_OFFSET) {
    throw new SoqlError('NUMBER_OUTSIDE_VALID_RANGE', `Maximum SOQL offset allowed is ${MAX_OFFSET}`, offsetToken.at);
  }
  refuseClause(ts);
  if (ts.peek().kind !== 'eof') throw ts.unexpected();
  return { select, from: { name: fromToken.text, at: fromToken.at }, where, orderBy, limit, offset };
}

function isClauseStart(ts: TokenStream): boolean {
  return ['WHERE', 'ORDER', 'LIMIT', 'OFFSET', ...REFUSED_CLAUSES.keys()].some((word) => ts.atKeyword(word));
}

function refuseClause(ts: TokenStream): void {
  const token = ts.peek();
  const refused = token.kind === 'ident' ? REFUSED_CLAUSES.get(token.text.toUpperCase()) : undefined;
  if (refused) throw unsupported(refused, token.at);
}

function parseSelection(ts: TokenStream): Selection {
  if (ts.atKeyword('COUNT') && ts.atSymbol('(', 1)) {
    const at = ts.next().at;
    ts.next();
    if (!ts.atSymbol(')')) throw unsupported('COUNT(fieldName) and other aggregate functions (only COUNT() is answered)', at);
    ts.next();
    if (ts.atSymbol(',')) throw ts.unexpected();
    return { kind: 'count', at };
  }
  const fields: FieldPath[] = [selectItem(ts)];
  while (ts.atSymbol(',')) {
    ts.next();
    fields.push(selectItem(ts));
  }
  return { kind: 'fields', fields };
}

function selectItem(ts: TokenStream): FieldPath {
  const token = ts.peek();
  if (token.kind === 'symbol' && token.text === '(') throw unsupported('A relationship sub-query in SELECT', token.at);
  if (ts.atKeyword('TYPEOF')) throw unsupported('TYPEOF', token.at);
  if (ts.atKeyword('COUNT') && ts.atSymbol('(', 1)) throw unsupported('COUNT() together with fields', token.at);
  return ts.fieldPath();
}

function parseOrderBy(ts: TokenStream): OrderKey[] {
  ts.expectKeyword('ORDER');
  ts.expectKeyword('BY');
  const keys: OrderKey[] = [];
  do {
    if (keys.length > 0) ts.next();
    const field = ts.fieldPath();
    const descending = ts.acceptKeyword('DESC');
    if (!descending) ts.acceptKeyword('ASC');
    let nullsFirst = true;
    if (ts.acceptKeyword('NULLS')) {
      if (ts.acceptKeyword('LAST')) nullsFirst = false;
      else ts.expectKeyword('FIRST');
    }
    keys.push({ field, descending, nullsFirst });
  } while (ts.atSymbol(','));
  return keys;
}

/** A LIMIT or OFFSET count: a non-negative 32-bit integer. */
function parseCount(ts: TokenStream): number {
  const token = ts.peek();
  if (token.kind !== 'number' || !/^\d+$/.test(token.text)) throw ts.unexpected();
  const value = Number(token.text);
  if (value > MAX_INT) throw new SoqlError('MALFORMED_QUERY', `numeric value out of range: ${token.text}`, token.at);
  ts.next();
  return value;
}
