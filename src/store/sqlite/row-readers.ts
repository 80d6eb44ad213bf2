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

function columnTypeError(column: string, expected: string, value: SQLOutputValue | undefined): Error {
  const actual = value === undefined ? 'missing' : value === null ? 'null' : typeof value;
  return new Error(`Column ${column}: expected ${expected}, got ${actual}`);
}
