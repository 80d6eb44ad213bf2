import type { JsonValue, Row } from './types.ts';

export interface Column {
  key: string;
  header: string;
  format: (value: JsonValue | undefined, row: Row) => string;
  align?: 'left' | 'right';
}

/** A markdown table with padded columns, readable in a terminal and pasteable into docs. */
export function renderTable(columns: readonly Column[], rows: readonly Row[]): string {
  const cells = rows.map((row) => columns.map((column) => column.format(row[column.key], row)));
  const widths = columns.map((column, i) => Math.max(column.header.length, 3, ...cells.map((line) => line[i]!.length)));
  const pad = (text: string, i: number) => (columns[i]!.align === 'left' ? text.padEnd(widths[i]!) : text.padStart(widths[i]!));
  const line = (parts: string[]) => `| ${parts.join(' | ')} |`;
  const rule = widths.map((width, i) => (columns[i]!.align === 'left' ? `:${'-'.repeat(width - 1)}` : `${'-'.repeat(width - 1)}:`));
  return [line(columns.map((column, i) => pad(column.header, i))), line(rule), ...cells.map((parts) => line(parts.map(pad)))].join('\n');
}
