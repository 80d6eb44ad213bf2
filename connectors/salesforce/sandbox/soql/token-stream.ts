import type { FieldPath } from './ast.ts';
import type { Token } from './lexer.ts';
import { unexpectedToken, unsupported } from './errors.ts';

// SOQL's reserved words (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_reservedwords.htm)
// can never name a field, so a field list or condition meeting one reports it as an unexpected token.
const RESERVED = new Set([
  'AND', 'ASC', 'DESC', 'EXCLUDES', 'FIRST', 'FROM', 'GROUP', 'HAVING', 'IN', 'INCLUDES', 'LAST', 'LIKE',
  'LIMIT', 'NOT', 'NULL', 'NULLS', 'OR', 'SELECT', 'WHERE', 'WITH',
]);

/** A cursor over the tokens with the small vocabulary the parser is written in. */
export class TokenStream {
  private index = 0;
  private readonly tokens: Token[];

  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)] as Token;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.index += 1;
    return token;
  }

  /** Whether the next token is the keyword `word` (any case). */
  atKeyword(word: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'ident' && token.text.toUpperCase() === word;
  }

  atSymbol(symbol: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'symbol' && token.text === symbol;
  }

  /** Consumes the keyword when it is next. */
  acceptKeyword(word: string): boolean {
    if (!this.atKeyword(word)) return false;
    this.next();
    return true;
  }

  expectKeyword(word: string): Token {
    if (!this.atKeyword(word)) throw this.unexpected();
    return this.next();
  }

  expectSymbol(symbol: string): Token {
    if (!this.atSymbol(symbol)) throw this.unexpected();
    return this.next();
  }

  /** Salesforce's MALFORMED_QUERY for the next token. */
  unexpected(token: Token = this.peek()) {
    return unexpectedToken(token.text, token.at);
  }

  /**
   * A field path: `Name`, `Account.Owner.Email`. A name followed by `(` is a function (aggregate,
   * FORMAT, toLabel, CALENDAR_YEAR, DISTANCE, FIELDS…), which the sandbox refuses.
   */
  fieldPath(): FieldPath {
    const first = this.peek();
    const segments = [this.fieldName()];
    if (this.atSymbol('(')) throw unsupported(`The function ${first.text}()`, first.at);
    while (this.atSymbol('.')) {
      this.next();
      segments.push(this.fieldName());
    }
    return { kind: 'field', segments, text: segments.join('.'), at: first.at };
  }

  private fieldName(): string {
    const token = this.peek();
    if (token.kind !== 'ident' || RESERVED.has(token.text.toUpperCase())) throw this.unexpected();
    this.next();
    return token.text;
  }
}
