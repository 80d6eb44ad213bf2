// The change feed's SOQL: everything after a (SystemModstamp, Id) cursor, in that order, one window at a time.
// https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_dateformats.htm
import type { FeedCursor } from '../../src/connector-kit/capabilities.ts';

/** A SOQL datetime literal: `2026-03-02T09:00:00Z`, with milliseconds only when the instant has them. */
export function soqlDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new Error(`not an instant: ${iso}`);
  const text = at.toISOString();
  return at.getUTCMilliseconds() === 0 ? text.replace('.000Z', 'Z') : text;
}

/** An Id literal; anything but 15 or 18 alphanumerics is refused rather than quoted into the query. */
export function soqlId(id: string): string {
  if (!/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(id)) throw new Error(`not a Salesforce id: ${id}`);
  return `'${id}'`;
}

export interface FeedQuery {
  sobject: string;
  fields: readonly string[];
  after?: FeedCursor;
  /** Rows per query (LIMIT); the feed issues the next window from the last row's cursor. */
  window: number;
  /** Deleted rows only (for queryAll). */
  deletedOnly?: boolean;
}

/**
 * Many rows share one SystemModstamp (a bulk update stamps thousands at once), so the cursor is the pair and
 * the Id breaks ties: `(SystemModstamp > t) OR (SystemModstamp = t AND Id > id)`. SystemModstamp, unlike
 * LastModifiedDate, also moves on system changes (roll-ups, conversions) and is indexed.
 */
export function feedSoql(query: FeedQuery): string {
  const conditions: string[] = [];
  if (query.deletedOnly) conditions.push('IsDeleted = true');
  if (query.after) {
    const t = soqlDateTime(query.after.modifiedAt);
    conditions.push(`((SystemModstamp > ${t}) OR (SystemModstamp = ${t} AND Id > ${soqlId(query.after.id)}))`);
  }
  const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  return `SELECT ${query.fields.join(', ')} FROM ${query.sobject}${where} ORDER BY SystemModstamp, Id LIMIT ${query.window}`;
}
