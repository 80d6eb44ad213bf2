import type { SourcePosition } from './ast.ts';

// Salesforce answers a query it refuses with HTTP 400 and one { message, errorCode } item whose message
// quotes the offending line, puts a caret under the column and names the row and column:
//   "\nSELECT Foo FROM Lead\n       ^\nERROR at Row:1:Column:8\nNo such column 'Foo' on entity 'Lead'. …"
// (the shape seen in INVALID_FIELD, INVALID_TYPE and MALFORMED_QUERY answers from real orgs).

export type SoqlErrorCode =
  | 'MALFORMED_QUERY'
  | 'INVALID_FIELD'
  | 'INVALID_TYPE'
  | 'INVALID_QUERY_FILTER_OPERATOR'
  | 'NUMBER_OUTSIDE_VALID_RANGE'
  | 'INVALID_QUERY_LOCATOR';

/** A query the sandbox refuses, carrying what the HTTP answer needs. */
export class SoqlError extends Error {
  readonly errorCode: SoqlErrorCode;
  readonly detail: string;
  readonly at: SourcePosition | undefined;

  constructor(errorCode: SoqlErrorCode, detail: string, at?: SourcePosition) {
    super(detail);
    this.name = 'SoqlError';
    this.errorCode = errorCode;
    this.detail = detail;
    this.at = at;
  }

  /** The message Salesforce sends: the quoted line and caret when a position is known, else the detail alone. */
  messageFor(soql: string): string {
    if (!this.at) return this.detail;
    const { snippet, caretColumn } = snippetAround(soql, this.at);
    return `\n${snippet}\n${' '.repeat(caretColumn)}^\nERROR at Row:${this.at.row}:Column:${this.at.column}\n${this.detail}`;
  }
}

const WINDOW_BEFORE = 40;
const WINDOW_AFTER = 40;

/** The line holding the error (or a window of it when the line is long) and where the caret goes in it. */
function snippetAround(soql: string, at: SourcePosition): { snippet: string; caretColumn: number } {
  const line = soql.split(/\r\n|\r|\n/)[at.row - 1] ?? '';
  const index = Math.min(at.column - 1, line.length);
  if (line.length <= WINDOW_BEFORE + WINDOW_AFTER) return { snippet: line, caretColumn: index };
  let start = Math.max(0, index - WINDOW_BEFORE);
  const space = line.indexOf(' ', start);
  if (start > 0 && space >= 0 && space < index) start = space + 1;
  const end = Math.min(line.length, index + WINDOW_AFTER);
  return { snippet: line.slice(start, end), caretColumn: index - start };
}

// ── Messages Salesforce uses (wording taken from answers of real orgs and the SOQL reference) ─────

export const malformed = (detail: string, at?: SourcePosition): SoqlError => new SoqlError('MALFORMED_QUERY', detail, at);

export const unexpectedToken = (token: string, at: SourcePosition): SoqlError => malformed(`unexpected token: ${token}`, at);

/** What the sandbox deliberately does not answer: refused in Salesforce's shape rather than answered wrongly. */
export const unsupported = (what: string, at: SourcePosition): SoqlError =>
  malformed(`${what} is not supported by the Salesforce sandbox's SOQL subset; the sandbox refuses it rather than answer it differently from Salesforce.`, at);

export const noSuchColumn = (field: string, entity: string, at: SourcePosition): SoqlError =>
  new SoqlError(
    'INVALID_FIELD',
    `No such column '${field}' on entity '${entity}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
    at,
  );

export const noSuchRelation = (relation: string, at: SourcePosition): SoqlError =>
  new SoqlError(
    'INVALID_FIELD',
    `Didn't understand relationship '${relation}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
    at,
  );

export const unsupportedType = (name: string, at: SourcePosition): SoqlError =>
  new SoqlError(
    'INVALID_TYPE',
    `sObject type '${name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
    at,
  );

export const invalidLocator = (): SoqlError => new SoqlError('INVALID_QUERY_LOCATOR', 'invalid query locator');
