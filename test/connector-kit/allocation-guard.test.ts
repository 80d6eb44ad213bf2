import { describe, expect, it } from 'vitest';
import { AllocationShareReachedError, allocationGuard } from '../../src/connector-kit/allocation-guard.ts';

// Bulk work takes at most a share of the org's rolling 24-hour API allocation (default 75 %).

function caught(run: () => void): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('allocation guard', () => {
  const guard = allocationGuard({});

  it('lets bulk work go on below the share, saying how many calls are left', () => {
    expect(() => guard.check({ used: 74_999, limit: 100_000 })).not.toThrow();
    expect(guard.remaining({ used: 74_000, limit: 100_000 })).toBe(1_000);
  });

  it('stops at exactly the share with the usage, the share and why', () => {
    const stopped = caught(() => guard.check({ used: 75_000, limit: 100_000 }));
    expect(stopped).toBeInstanceOf(AllocationShareReachedError);
    expect(stopped).toMatchObject({ used: 75_000, limit: 100_000, share: 0.75 });
    const message = (stopped as Error).message;
    expect(message).toContain('75,000 of 100,000');
    expect(message).toContain("the customer's other integrations keep working");
    expect(message).toContain('resumes when the rolling 24-hour usage drops below 75%');
    expect(guard.remaining({ used: 75_000, limit: 100_000 })).toBe(0);
  });

  it('stays stopped above the share, with no calls left', () => {
    expect(() => guard.check({ used: 99_000, limit: 100_000 })).toThrow(AllocationShareReachedError);
    expect(guard.remaining({ used: 99_000, limit: 100_000 })).toBe(0);
  });

  it('lets work start before the vendor has reported any usage', () => {
    expect(() => guard.check(undefined)).not.toThrow();
    expect(guard.remaining(undefined)).toBe(Number.POSITIVE_INFINITY);
  });

  it('takes another share', () => {
    const half = allocationGuard({ share: 0.5 });
    expect(half.share).toBe(0.5);
    expect(() => half.check({ used: 50, limit: 100 })).toThrow(AllocationShareReachedError);
    expect(half.remaining({ used: 10, limit: 100 })).toBe(40);
  });

  it('counts remaining calls the way check decides, where share × limit is not exact', () => {
    const odd = allocationGuard({ share: 0.29 });
    expect(odd.remaining({ used: 28, limit: 100 })).toBe(1);
    expect(() => odd.check({ used: 28, limit: 100 })).not.toThrow();
    expect(() => odd.check({ used: 29, limit: 100 })).toThrow(AllocationShareReachedError);
    expect(allocationGuard().remaining({ used: 7, limit: 10 })).toBe(1); // 7.5 → the 8th call stops
  });

  it('refuses a share outside (0, 1]', () => {
    expect(() => allocationGuard({ share: 0 })).toThrow(RangeError);
    expect(() => allocationGuard({ share: 1.5 })).toThrow(RangeError);
  });
});
