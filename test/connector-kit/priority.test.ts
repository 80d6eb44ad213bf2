import Bottleneck from 'bottleneck';
import { describe, expect, it } from 'vitest';
import { VendorCallError, callWithRetry } from '../../src/connector-kit/index.ts';

const classify = (error: unknown) => new VendorCallError({ vendor: 'hubspot', kind: 'unknown', vendorMessage: String(error) });

describe('calls sharing one tenant limiter', () => {
  it('sends real-time work queued behind bulk work first', async () => {
    const limiter = new Bottleneck({ maxConcurrent: 1 });
    const order: string[] = [];
    let release!: () => void;
    let started!: () => void;
    const running = new Promise<void>((done) => { started = done; });
    const blocker = callWithRetry(() => new Promise<void>((done) => { release = done; started(); }), { classify, limiter });
    await running;
    const bulk = [1, 2, 3].map((n) => callWithRetry(async () => { order.push(`bulk ${n}`); }, { classify, limiter, priority: 7 }));
    const realTime = callWithRetry(async () => { order.push('webhook'); }, { classify, limiter, priority: 1 });
    // Bottleneck takes submissions asynchronously: wait until all four are queued behind the running call.
    while (limiter.counts().QUEUED < 4) await new Promise((done) => setImmediate(done));
    release();
    await Promise.all([blocker, ...bulk, realTime]);
    expect(order).toEqual(['webhook', 'bulk 1', 'bulk 2', 'bulk 3']);
  });
});
