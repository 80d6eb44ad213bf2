import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { SandboxReply } from '../../../../src/sandbox-kit/index.ts';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotObjectType } from '../object-types.ts';
import { resolveObjectType } from '../object-types.ts';
import type { HubspotErrorDetail } from '../error-bodies.ts';
import { hubspotError } from '../error-bodies.ts';
import type { PropertyIssue } from '../state/record-rules.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reply: SandboxReply };

/** One `errors[]` entry per zod issue, with `in` naming the field (or query parameter). */
function issueDetails(issues: z.ZodError['issues']): HubspotErrorDetail[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return {
      message: field ? `${field}: ${missing ? 'is required' : issue.message}` : issue.message,
      code: missing ? 'REQUIRED_FIELD' : 'INVALID_FIELD',
      ...(field ? { in: field } : {}),
    };
  });
}

/**
 * Parses a request body with a wire schema. A body the schema refuses is HubSpot's 400
 * VALIDATION_ERROR, one `errors[]` entry per problem, with `in` naming the field.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): Parsed<z.output<S>> {
  const parsed = schema.safeParse(body ?? undefined);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = issueDetails(parsed.error.issues);
  const first = errors[0]?.message ?? 'the body does not match the expected shape';
  return { ok: false, reply: hubspotError(400, 'VALIDATION_ERROR', `Invalid input JSON: ${first}`, { errors }) };
}

/**
 * Parses a query string with a schema. A refused parameter is a 400 VALIDATION_ERROR that names the
 * parameter, never "Invalid input JSON" (there was no JSON). The exact wording is [unconfirmed].
 */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): Parsed<z.output<S>> {
  const parsed = schema.safeParse(query ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = issueDetails(parsed.error.issues);
  const first = parsed.error.issues[0];
  const name = first?.path.map(String).join('.') || 'query';
  return { ok: false, reply: hubspotError(400, 'VALIDATION_ERROR', `Invalid query parameter ${name}: ${first?.message ?? 'not valid'}`, { errors }) };
}

/**
 * HubSpot's message for refused property values: a JSON list after "Property values were not valid: ",
 * as in https://developers.hubspot.com/docs/api-reference/error-handling#multi-status-errors.
 */
export function propertyIssuesMessage(issues: PropertyIssue[], portalId: number): string {
  const listed = issues.map((issue) => ({
    isValid: false, message: issue.message, error: issue.code, name: issue.name, localizedErrorMessage: issue.message, portalId,
  }));
  return `Property values were not valid: ${JSON.stringify(listed)}`;
}

export function propertyIssueDetails(issues: PropertyIssue[]): HubspotErrorDetail[] {
  return issues.map((issue) => ({ message: issue.message, code: issue.code, context: { propertyName: [issue.name] } }));
}

export function invalidPropertiesReply(issues: PropertyIssue[], portalId: number): SandboxReply {
  return hubspotError(400, 'VALIDATION_ERROR', propertyIssuesMessage(issues, portalId), { errors: propertyIssueDetails(issues) });
}

export function unknownObjectTypeReply(segment: string): SandboxReply {
  return hubspotError(400, 'VALIDATION_ERROR', `Unable to infer object type from: ${segment}`);
}

/** The object type a route's `:objectType` names, or undefined after answering HubSpot's 400 for an unknown one. */
export function objectTypeOf(req: Request, res: Response): HubspotObjectType | undefined {
  const segment = String(req.params.objectType);
  const type = resolveObjectType(segment);
  if (!type) sendReply(res, unknownObjectTypeReply(segment));
  return type;
}

export function recordNotFoundReply(id: string): SandboxReply {
  return hubspotError(404, 'OBJECT_NOT_FOUND', 'Object not found.  objectId are usually numeric.', { context: { id: [id] } });
}

/**
 * The duplicate-email answer many integrations parse `Existing ID: (\d+)` out of. Without an
 * existing id the value is claimed by another input of the same batch, not yet a record.
 */
export function conflictReply(type: string, existingId: string | undefined, property: string, value: string): SandboxReply {
  const message = existingId === undefined
    ? `Another input of this batch also sets ${property} to "${value}"; unique values cannot be shared.`
    : type === 'contacts' && property === 'email'
      ? `Contact already exists. Existing ID: ${existingId}`
      : `A ${type} record with ${property} "${value}" already exists. Existing ID: ${existingId}`;
  return hubspotError(409, 'CONFLICT', message);
}

export const BATCH_LIMIT = 100;

export function tooManyInputsReply(count: number, max: number = BATCH_LIMIT): SandboxReply {
  return hubspotError(400, 'VALIDATION_ERROR', `The maximum number of inputs supported in a batch request is ${max}. Please reduce the number of items and try again (got ${count}).`, {
    errors: [{ message: `inputs: at most ${max} inputs are allowed, got ${count}`, code: 'TOO_MANY_INPUTS', in: 'inputs' }],
  });
}
