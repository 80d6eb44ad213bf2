import { afterEach, describe, expect, it } from 'vitest';
import type { PeopleSide } from '../../../src/connector-kit/people-side.ts';
import { totalCalls } from '../../../src/sync/engine/sync-result.ts';
import { hubspotByEmail, mirrorProblems, salesforceByEmail, startSyncHarness } from '../../support/sync-harness.ts';
import type { SyncHarness } from '../../support/sync-harness.ts';

// A sync that dies at the worst moment, and one whose vendors fail a steady share of calls: either
// way the systems end exactly right, with every person once on each side and linked once.

const pad = (n: number) => String(n).padStart(4, '0');
const leadEmail = (n: number) => `lead${pad(n)}@resilience.example.net`;
const lead = (n: number) => ({
  FirstName: `Lead${n}`, LastName: 'Person', Email: leadEmail(n), Company: `Company ${n % 13}`, Phone: `+1212555${pad(n)}`, ...(n % 3 === 0 ? { Title: 'Engineer' } : {}),
});

let h: SyncHarness;
afterEach(async () => { await h.close(); });

async function createLeads(count: number) {
  const all = Array.from({ length: count }, (_, i) => lead(i));
  for (let i = 0; i < all.length; i += 200) await h.sf.sobject('Lead').create(all.slice(i, i + 200));
}

/** HubSpot contacts already there for some leads, with names the CRM's will overwrite. */
async function createHubspotTwins(ns: readonly number[]) {
  for (let i = 0; i < ns.length; i += 100) {
    await h.hs.crm.contacts.batchApi.create({
      inputs: ns.slice(i, i + 100).map((n) => ({ properties: { email: leadEmail(n), firstname: `Old${n}`, ...(n % 3 === 0 ? {} : { jobtitle: 'Form title' }) }, associations: [] })),
    });
  }
}

/**
 * The marketing writer of a process that dies: the `after`th batch to finish is written to HubSpot and
 * then the process is gone, so neither it nor any batch still in flight is committed to the store,
 * and nothing more is sent. `restart` first lets the writes in flight land (as a dead process's would, or not).
 */
function crashAfterBatch(after: number) {
  const state = { armed: true, finished: 0, down: false, inFlight: new Set<Promise<unknown>>() };
  const decorate = (sides: { crm: PeopleSide; marketing: PeopleSide }) => {
    const inner = sides.marketing.writer;
    const write: PeopleSide['writer']['write'] = async (batch) => {
      if (!state.armed) return inner.write(batch);
      if (state.down) throw new Error('the process is gone');
      const sent = inner.write(batch);
      state.inFlight.add(sent);
      const outcome = await sent.finally(() => state.inFlight.delete(sent));
      state.finished += 1;
      if (state.finished >= after) state.down = true;
      if (state.down) throw new Error(`crashed after HubSpot wrote batch ${state.finished}, before the store commit`);
      return outcome;
    };
    return { ...sides, marketing: { ...sides.marketing, writer: { maxBatch: inner.maxBatch, write } } };
  };
  return {
    decorate,
    async restart() {
      await Promise.allSettled([...state.inFlight]);
      state.armed = false;
    },
  };
}

describe('a sync that crashes between a vendor write and its store commit', () => {
  it('ends exactly right when it is run again', async () => {
    const crash = crashAfterBatch(2);
    h = await startSyncHarness({ decorate: crash.decorate });
    await createLeads(450);
    await createHubspotTwins([0, 7, 150, 151, 299, 420]);

    await expect(h.sync({ mode: 'full' })).rejects.toThrow(/crashed after HubSpot wrote batch 2/);
    await crash.restart();
    // The worst moment: HubSpot holds a whole batch of contacts the store never heard of.
    const halfway = [...(await hubspotByEmail(h.hs)).values()].map((c) => c.id);
    const known = await h.store.idMap.lookupMany(h.tenant.id, 'contact', 'hubspot', halfway, 'salesforce');
    expect(halfway.length).toBeLessThan(450);
    expect(halfway.length - known.size).toBeGreaterThanOrEqual(100);
    const rerun = await h.sync({ mode: 'full' });

    expect(await mirrorProblems(h)).toEqual([]);
    expect((await hubspotByEmail(h.hs)).size).toBe(450);
    expect(rerun.applied.failed).toEqual({ crm: 0, marketing: 0 });
    expect((await h.sync({ mode: 'incremental' })).applied.calls).toEqual({ crm: 0, marketing: 0 });
  });
});

