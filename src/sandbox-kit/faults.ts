import { z } from 'zod';

const Match = z
  .object({
    method: z.string().transform((m) => m.toUpperCase()).optional(),
    /** A prefix of the path under the vendor's base URL, e.g. `/crm/v3/objects/contacts/batch`. */
    path: z.string().startsWith('/').optional(),
  })
  .strict();

const Common = {
  match: Match.optional(),
  /** How many matching calls to fault; 'always' until cleared. */
  times: z.union([z.number().int().positive(), z.literal('always')]).default(1),
  /** Let this many matching calls through first (fail "the third page"). */
  after: z.number().int().nonnegative().default(0),
  /** Fault only every Nth matching call after `after` (10 = a steady 10% of calls), deterministically. */
  every: z.number().int().min(1).default(1),
};

/** What a test or an operator can ask a sandbox to do wrong. Validated: controls are an edge too. */
export const FaultSpec = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rate_limit'), retryAfterSeconds: z.number().nonnegative().optional(), ...Common }).strict(),
  z.object({ kind: z.literal('server_error'), status: z.number().int().min(500).max(599).default(503), ...Common }).strict(),
  z.object({
    kind: z.literal('status'),
    status: z.number().int().min(400).max(599),
    headers: z.record(z.string(), z.string()).optional(),
    body: z.unknown().optional(),
    ...Common,
  }).strict(),
  z.object({ kind: z.literal('latency'), ms: z.number().int().nonnegative().max(120_000), ...Common }).strict(),
  z.object({ kind: z.literal('drop'), ...Common }).strict(),
  z.object({ kind: z.literal('timeout'), holdMs: z.number().int().positive().max(300_000).default(30_000), ...Common }).strict(),
  z.object({ kind: z.literal('expire_tokens') }).strict(),
]);
export type FaultSpec = z.output<typeof FaultSpec>;
export type FaultSpecInput = z.input<typeof FaultSpec>;
export type RequestFault = Exclude<FaultSpec, { kind: 'expire_tokens' }>;

interface ArmedFault {
  id: number;
  spec: RequestFault;
  skipped: number;
  fired: number;
  /** Matching calls seen since `after` was used up, for `every`. */
  seen: number;
}

/**
 * Faults waiting for matching requests. The kit's middleware asks `take()` for each call;
 * `expire_tokens` acts at once through the token store instead of waiting for a request.
 */
export class FaultInjector {
  private armed: ArmedFault[] = [];
  private nextId = 1;
  private defaultLatencyMs = 0;
  private configuredLatencyMs = 0;
  private readonly onExpireTokens: () => void;

  constructor(options: { onExpireTokens: () => void }) {
    this.onExpireTokens = options.onExpireTokens;
  }

  /** Arms a fault (parsed with FaultSpec, so bad control input fails with a zod error). */
  inject(input: FaultSpecInput): number {
    const spec = FaultSpec.parse(input);
    if (spec.kind === 'expire_tokens') {
      this.onExpireTokens();
      return 0;
    }
    const id = this.nextId++;
    this.armed.push({ id, spec, skipped: 0, fired: 0, seen: 0 });
    return id;
  }

  /** The fault this request should suffer, if any; counts it as fired. */
  take(method: string, path: string): RequestFault | undefined {
    for (const fault of this.armed) {
      if (!matches(fault.spec, method, path)) continue;
      if (fault.skipped < fault.spec.after) {
        fault.skipped += 1;
        continue;
      }
      fault.seen += 1;
      if (fault.seen % fault.spec.every !== 0) continue;
      fault.fired += 1;
      if (fault.spec.times !== 'always' && fault.fired >= fault.spec.times) {
        this.armed = this.armed.filter((f) => f !== fault);
      }
      return fault.spec;
    }
    return undefined;
  }

  /** The latency every call gets; `configured` marks the host's setting, which a reset returns to. */
  setDefaultLatency(ms: number, options: { configured?: boolean } = {}): void {
    this.defaultLatencyMs = Math.max(0, ms);
    if (options.configured) this.configuredLatencyMs = this.defaultLatencyMs;
  }

  restoreDefaultLatency(): void {
    this.defaultLatencyMs = this.configuredLatencyMs;
  }

  defaultLatency(): number {
    return this.defaultLatencyMs;
  }

  list(): Array<{ id: number; spec: RequestFault; fired: number }> {
    return this.armed.map(({ id, spec, fired }) => ({ id, spec, fired }));
  }

  clear(): void {
    this.armed = [];
  }
}

function matches(spec: RequestFault, method: string, path: string): boolean {
  if (spec.match?.method && spec.match.method !== method.toUpperCase()) return false;
  if (spec.match?.path && !path.startsWith(spec.match.path)) return false;
  return true;
}
