import { describe, expect, it } from 'vitest';
import { ManualClock, RateWindow } from '../../src/sandbox-kit/index.ts';

describe('rate window (sliding log)', () => {
  const window = (limit = 3, windowMs = 10_000) => {
    const clock = new ManualClock(0);
    return { clock, rate: new RateWindow({ limit, windowMs, clock }) };
  };

  it('allows exactly the limit within one window', () => {
    const { rate } = window(3);
    expect([1, 2, 3, 4].map(() => rate.take('portal').allowed)).toEqual([true, true, true, false]);
  });

  it('counts down the remaining calls', () => {
    const { rate } = window(3);
    expect([rate.take('p').remaining, rate.take('p').remaining, rate.take('p').remaining]).toEqual([2, 1, 0]);
  });

  it('says how long until the oldest call leaves the window', () => {
    const { clock, rate } = window(2, 10_000);
    rate.take('p');
    clock.advance(4_000);
    rate.take('p');
    expect(rate.take('p').retryInMs).toBe(6_000);
  });

  it('slides: a call is allowed again once the oldest one is windowMs old', () => {
    const { clock, rate } = window(2, 10_000);
    rate.take('p');
    clock.advance(5_000);
    rate.take('p');
    clock.advance(4_999);
    expect(rate.take('p').allowed).toBe(false);
    clock.advance(1);
    expect(rate.take('p').allowed).toBe(true);
  });

  it('never admits more than the limit in any window, unlike a fixed window at its edge', () => {
    const { clock, rate } = window(10, 10_000);
    clock.set(9_000);
    for (let i = 0; i < 10; i++) rate.take('p');
    clock.set(10_500); // a fixed window would have reset at 10 000 and admitted 10 more
    expect(rate.take('p').allowed).toBe(false);
  });

  it('keeps one budget per key', () => {
    const { rate } = window(1);
    expect([rate.take('a').allowed, rate.take('b').allowed, rate.take('a').allowed]).toEqual([true, true, false]);
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => new RateWindow({ limit: 0, windowMs: 1000, clock: new ManualClock() })).toThrow(/positive integer/);
  });
});
