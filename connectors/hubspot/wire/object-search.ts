import { z } from 'zod';
import { HubspotObjectWire } from './object-record.ts';

// POST /crm/v3/objects/{objectType}/search
// https://developers.hubspot.com/docs/api-reference/legacy/crm/search-the-crm

export const HUBSPOT_FILTER_OPERATORS = [
  'EQ', 'NEQ', 'LT', 'LTE', 'GT', 'GTE', 'BETWEEN', 'IN', 'NOT_IN',
  'HAS_PROPERTY', 'NOT_HAS_PROPERTY', 'CONTAINS_TOKEN', 'NOT_CONTAINS_TOKEN',
] as const;
export const HubspotFilterOperator = z.enum(HUBSPOT_FILTER_OPERATORS);
export type HubspotFilterOperator = z.output<typeof HubspotFilterOperator>;

/** Filter values are strings on the wire; numbers and booleans are taken as their text. */
const filterValue = z.union([z.string(), z.number(), z.boolean()]).transform(String);

export const HubspotSearchFilter = z.object({
  propertyName: z.string().min(1),
  operator: HubspotFilterOperator,
  value: filterValue.optional(),
  highValue: filterValue.optional(),
  values: z.array(filterValue).optional(),
});
export type HubspotSearchFilter = z.output<typeof HubspotSearchFilter>;

/**
 * One sort. The SDK model types `sorts` as `string[]` but passes objects through unchanged, so both
 * `"createdate"` (ascending) and `{propertyName, direction}` arrive.
 */
export const HubspotSearchSort = z.union([
  z.string().min(1).transform((propertyName) => ({ propertyName, direction: 'ASCENDING' as const })),
  z.object({ propertyName: z.string().min(1), direction: z.enum(['ASCENDING', 'DESCENDING']).default('ASCENDING') }),
]);
export type HubspotSearchSort = z.output<typeof HubspotSearchSort>;

/** `PublicObjectSearchRequest`; `after` is an integer offset sent as a string. */
export const HubspotSearchRequest = z.object({
  filterGroups: z.array(z.object({ filters: z.array(HubspotSearchFilter) })).default([]),
  /** The docs' association example sends bare `filters` without a group; HubSpot treats them as one group. */
  filters: z.array(HubspotSearchFilter).optional(),
  sorts: z.array(HubspotSearchSort).default([]),
  query: z.string().optional(),
  properties: z.array(z.string()).optional(),
  /** 1 to 200 (the route answers the over-200 case); 0 would page in place forever. */
  limit: z.number().int().min(1, 'limit must be at least 1').optional(),
  after: z.union([z.string().regex(/^\d+$/, 'after must be an integer offset'), z.number().int().nonnegative()]).transform(Number).optional(),
});
export type HubspotSearchRequest = z.output<typeof HubspotSearchRequest>;

/** `CollectionResponseWithTotalSimplePublicObjectForwardPaging`: `paging.next.after` only while more results exist. */
export const HubspotSearchResponseWire = z.object({
  total: z.number().int(),
  results: z.array(HubspotObjectWire),
  paging: z.object({ next: z.object({ after: z.string(), link: z.string().optional() }) }).optional(),
});
export type HubspotSearchResponseWire = z.output<typeof HubspotSearchResponseWire>;
