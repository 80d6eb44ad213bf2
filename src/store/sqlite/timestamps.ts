/**
 * Normalises a caller's timestamp to the one text form the store writes (UTC, milliseconds, Z),
 * so stored timestamps compare correctly as text in SQL.
 */
export function toIsoTimestamp(value: string, field: string): string {
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw new Error(`${field} is not a valid timestamp: ${JSON.stringify(value)}`);
  return parsed.toISOString();
}
