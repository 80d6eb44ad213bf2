import type { Request } from 'express';

/** A query schema for a parameter sent at most once (the kit's; re-exported for the routes that read it from here). */

/**
 * A list parameter as HubSpot reads it: the SDK repeats the name (`?properties=a&properties=b`)
 * while the docs describe a comma-joined list (`?properties=a,b`); both forms, and a mix, work.
 */
export function listParam(req: Request, name: string): string[] | undefined {
  const raw = req.query[name];
  if (raw === undefined) return undefined;
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

export function stringParam(req: Request, name: string): string | undefined {
  const raw = req.query[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `archived=true` (any case) is true; anything else, or nothing, is false. */
export function booleanParam(req: Request, name: string): boolean {
  return stringParam(req, name)?.toLowerCase() === 'true';
}

/** An integer parameter, or `invalid` when present but not an integer. */
export function integerParam(req: Request, name: string): number | undefined | 'invalid' {
  const value = stringParam(req, name);
  if (value === undefined) return undefined;
  return /^-?\d+$/.test(value) ? Number(value) : 'invalid';
}
