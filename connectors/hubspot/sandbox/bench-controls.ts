// HubSpot-only controls for `npm run bench:sync` under `/hubspot/__sandbox/bench/`: seed 30% of the
// benchmark's people as contacts imported before the sync was installed (same email as in the CRM,
// unlinked, a stale first name), edit 1% of the contacts as a marketer would, and compare every
// contact with the state the sync should have left. No API call, so no rate limit, at any size.
import express from 'express';
import type { Request, Response, Router } from 'express';
import { parseControl } from '../../../src/sandbox-kit/index.ts';
import {
  BenchCheckRequest, BenchCheckTally, BenchEditRequest, BenchSeedRequest, SeenPeople, benchIndexOf, benchPerson, editedInMarketing, inMarketing,
  marketingPhone, staleFirstName,
} from '../../../src/sandbox-kit/bench-people.ts';
import type { HubspotSandboxDeps } from './deps.ts';

const DAY_MS = 86_400_000;
const IMPORT = { sourceType: 'IMPORT' };

export function hubspotBenchControls(deps: HubspotSandboxDeps): Router {
  const { state, ctx } = deps;
  const router = express.Router();

  // POST bench/people {size}: a portal holding the 30% of the N people marketing already knows, and nothing else.
  router.post('/bench/people', (req: Request, res: Response) => {
    const body = parseControl(BenchSeedRequest, req.body, res);
    if (!body) return;
    state.reset();
    const start = ctx.clock.now() - 30 * DAY_MS;
    let contacts = 0;
    for (let i = 0; i < body.size; i++) {
      if (!inMarketing(i)) continue;
      const p = benchPerson(i);
      const at = start + i;
      state.records.create('contacts', { email: p.email, firstname: staleFirstName(i), lastname: p.lastName }, IMPORT, { createdAt: at, updatedAt: at, silent: true });
      contacts += 1;
    }
    res.json({ contacts });
  });

  // POST bench/edits {round}: a marketer sets the phone of 1% of the contacts (most_recent_wins: it goes to the CRM).
  router.post('/bench/edits', (req: Request, res: Response) => {
    const body = parseControl(BenchEditRequest, req.body, res);
    if (!body) return;
    const edits: Array<[string, string]> = [];
    for (const contact of state.records.scan('contacts')) {
      const i = benchIndexOf(contact.properties.email);
      const phone = i === undefined || contact.archivedAt !== null || !editedInMarketing(i) ? null : marketingPhone(i, body.round);
      if (phone !== null) edits.push([contact.id, phone]);
    }
    for (const [id, phone] of edits) state.records.update('contacts', id, { phone }, { sourceType: 'CRM_UI' });
    res.json({ edited: edits.length });
  });

  // GET bench/check?size=N&round=r: every contact against the people after r synced edit rounds. The
  // contacts marketing had before are still the imported records (matched by email, not created again).
  router.get('/bench/check', (req: Request, res: Response) => {
    const query = parseControl(BenchCheckRequest, req.query, res);
    if (!query) return;
    const tally = new BenchCheckTally();
    const seen = new SeenPeople(query.size, tally);
    for (const contact of state.records.scan('contacts')) {
      tally.checked += 1;
      const where = `contact ${contact.id}`;
      if (contact.archivedAt !== null) {
        tally.problem(`${where} is archived`);
        continue;
      }
      const i = seen.take(where, contact.properties.email);
      if (i === undefined) continue;
      const p = benchPerson(i, query.round);
      const values = contact.properties;
      tally.field(where, 'firstname', values.firstname, p.firstName);
      tally.field(where, 'lastname', values.lastname, p.lastName);
      tally.field(where, 'company', values.company, p.company);
      tally.field(where, 'jobtitle', values.jobtitle, p.title);
      tally.field(where, 'phone', values.phone, p.phone);
      const imported = contact.createdBy.sourceType === IMPORT.sourceType;
      if (imported !== inMarketing(i)) tally.problem(`${where}: ${p.email} was ${imported ? 'imported, but marketing never had it' : 'created by the sync, but marketing had it already'}`);
    }
    seen.missing('hubspot');
    res.json(tally.result());
  });

  return router;
}
