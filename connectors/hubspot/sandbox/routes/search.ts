import express from 'express';
import type { Router } from 'express';
import type { SandboxReply } from '../../../../src/sandbox-kit/index.ts';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import type { HubspotObjectType } from '../object-types.ts';
import { OBJECT_TYPES, resolveObjectType } from '../object-types.ts';
import type { StoredRecord } from '../state/stored-record.ts';
import { ownValue } from '../state/stored-record.ts';
import { HubspotSearchRequest } from '../../wire/object-search.ts';
import type { HubspotSearchFilter } from '../../wire/object-search.ts';
import { hubspotError } from '../error-bodies.ts';
import { rawBodyLength } from '../request-body.ts';
import { objectTypeOf, parseBody } from './validation.ts';
import { renderRecord } from './record-wire.ts';
import type { FilterSubject } from './search-filters.ts';
import { compareBy, matchesGroups, matchesQuery } from './search-filters.ts';

// Limits from https://developers.hubspot.com/docs/api-reference/legacy/crm/search-the-crm#limits
const MAX_BODY_CHARACTERS = 3000;
const MAX_GROUPS = 5;
const MAX_FILTERS_PER_GROUP = 6;
const MAX_FILTERS = 18;
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 200;
const MAX_RESULTS = 10_000;

const invalid = (message: string): SandboxReply => hubspotError(400, 'VALIDATION_ERROR', message);

function checkFilters(deps: HubspotSandboxDeps, type: HubspotObjectType, groups: Array<{ filters: HubspotSearchFilter[] }>): SandboxReply | undefined {
  const total = groups.reduce((n, g) => n + g.filters.length, 0);
  if (groups.length > MAX_GROUPS || groups.some((g) => g.filters.length > MAX_FILTERS_PER_GROUP) || total > MAX_FILTERS) {
    return invalid(`Too many filters: at most ${MAX_GROUPS} filterGroups, ${MAX_FILTERS_PER_GROUP} filters per group and ${MAX_FILTERS} filters in total are allowed.`);
  }
  for (const { propertyName, operator, value, highValue, values } of groups.flatMap((g) => g.filters)) {
    if (propertyName.startsWith('associations.')) {
      if (!resolveObjectType(propertyName.slice('associations.'.length))) return invalid(`Unable to infer object type from: ${propertyName}`);
    } else if (!deps.state.properties.has(type, propertyName)) {
      return invalid(`There was a problem with the request: property ${propertyName} does not exist on ${type}.`);
    }
    const needsValue = !['HAS_PROPERTY', 'NOT_HAS_PROPERTY', 'IN', 'NOT_IN'].includes(operator);
    if (needsValue && value === undefined) return invalid(`Filter on ${propertyName} with operator ${operator} needs a value.`);
    if (operator === 'BETWEEN' && highValue === undefined) return invalid(`Filter on ${propertyName} with operator BETWEEN needs a highValue.`);
    if ((operator === 'IN' || operator === 'NOT_IN') && (values === undefined || values.length === 0)) {
      return invalid(`Filter on ${propertyName} with operator ${operator} needs values.`);
    }
  }
  return undefined;
}

function subjectOf(deps: HubspotSandboxDeps, record: StoredRecord): FilterSubject {
  return {
    value: (name) => ownValue(record.properties, name),
    typeOf: (name) => deps.state.properties.get(record.objectType, name)?.type,
    associatedIds: (segment) => {
      const toType = resolveObjectType(segment);
      return new Set(toType ? deps.state.associations.list(record.objectType, record.id, toType).map((a) => a.toId) : []);
    },
  };
}

/** POST /crm/v3/objects/{objectType}/search, mounted at /crm/v3/objects. Its own 5/s limit is applied in rate-limits.ts. */
export function searchRoutes(deps: HubspotSandboxDeps): Router {
  const router = express.Router();

  // POST /crm/v3/objects/{objectType}/search — https://developers.hubspot.com/docs/api-reference/crm-contacts-v3/search/post-crm-v3-objects-contacts-search
  router.post('/:objectType/search', (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    if (rawBodyLength(req) > MAX_BODY_CHARACTERS) {
      return sendReply(res, invalid(`The request body is ${rawBodyLength(req)} characters; search requests may be at most ${MAX_BODY_CHARACTERS}.`));
    }
    const parsed = parseBody(HubspotSearchRequest, req.body ?? {});
    if (!parsed.ok) return sendReply(res, parsed.reply);
    const request = parsed.value;
    const groups = [...request.filterGroups, ...(request.filters ? [{ filters: request.filters }] : [])];
    const badFilters = checkFilters(deps, type, groups);
    if (badFilters) return sendReply(res, badFilters);
    if (request.sorts.length > 1) return sendReply(res, invalid('Only one sort is supported.'));
    const limit = request.limit ?? DEFAULT_LIMIT;
    if (limit > MAX_LIMIT) return sendReply(res, invalid(`limit must be at most ${MAX_LIMIT}, got ${limit}.`));
    const offset = request.after ?? 0;
    // "The search endpoints are limited to 10,000 total results for any given query. Attempting to page beyond 10,000 will result in a 400 error."
    if (offset >= MAX_RESULTS) {
      return sendReply(res, invalid(`Paging past ${MAX_RESULTS} results is not supported: after=${offset}. Narrow the query (for example by hs_object_id or a date range) instead.`));
    }

    const info = OBJECT_TYPES[type];
    const matches: StoredRecord[] = [];
    for (const record of deps.state.records.scan(type)) {
      if (record.archivedAt !== null) continue;
      const subject = subjectOf(deps, record);
      if (matchesGroups(subject, groups) && matchesQuery(subject, request.query, info.queryProperties)) matches.push(record);
    }
    const sort = request.sorts[0];
    if (sort) {
      const sortType = deps.state.properties.get(type, sort.propertyName)?.type;
      matches.sort((a, b) => compareBy(ownValue(a.properties, sort.propertyName), ownValue(b.properties, sort.propertyName), sortType, sort.direction === 'DESCENDING'));
    } else {
      // Without sorts, results come back oldest-created first.
      matches.sort((a, b) => a.createdAt - b.createdAt || Number(a.id) - Number(b.id));
    }
    // A page never reaches past the cap, and the page that ends at it carries no cursor: every
    // `after` it could hand out would be refused. `total` still counts every match.
    const end = Math.min(offset + limit, MAX_RESULTS);
    const page = matches.slice(offset, end);
    const body: { total: number; results: unknown[]; paging?: unknown } = {
      total: matches.length,
      results: page.map((record) => renderRecord(deps.state, record, { properties: request.properties })),
    };
    if (end < matches.length && end < MAX_RESULTS) body.paging = { next: { after: String(end) } };
    res.status(200).json(body);
  });

  return router;
}