describe('vendors failing one call in ten (429 and 503 on HubSpot, 503 on Salesforce)', () => {
  type Vendor = 'crm' | 'marketing';
  const ledgerOf = (side: Vendor) => (side === 'crm' ? h.salesforceRunning : h.hubspotRunning).ctx.ledger;
  const failedCalls = (side: Vendor) => ledgerOf(side).byEndpoint().reduce((sum, e) => sum + (e.byStatus[429] ?? 0) + (e.byStatus[503] ?? 0), 0);
  const snapshot = () => ({ calls: { crm: ledgerOf('crm').count(), marketing: ledgerOf('marketing').count() }, failed: { crm: failedCalls('crm'), marketing: failedCalls('marketing') } });

  /** Fails one call in ten on both sandboxes until the test ends (fault counters run on across the runs). */
  function armFaults() {
    h.hubspotRunning.ctx.faults.inject({ kind: 'rate_limit', retryAfterSeconds: 0, times: 'always', every: 10 });
    h.hubspotRunning.ctx.faults.inject({ kind: 'server_error', status: 503, times: 'always', every: 10, after: 5 });
    // Salesforce has no 429: its rate_limit is REQUEST_LIMIT_EXCEEDED (the daily allocation), which no retry helps.
    h.salesforceRunning.ctx.faults.inject({ kind: 'server_error', status: 503, times: 'always', every: 10 });
  }

  /** A run and what the sandboxes answered meanwhile, per side. */
  async function measured<T>(run: () => Promise<T>) {
    const before = snapshot();
    const value = await run();
    const after = snapshot();
    const delta = (key: 'calls' | 'failed') => ({ crm: after[key].crm - before[key].crm, marketing: after[key].marketing - before[key].marketing });
    return { value, calls: delta('calls'), failed: delta('failed') };
  }

  /** What people do in each app's UI meanwhile: through the sandboxes' state, so the faults hit only the sync's calls. */
  async function editInTheApps(leads: Map<string, Record<string, unknown>>) {
    const idOf = (n: number) => String(leads.get(leadEmail(n))!.Id);
    for (let n = 0; n < 400; n += 9) h.salesforce.state.records.update(idOf(n), { LastName: `Renamed${n}` }, h.salesforce.state.adminUserId);
    for (let n = 4; n < 400; n += 11) {
      const twin = await h.store.idMap.lookup(h.tenant.id, 'contact', { system: 'salesforce', id: idOf(n) }, 'hubspot');
      h.hubspot.state.records.update('contacts', twin!, { phone: `+1646555${pad(n)}` }, { sourceType: 'CRM_UI' });
    }
  }

  it('ends exactly right after a full sync and an incremental sync with edits, every retry counted', async () => {
    // Small SOQL windows, so a few hundred people take enough Salesforce calls for one in ten to fail.
    h = await startSyncHarness({ salesforceWindow: 50 });
    await createLeads(400);
    await h.sf.sobject('Contact').create(Array.from({ length: 50 }, (_, i) => ({ FirstName: `Contact${i}`, LastName: 'Person', Email: `contact${pad(i)}@resilience.example.net` })));
    await createHubspotTwins(Array.from({ length: 60 }, (_, i) => i * 5));

    const leads = await salesforceByEmail(h.sf, 'Lead');
    armFaults();

    const full = await measured(() => h.sync({ mode: 'full' }));
    await editInTheApps(leads);
    const incremental = await measured(() => h.sync({ mode: 'incremental' }));

    h.hubspotRunning.ctx.faults.clear();
    h.salesforceRunning.ctx.faults.clear();
    expect(await mirrorProblems(h)).toEqual([]);
    const after = await salesforceByEmail(h.sf, 'Lead');
    expect(after.get(leadEmail(9))).toMatchObject({ LastName: 'Renamed9', Phone: '+12125550009' });
    expect(after.get(leadEmail(15))).toMatchObject({ LastName: 'Person', Phone: '+16465550015' });
    for (const run of [full, incremental]) {
      expect(run.value.applied.failed).toEqual({ crm: 0, marketing: 0 });
      expect({ crm: run.value.readCalls.crm + run.value.applied.calls.crm, marketing: run.value.readCalls.marketing + run.value.applied.calls.marketing }).toEqual(run.calls);
      expect(totalCalls(run.value)).toBe(run.calls.crm + run.calls.marketing);
    }
    expect(Math.min(full.failed.crm, full.failed.marketing, incremental.failed.crm, incremental.failed.marketing)).toBeGreaterThan(0);
  });
});
