import { Client } from '@hubspot/api-client';
import { listenSandboxes } from '../../src/sandbox-kit/index.ts';
import type { Clock, ListeningSandboxes, RunningSandbox } from '../../src/sandbox-kit/index.ts';
import type { DemoDataSet } from '../../src/demo/dataset.ts';
import { hubspotSandbox } from '../../connectors/hubspot/sandbox/app.ts';
import type { HubspotSandboxOptions, HubspotVendorSandbox } from '../../connectors/hubspot/sandbox/app.ts';
import type { HubspotSandboxSettingsInput } from '../../connectors/hubspot/sandbox/settings.ts';

export interface StartedHubspotSandbox {
  sandboxes: ListeningSandboxes;
  running: RunningSandbox;
  /** The sandbox with its state: `hubspot.state.records`, `hubspot.flushWebhooks()`. */
  hubspot: HubspotVendorSandbox;
  /** Where the SDK points: http://127.0.0.1:<port>/hubspot */
  baseUrl: string;
  /** The portal's ready access token (never expires, every scope). */
  token: string;
  /** The official SDK pointed at the sandbox; no limiter or retries (the SDK's decorators are process-wide). */
  client(token?: string): Client;
  close(): Promise<void>;
}

/** One HubSpot sandbox on 127.0.0.1 (any free port), for contract tests that drive the official SDK. */
export async function startHubspotSandbox(
  settings: HubspotSandboxSettingsInput = {},
  options: { seed?: DemoDataSet; clock?: Clock } & HubspotSandboxOptions = {},
): Promise<StartedHubspotSandbox> {
  const factory = hubspotSandbox(settings, { mergeKeepsPrimaryId: options.mergeKeepsPrimaryId });
  let hubspot: HubspotVendorSandbox | undefined;
  const sandboxes = await listenSandboxes({
    vendors: [{ vendor: 'hubspot', create: (ctx, opts) => (hubspot = factory(ctx, opts)) }],
    seed: options.seed,
    clock: options.clock,
  });
  const running = sandboxes.get('hubspot');
  const baseUrl = running.baseUrl();
  const token = running.sandbox.readyAccessToken();
  return {
    sandboxes,
    running,
    hubspot: hubspot!,
    baseUrl,
    token,
    client: (accessToken = token) => new Client({ accessToken, basePath: baseUrl }),
    close: () => sandboxes.close(),
  };
}

/** What the SDK throws for a non-success status: every API area has its own ApiException class, so match the shape. */
export interface SdkApiError {
  code: number;
  body: {
    status?: string; message: string; category: string; correlationId?: string; policyName?: string;
    errors?: Array<{ message: string; code?: string; in?: string; context?: Record<string, string[]> }>;
    context?: Record<string, string[]>;
  } & Record<string, unknown>;
  headers: Record<string, string>;
}

/** The ApiException a call rejects with (fails the test when it resolves or rejects with something else). */
export async function sdkError(call: Promise<unknown>): Promise<SdkApiError> {
  const outcome = await call.then(
    (value) => ({ resolved: value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected the call to fail, it answered ${JSON.stringify(outcome.resolved)}`);
  const { error } = outcome;
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'number' || !('body' in error)) throw error;
  return error as unknown as SdkApiError;
}

/** A raw wire answer as tests read it (records, result lists, error bodies); a field a given answer lacks is undefined. */
export interface WireAnswer {
  id: string;
  total: number;
  status: string;
  message: string;
  category: string;
  properties: Record<string, string | null>;
  results: WireAnswer[];
  errors: WireAnswer[];
  paging: { next: { after: string; link?: string } };
}

export async function wireJson(res: Response): Promise<WireAnswer> {
  return (await res.json()) as WireAnswer;
}
