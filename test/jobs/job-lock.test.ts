import { describe, expect, it } from 'vitest';
import { JobAlreadyRunningError, JobLocks } from '../../src/jobs/job-lock.ts';

describe('job locks', () => {
  it('refuses a second run of the same job for the same tenant while the first runs', async () => {
    const locks = new JobLocks();
    let release!: () => void;
    const first = locks.run('t1', 'sync:contacts', () => new Promise<void>((done) => { release = done; }));
    await expect(locks.run('t1', 'sync:contacts', async () => 'second')).rejects.toBeInstanceOf(JobAlreadyRunningError);
    release();
    await first;
  });

  it('lets other tenants and other jobs run at the same time', async () => {
    const locks = new JobLocks();
    let release!: () => void;
    const first = locks.run('t1', 'sync:contacts', () => new Promise<void>((done) => { release = done; }));
    expect(await Promise.all([locks.run('t2', 'sync:contacts', async () => 'other tenant'), locks.run('t1', 'hygiene', async () => 'other job')]))
      .toEqual(['other tenant', 'other job']);
    release();
    await first;
  });

  it('frees the lock when the run fails', async () => {
    const locks = new JobLocks();
    await expect(locks.run('t1', 'sync:contacts', async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(locks.isRunning('t1', 'sync:contacts')).toBe(false);
  });
});
