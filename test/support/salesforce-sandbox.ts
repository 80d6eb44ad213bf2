import jsforce from 'jsforce';
import type { Connection } from 'jsforce';
import { listenSandboxes } from '../../src/sandbox-kit/index.ts';
import type { Clock, ListeningSandboxes, RunningSandbox } from '../../src/sandbox-kit/index.ts';
import type { DemoDataSet } from '../../src/demo/dataset.ts';
import { salesforceSandbox } from '../../connectors/salesforce/sandbox/app.ts';
import type { SalesforceSandboxOptions, SalesforceVendorSandbox } from '../../connectors/salesforce/sandbox/app.ts';
import type { SalesforceSandboxSettingsInput } from '../../connectors/salesforce/sandbox/settings.ts';
import { SalesforceSandboxSettings } from '../../connectors/salesforce/sandbox/settings.ts';

/** The REST version every test pins (jsforce's default is 50.0). */
export const API_VERSION = '62.0';
/** Where the connected app sends users back to after consent (only compared, never called). */
export const REDIRECT_URI = 'http://localhost:3000/oauth/salesforce/callback';

export interface StartedSalesforceSandbox {
  sandboxes: ListeningSandboxes;
  running: RunningSandbox;
  /** The sandbox with its state: `salesforce.state.records`, `salesforce.state.schema`. */
  salesforce: SalesforceVendorSandbox;
  /** Where jsforce points (login and instance alike): http://127.0.0.1:<port>/salesforce */
  instanceUrl: string;
  /** The admin user's ready session (never expires). */
  token: string;
  /** The connected app's consumer key and secret. */
  clientId: string;
  clientSecret: string;
  /** jsforce pointed at the sandbox: version 62.0, the ready token unless given another, oauth2 set for refresh. */
  connection(options?: { accessToken?: string; refreshToken?: string; version?: string }): Connection;
  close(): Promise<void>;
}

/** One Salesforce sandbox on 127.0.0.1 (any free port), for contract tests that drive jsforce unchanged. */
export async function startSalesforceSandbox(
  settings: SalesforceSandboxSettingsInput = {},
  options: { seed?: DemoDataSet; clock?: Clock } & SalesforceSandboxOptions = {},
): Promise<StartedSalesforceSandbox> {
  const factory = salesforceSandbox(settings, { customFields: options.customFields });
  const { clientId, clientSecret } = SalesforceSandboxSettings.parse(settings);
  let salesforce: SalesforceVendorSandbox | undefined;
  const sandboxes = await listenSandboxes({
    vendors: [{ vendor: 'salesforce', create: (ctx, opts) => (salesforce = factory(ctx, opts)) }],
    seed: options.seed,
    clock: options.clock,
  });
  const running = sandboxes.get('salesforce');
  const instanceUrl = running.baseUrl();
  const token = running.sandbox.readyAccessToken();
  return {
    sandboxes,
    running,
    salesforce: salesforce!,
    instanceUrl,
    token,
    clientId,
    clientSecret,
    connection: (opts = {}) => new jsforce.Connection({
      instanceUrl,
      version: opts.version ?? API_VERSION,
      accessToken: opts.accessToken ?? token,
      ...(opts.refreshToken ? { refreshToken: opts.refreshToken } : {}),
      oauth2: { clientId, clientSecret, redirectUri: REDIRECT_URI, loginUrl: instanceUrl },
    }),
    close: () => sandboxes.close(),
  };
}

/**
 * What jsforce rejects with for a Salesforce error answer: an Error named after the error code. REST
 * errors carry `errorCode` (and `data`, the body); OAuth errors (`invalid_grant`…) only the name.
 */
export interface JsforceApiError extends Error {
  errorCode?: string;
  data?: unknown;
}

/**
 * The error a jsforce call rejects with (REST, SOAP, OAuth, or jsforce's own "Unable to refresh session");
 * fails the test when the call resolves or rejects with something that is not an Error.
 */
export async function jsforceError(call: PromiseLike<unknown>): Promise<JsforceApiError> {
  const outcome = await Promise.resolve(call).then((value) => ({ resolved: value }), (error: unknown) => ({ error }));
  if (!('error' in outcome)) throw new Error(`expected the call to fail, it answered ${JSON.stringify(outcome.resolved)}`);
  const { error } = outcome;
  if (!(error instanceof Error)) throw error;
  return error;
}
