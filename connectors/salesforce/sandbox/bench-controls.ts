// Salesforce-only controls for `npm run bench:sync` under `/salesforce/__sandbox/bench/`: seed the
// benchmark's people as Leads straight into the org (as an import: no API calls, no change events),
// edit 1% of them as a rep would, and compare every Lead with the state the sync should have left.
// People are Leads, not Contacts: a Lead carries its company as a field (Contacts need Accounts),
// and a person arriving from marketing is a Lead until sales converts them.
import express from 'express';
import type { Request, Response, Router } from 'express';
import { parseControl } from '../../../src/sandbox-kit/index.ts';
import {
  BenchCheckRequest, BenchCheckTally, BenchEditRequest, BenchSeedRequest, SeenPeople, benchIndexOf, benchPerson, crmFirstName, editedInCrm,
} from '../../../src/sandbox-kit/bench-people.ts';
import type { SalesforceSandboxDeps } from './deps.ts';

const DAY_MS = 86_400_000;

export function salesforceBenchControls(deps: SalesforceSandboxDeps): Router {
  const { state, ctx } = deps;
  const router = express.Router();

  // POST bench/people {size}: an org holding exactly the benchmark's N people as Leads, created a month ago, one ms apart.
  router.post('/bench/people', (req: Request, res: Response) => {
    const body = parseControl(BenchSeedRequest, req.body, res);
    if (!body) return;
    state.reset();
    const admin = state.adminUserId;
    const start = ctx.clock.now() - 30 * DAY_MS;
    state.records.seeding(() => {
      for (let i = 0; i < body.size; i++) {
        const p = benchPerson(i);
        const values = { FirstName: p.firstName, LastName: p.lastName, Email: p.email, Company: p.company, Title: p.title, LeadSource: 'Web' };
        state.records.insert('Lead', values, admin, { system: true, at: start + i });
      }
    });
    res.json({ leads: body.size });
  });

  // POST bench/edits {round}: a rep renames 1% of the people (first names are crm_wins: they go to marketing).
  router.post('/bench/edits', (req: Request, res: Response) => {
    const body = parseControl(BenchEditRequest, req.body, res);
    if (!body) return;
    const edits: Array<[string, number]> = [];
    for (const lead of state.records.all('Lead')) {
      const i = benchIndexOf(lead.fields.Email);
      if (i !== undefined && editedInCrm(i)) edits.push([lead.Id, i]);
    }
    for (const [id, i] of edits) state.records.update(id, { FirstName: crmFirstName(i, body.round) }, state.adminUserId);
    res.json({ edited: edits.length });
  });

  // GET bench/check?size=N&round=r: every Lead against the people after r synced edit rounds; no Contacts.
  router.get('/bench/check', (req: Request, res: Response) => {
    const query = parseControl(BenchCheckRequest, req.query, res);
    if (!query) return;
    const tally = new BenchCheckTally();
    const seen = new SeenPeople(query.size, tally);
    for (const lead of state.records.all('Lead')) {
      tally.checked += 1;
      const where = `Lead ${lead.Id}`;
      const i = seen.take(where, lead.fields.Email);
      if (i === undefined) continue;
      const p = benchPerson(i, query.round);
      const f = lead.fields;
      tally.field(where, 'FirstName', f.FirstName, p.firstName);
      tally.field(where, 'LastName', f.LastName, p.lastName);
      tally.field(where, 'Company', f.Company, p.company);
      tally.field(where, 'Title', f.Title, p.title);
      tally.field(where, 'Phone', f.Phone, p.phone);
      tally.field(where, 'LeadSource', f.LeadSource, 'Web');
    }
    seen.missing('salesforce');
    const contacts = state.records.count('Contact');
    if (contacts > 0) tally.problem(`salesforce holds ${contacts} Contacts; the benchmark's people are all Leads`);
    res.json(tally.result());
  });

  return router;
}
