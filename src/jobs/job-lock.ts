// No two runs of one job for one tenant overlap: a scheduled run that finds the previous one still
// going is skipped (and says so), never queued behind it. Embedded mode runs one process, so the lock
// lives here; the Redis deployment puts the same interface on a lease.

export class JobAlreadyRunningError extends Error {
  readonly tenantId: string;
  readonly jobName: string;

  constructor(tenantId: string, jobName: string) {
    super(`${jobName} is already running for tenant ${tenantId}; this run was skipped`);
    this.name = 'JobAlreadyRunningError';
    this.tenantId = tenantId;
    this.jobName = jobName;
  }
}

export class JobLocks {
  private readonly held = new Set<string>();

  /** Runs `work` holding the (tenant, job) lock; throws JobAlreadyRunningError when another run holds it. */
  async run<T>(tenantId: string, jobName: string, work: () => Promise<T>): Promise<T> {
    const key = `${tenantId}\u0000${jobName}`;
    if (this.held.has(key)) throw new JobAlreadyRunningError(tenantId, jobName);
    this.held.add(key);
    try {
      return await work();
    } finally {
      this.held.delete(key);
    }
  }

  isRunning(tenantId: string, jobName: string): boolean {
    return this.held.has(`${tenantId}\u0000${jobName}`);
  }
}
