import type { z } from 'zod';
import { HubspotObjectWire } from '../wire/object-record.ts';

// What the object maps share: parsing a wire record at the edge, reading its property strings, and an
// error that names the record and the field that does not fit. Pure.

/** A HubSpot record that could not be read as a canonical record. */
export class HubspotRecordError extends Error {
  readonly recordId: string | undefined;
  readonly field: string;

  constructor(recordId: string | undefined, field: string, problem: string, objectName = 'contact') {
    super(`HubSpot ${objectName} ${recordId ?? '(no id)'}: ${field}: ${problem}`);
    this.name = 'HubspotRecordError';
    this.recordId = recordId;
    this.field = field;
  }
}

export const present = (value: string | null | undefined): string | undefined => (value === null || value === undefined || value.trim() === '' ? undefined : value.trim());

export function firstIssue(error: z.ZodError): { field: string; problem: string } {
  const issue = error.issues[0];
  return { field: issue && issue.path.length > 0 ? issue.path.join('.') : '(record)', problem: issue?.message ?? 'invalid' };
}

/** The wire record, or HubspotRecordError naming the record and the field that does not fit. */
export function parseWire(wire: unknown, objectName: string): HubspotObjectWire {
  const parsed = HubspotObjectWire.safeParse(wire);
  if (parsed.success) return parsed.data;
  const idOf = typeof wire === 'object' && wire !== null && 'id' in wire ? String(wire.id) : undefined;
  const { field, problem } = firstIssue(parsed.error);
  throw new HubspotRecordError(idOf, field, problem, objectName);
}

/** A canonical candidate through its schema, or HubspotRecordError naming the field. */
export function parseCanonical<S extends z.ZodType>(schema: S, candidate: unknown, id: string, objectName: string): z.output<S> {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const { field, problem } = firstIssue(parsed.error);
  throw new HubspotRecordError(id, field, problem, objectName);
}

/** A number property's text as a number; undefined when absent or not a number. */
export function numberOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** A date or datetime property (ISO text or epoch milliseconds) as the UTC calendar day, `2025-03-31`. */
export function dayOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const at = /^-?\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isNaN(at) ? undefined : new Date(at).toISOString().slice(0, 10);
}

/** A date or datetime property as an ISO instant. */
export function instantOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const at = /^-?\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isNaN(at) ? undefined : new Date(at).toISOString();
}

/** Collects property values to write, leaving out what the record lacks (an absent field never clears HubSpot's). */
export function propertyWriter(): { properties: Record<string, string>; put(name: string, value: string | number | undefined): void } {
  const properties: Record<string, string> = {};
  return {
    properties,
    put(name, value) {
      if (value !== undefined) properties[name] = String(value);
    },
  };
}
