import Bottleneck from 'bottleneck';

/** Runs one API call; a pacer may hold it back first. */
export type Pace = <T>(call: () => Promise<T>) => Promise<T>;

export const unpaced: Pace = (call) => call();

/**
 * Calls one at a time, starts at least windowMs / max apart plus a 2 ms margin for loopback jitter:
 * never more than `max` starts in any window, so a sliding-log limit like HubSpot's never answers 429.
 */
export function pacedFor(limit: { max: number; windowMs: number }): Pace {
  const limiter = new Bottleneck({ maxConcurrent: 1, minTime: limit.windowMs / limit.max + 2 });
  return (call) => limiter.schedule(call);
}
