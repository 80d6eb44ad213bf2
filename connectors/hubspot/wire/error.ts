import { z } from 'zod';

// HubSpot's error bodies. https://developers.hubspot.com/docs/api-reference/error-handling
// "the fields ... should all be treated as optional in any error parsing", so every field is optional here.

export const HubspotErrorDetailWire = z.object({
  message: z.string().optional(),
  code: z.string().optional(),
  in: z.string().optional(),
  subCategory: z.string().optional(),
  context: z.record(z.string(), z.array(z.string())).optional(),
});

/** The body of a non-2xx answer (`Error` in the SDK). */
export const HubspotErrorWire = z.object({
  status: z.string().optional(),
  message: z.string().optional(),
  correlationId: z.string().optional(),
  category: z.string().optional(),
  subCategory: z.string().optional(),
  errors: z.array(HubspotErrorDetailWire).optional(),
  context: z.record(z.string(), z.array(z.string())).optional(),
  links: z.record(z.string(), z.string()).optional(),
  /** Only on 429s: TEN_SECONDLY_ROLLING, SECONDLY or DAILY. */
  policyName: z.string().optional(),
  errorType: z.string().optional(),
});
export type HubspotErrorWire = z.output<typeof HubspotErrorWire>;

/** One failed input inside a 207 multi-status batch answer (`StandardError`). */
export const HubspotStandardErrorWire = z.object({
  status: z.string(),
  category: z.string(),
  message: z.string(),
  id: z.string().optional(),
  subCategory: z.unknown().optional(),
  context: z.record(z.string(), z.array(z.string())).optional(),
  errors: z.array(HubspotErrorDetailWire).optional(),
  links: z.record(z.string(), z.string()).optional(),
});
export type HubspotStandardErrorWire = z.output<typeof HubspotStandardErrorWire>;
