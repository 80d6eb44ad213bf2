// Salesforce's date and datetime text, read and written in one place: the SOQL literals, the values a
// save accepts, Event times and the replication windows all parse with these.
// Written: datetimes as `2024-01-15T10:30:00.000+0000`, dates as `2024-01-15` (UTC).
// Read: `YYYY-MM-DD`, and `YYYY-MM-DDThh:mm[:ss[.sss]]` with `Z`, `±hh:mm` or `±hhmm` (seconds required
// where the caller says so, as SOQL literals do); every part is range-checked (no 2024-02-30, no 24:00).

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_TEXT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

/** Salesforce's datetime wire form: `2024-01-15T10:30:00.000+0000`. */
export function sfDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/** Salesforce's date wire form: `2024-01-15`. */
export function sfDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Midnight UTC of a `YYYY-MM-DD` date; undefined when it is not one (2024-02-30 included). */
export function parseSfDate(text: string): number | undefined {
  const m = DATE_TEXT.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? ms : undefined;
}

/** The instant of a datetime with its zone offset applied; undefined when it is not one or a part is out of range. */
export function parseSfDateTime(text: string, options: { requireSeconds?: boolean } = {}): number | undefined {
  const m = DATETIME_TEXT.exec(text);
  if (!m || (options.requireSeconds && m[4] === undefined)) return undefined;
  const day = parseSfDate(m[1] as string);
  const [h, mi, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  const offsetH = Number(m[8] ?? 0);
  const offsetM = Number(m[9] ?? 0);
  if (day === undefined || h > 23 || mi > 59 || s > 59 || offsetH > 23 || offsetM > 59) return undefined;
  const millis = Number((m[5] ?? '0').padEnd(3, '0'));
  const offsetMin = m[6] === 'Z' ? 0 : (m[7] === '-' ? -1 : 1) * (offsetH * 60 + offsetM);
  return day + ((h * 60 + mi) * 60 + s) * 1000 + millis - offsetMin * 60_000;
}
