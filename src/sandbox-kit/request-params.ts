import express from 'express';
import type { RequestHandler } from 'express';
import { z } from 'zod';

/** A query or form field sent at most once: a repeated one (`?a=1&a=2`) counts with its first value. */
export const single = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (Array.isArray(v) ? v[0] : v), schema);

/** An optional text field, the usual `single` in OAuth forms and queries. */
export const singleText = single(z.string().optional());

/** Parses `application/x-www-form-urlencoded` bodies (OAuth forms) into flat string fields. */
export function formBody(limit = '16kb'): RequestHandler {
  return express.urlencoded({ extended: false, limit });
}
