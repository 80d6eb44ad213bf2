import { describe, expect, it } from 'vitest';
import { InvalidStateError, RecordNotFoundError } from '../../src/store/index.ts';
import { createTenant, manualClock, openMemoryStore } from './store-fixture.ts';

async function storeWithTenant() {
  const time = manualClock('2025-01-06T09:00:00.000Z');
  const store = await openMemoryStore({ clock: time.clock });
  const tenant = await createTenant(store);
  return { jobRuns: store.jobRuns, tenantId: tenant.id, ...time };
}

describe('job runs', () => {
  it('starts a run as running, with no finish time, summary or error', async () => {
    const { jobRuns, tenantId } = await storeWithTenant();
    const run = await jobRuns.start(tenantId, { jobName: 'weekly-hygiene', dryRun: true });
    expect(run).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      tenantId,
      jobName: 'weekly-hygiene',
      status: 'running',
      dryRun: true,
      startedAt: '2025-01-06T09:00:00.000Z',
      finishedAt: null,
      summary: null,
      error: null,
    });
    expect(await jobRuns.get(tenantId, run.id)).toEqual(run);
  });

  it('finishes a run with its outcome, summary and finish time', async () => {
    const { jobRuns, tenantId, advance } = await storeWithTenant();
    const run = await jobRuns.start(tenantId, { jobName: 'incremental-sync', dryRun: false });
    advance(90_000);
    const finished = await jobRuns.finish(tenantId, run.id, { status: 'succeeded', summary: { planned: 120, applied: 118 } });
    expect(finished).toMatchObject({
      status: 'succeeded', finishedAt: '2025-01-06T09:01:30.000Z', summary: { planned: 120, applied: 118 }, error: null,
    });
  });

  it('records the error text of a failed run', async () => {
    const { jobRuns, tenantId } = await storeWithTenant();
    const run = await jobRuns.start(tenantId, { jobName: 'incremental-sync', dryRun: false });
    const failed = await jobRuns.finish(tenantId, run.id, { status: 'failed', error: 'HubSpot 503 after 5 attempts' });
    expect(failed).toMatchObject({ status: 'failed', error: 'HubSpot 503 after 5 attempts', summary: null });
  });

  it('refuses to finish a run twice', async () => {
    const { jobRuns, tenantId } = await storeWithTenant();
    const run = await jobRuns.start(tenantId, { jobName: 'incremental-sync', dryRun: false });
    await jobRuns.finish(tenantId, run.id, { status: 'cancelled' });
    await expect(jobRuns.finish(tenantId, run.id, { status: 'succeeded' })).rejects.toBeInstanceOf(InvalidStateError);
    expect((await jobRuns.get(tenantId, run.id))?.status).toBe('cancelled');
  });

  it('refuses to finish a run that does not exist', async () => {
    const { jobRuns, tenantId } = await storeWithTenant();
    await expect(jobRuns.finish(tenantId, 'no-such-run', { status: 'succeeded' })).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('lists the most recent runs of one job, newest first, up to the limit', async () => {
    const { jobRuns, tenantId, advance } = await storeWithTenant();
    const ids: string[] = [];
    for (let n = 0; n < 4; n += 1) {
      ids.push((await jobRuns.start(tenantId, { jobName: 'incremental-sync', dryRun: false })).id);
      await jobRuns.start(tenantId, { jobName: 'weekly-hygiene', dryRun: false });
      advance(1000);
    }
    const recent = await jobRuns.listRecent(tenantId, 'incremental-sync', 3);
    expect(recent.map((run) => run.id)).toEqual([ids[3], ids[2], ids[1]]);
  });
});
