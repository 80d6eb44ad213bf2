import type { SQLOutputValue } from 'node:sqlite';

/** A row as node:sqlite returns it. Readers below check each column's type instead of casting. */
export type SqliteRow = Record<string, SQLOutputValue>;

export function textColumn(row: SqliteRow, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw columnTypeError(column, 'text', value);
  return value;
}

export function nullableTextColumn(row: SqliteRow, column: string): string | null {
  const value = row[column];
  if (value === null) return null;
  if (typeof value !== 'string') throw columnTypeError(column, 'text or null', value);
  return value;
}

export function integerColumn(row: SqliteRow, column: string): number {
  const value = row[column];
  if (typeof value !== 'number' || !Number.isInteger(value)) throw columnTypeError(column, 'integer', value);
  return value;
}

/** A JSON text column, parsed; the caller names the shape it stored there. */
export function jsonColumn<T>(row: SqliteRow, column: string): T {
  return JSON.parse(textColumn(row, column)) as T;
}

/** A JSON text column that may be SQL NULL (stored for "no value"). */
export function nullableJsonColumn<T>(row: SqliteRow, column: string): T | null {
  const text = nullableTextColumn(row, column);
  return text === null ? null : (JSON.parse(text) as T);
}

function columnTypeError(column: string, expected: string, value: SQLOutputValue | undefined): Error {
  const actual = value === undefined ? 'missing' : value === null ? 'null' : typeof value;
  return new Error(`Column ${column}: expected ${expected}, got ${actual}`);
}
