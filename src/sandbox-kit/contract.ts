import type { Router, Request } from 'express';
import type { Logger } from '../logging/logger.ts';
import type { CallLedger } from './ledger.ts';
import type { FaultInjector } from './faults.ts';
import type { TokenStore } from './tokens.ts';
import type { Clock } from './clock.ts';
import type { DemoDataSet } from '../demo/dataset.ts';

/**
 * What the sandbox kit gives every vendor simulator. A vendor folder's `sandbox/` builds its wire
 * routes from this and nothing vendor-neutral of its own: call counting, faults, tokens, time and
 * hosting are written once here.
 */
export interface SandboxContext {
  readonly vendor: string;
  readonly ledger: CallLedger;
  readonly faults: FaultInjector;
  readonly tokens: TokenStore;
  readonly clock: Clock;
  readonly log: Logger;
  /** The base URL the vendor's routes answer on (known once the host listens), e.g. http://127.0.0.1:4020/hubspot */
  baseUrl(): string;
}

/** A reply the kit sends on the vendor's behalf (faults, auth failures), shaped as the vendor shapes errors. */
export interface SandboxReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** How a vendor shapes the error replies that the kit's faults and checks produce. */
export interface VendorErrorShapes {
  /** An injected or real rate-limit refusal. */
  rateLimited(info: { req: Request; retryAfterSeconds?: number }): SandboxReply;
  /** An injected 5xx. */
  serverError(info: { req: Request; status: number }): SandboxReply;
  /** A missing, unknown, revoked or expired access token. */
  unauthorized(info: { req: Request; reason: 'missing' | 'unknown' | 'expired' | 'revoked' }): SandboxReply;
  /** A request the vendor would refuse as malformed (unparseable JSON, wrong content type). */
  badRequest(info: { req: Request; message: string }): SandboxReply;
  /** A path the vendor does not serve. */
  notFound(info: { req: Request }): SandboxReply;
}

/** One running vendor simulator, as the host mounts it. */
export interface VendorSandbox {
  readonly vendor: string;
  /** The vendor's own paths (mounted at the vendor's base URL). */
  readonly router: Router;
  readonly errors: VendorErrorShapes;
  /** Vendor-specific controls (e.g. "a prospect books a meeting"), mounted under `__sandbox/`. */
  readonly controls?: Router;
  /** A JSON-serialisable snapshot of the whole state, for tests and `GET __sandbox/state`. */
  inspect(): unknown;
  /** Back to the state right after seeding. */
  reset(): void;
  /** Replace the state with one seeded from this data set. */
  seed(data: DemoDataSet): void;
  /** A ready credential for scripts and the embedded default (an access token that does not expire). */
  readyAccessToken(): string;
  /**
   * What `revops sandbox` prints for this vendor on its JSON line; by default `{ baseUrl, accessToken }`.
   * Salesforce clients want `instanceUrl` instead, as jsforce names it.
   */
  announce?(): Record<string, string>;
  /** Stops background work (webhook senders, timers) when the host shuts down. */
  close?(): void;
}

export type VendorSandboxFactory = (ctx: SandboxContext, options: { seed?: DemoDataSet }) => VendorSandbox;

/** The path prefix of kit controls under each vendor's base URL; no real vendor has it. */
export const CONTROL_PREFIX = '/__sandbox';
