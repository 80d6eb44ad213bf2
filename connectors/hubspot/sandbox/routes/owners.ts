// The Owners API v3 as the SDK's client.crm.owners.ownersApi calls it.
// https://developers.hubspot.com/docs/api-reference/legacy/crm/owners/guide
import express from 'express';
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import { hubspotError } from '../error-bodies.ts';
import type { HubspotOwner } from '../state/owners.ts';
import { isoOf } from '../state/stored-record.ts';
import { single } from '../../../../src/sandbox-kit/index.ts';
import { parseQuery } from './validation.ts';

const booleanText = single(z.enum(['true', 'false', 'TRUE', 'FALSE', 'True', 'False']).transform((v) => v.toLowerCase() === 'true')).optional();

const OwnerPageQuery = z.object({
  email: single(z.string()).optional(),
  after: single(z.string().regex(/^\d+$/, 'after must be the cursor of a previous page')).optional(),
  // The default page is 100 owners; larger limits are capped at 500.
  limit: single(z.coerce.number().int().min(1)).default(100).transform((n) => Math.min(n, 500)),
  archived: booleanText,
});

const OwnerByIdQuery = z.object({
  idProperty: single(z.enum(['id', 'userId'])).default('id'),
  archived: booleanText,
});

export function ownerJson(owner: HubspotOwner) {
  return {
    id: owner.id,
    ...(owner.email !== null ? { email: owner.email } : {}),
    type: owner.type,
    firstName: owner.firstName,
    lastName: owner.lastName,
    ...(owner.userId !== null ? { userId: owner.userId } : {}),
    ...(owner.userIdIncludingInactive !== null ? { userIdIncludingInactive: owner.userIdIncludingInactive } : {}),
    createdAt: isoOf(owner.createdAt),
    updatedAt: isoOf(owner.updatedAt),
    archived: owner.archived,
    teams: owner.teams.map((t) => ({ ...t })),
  };
}

/** The Owners API, mounted at the API root behind app.ts's Bearer check. */
export function ownerRoutes(deps: HubspotSandboxDeps): Router {
  const { ctx, state } = deps;
  const router = express.Router();

  // GET /crm/v3/owners/?email=&after=&limit=&archived= — the SDK calls the path with a trailing slash.
  // https://developers.hubspot.com/docs/api-reference/legacy/crm/owners/get-crm-v3-owners
  const listOwners = (req: Request, res: Response) => {
    const query = parseQuery(OwnerPageQuery, req.query);
    if (!query.ok) return sendReply(res, query.reply);
    const { email, after, limit, archived } = query.value;
    const page = state.owners.page({ email, after, limit, archived });
    const results = page.results.map(ownerJson);
    if (page.nextAfter === undefined) return void res.json({ results });
    const link = new URL(`${ctx.baseUrl()}/crm/v3/owners/`);
    link.searchParams.set('after', page.nextAfter);
    link.searchParams.set('limit', String(limit));
    if (email !== undefined) link.searchParams.set('email', email);
    if (archived) link.searchParams.set('archived', 'true');
    res.json({ results, paging: { next: { after: page.nextAfter, link: link.toString() } } });
  };
  // Express's non-strict routing serves `/crm/v3/owners` and `/crm/v3/owners/` from this one route.
  router.get('/crm/v3/owners', listOwners);

  // GET /crm/v3/owners/{ownerId}?idProperty=id|userId&archived=
  // https://developers.hubspot.com/docs/api-reference/legacy/crm/owners/get-crm-v3-owners-ownerId
  router.get('/crm/v3/owners/:ownerId', (req, res) => {
    const query = parseQuery(OwnerByIdQuery, req.query);
    if (!query.ok) return sendReply(res, query.reply);
    const ownerId = String(req.params.ownerId);
    const owner = state.owners.get(ownerId, { by: query.value.idProperty, archived: query.value.archived });
    if (!owner) {
      return sendReply(res, hubspotError(404, 'OBJECT_NOT_FOUND', `Owner with ${query.value.idProperty} ${ownerId} not found`, {
        context: { [query.value.idProperty]: [ownerId] },
      }));
    }
    res.json(ownerJson(owner));
  });

  return router;
}
