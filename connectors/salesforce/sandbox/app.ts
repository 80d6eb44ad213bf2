import express from 'express';
import type { Router } from 'express';
import type { SandboxContext, VendorSandbox } from '../../../src/sandbox-kit/index.ts';
import { readyToken, requireBearer } from '../../../src/sandbox-kit/index.ts';
import type { DemoDataSet } from '../../../src/demo/dataset.ts';
import type { SalesforceSandboxDeps } from './deps.ts';
import { SalesforceSandboxSettings } from './settings.ts';
import type { SalesforceSandboxSettingsInput } from './settings.ts';
import { SalesforceSandboxState } from './state/index.ts';
import { salesforceErrorShapes } from './error-bodies.ts';
import { apiUsageMiddleware } from './limits.ts';
import { salesforceJsonBody } from './request-body.ts';
import { seedSalesforceState } from './seed.ts';
import { salesforceBenchControls } from './bench-controls.ts';
import { oauthRoutes } from './routes/oauth.ts';
import { soapRoutes } from './routes/soap.ts';
import { limitsRoutes } from './routes/limits.ts';
import { changeRoutes } from './routes/changes.ts';
import { queryRoutes } from './routes/query.ts';
import { sobjectDescribeRoutes } from './routes/sobject-describe.ts';
import { sobjectRecordRoutes } from './routes/sobject-records.ts';
import { sobjectUpsertRoutes } from './routes/sobject-upsert.ts';
import { collectionRoutes } from './routes/collections.ts';
import { collectionByTypeRoutes } from './routes/collections-by-type.ts';

type RouteFactory = (deps: SalesforceSandboxDeps) => Router;

// ── Mount list ────────────────────────────────────────────────────────────────────────────────
// Every factory serves absolute paths (/services/oauth2/…, /services/data/vXX.X/…) and is mounted at
// the sandbox root, in this order. Add a router here when its module lands.
//
// No REST session needed, not counted against the API allocation: OAuth and identity (auth), and
// SOAP (soap), whose session travels in the envelope and which counts its own calls.
const PUBLIC_ROUTES: RouteFactory[] = [oauthRoutes, soapRoutes];
// REST: a live session (401 INVALID_SESSION_ID otherwise), counted (Sforce-Limit-Info; 403
// REQUEST_LIMIT_EXCEEDED when spent). The updated/deleted feeds must come before the sObject rows,
// which would otherwise read `/sobjects/Lead/updated` as a record id.
const API_ROUTES: RouteFactory[] = [
  limitsRoutes, // auth: GET /limits
  changeRoutes, // auth: GET /sobjects/{Type}/updated, /deleted
  queryRoutes, // soql: GET /query, /queryAll, /query/{locator}
  sobjectDescribeRoutes,
  collectionRoutes,
  collectionByTypeRoutes,
  sobjectUpsertRoutes,
  sobjectRecordRoutes,
];
// ──────────────────────────────────────────────────────────────────────────────────────────────

/** The Salesforce sandbox with its state exposed, for tests and the embedded default. */
export interface SalesforceVendorSandbox extends VendorSandbox {
  readonly state: SalesforceSandboxState;
  readonly deps: SalesforceSandboxDeps;
}

export type SalesforceSandboxFactory = (ctx: SandboxContext, options: { seed?: DemoDataSet }) => SalesforceVendorSandbox;

export interface SalesforceSandboxOptions {
  /** False: an org without the product's metadata package (its custom fields are missing from describe). */
  customFields?: boolean;
}

/**
 * A simulated Salesforce org and its connected app, speaking Salesforce's REST, OAuth and SOAP wire
 * formats to jsforce unchanged. https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/
 */
export function salesforceSandbox(input: SalesforceSandboxSettingsInput = {}, options: SalesforceSandboxOptions = {}): SalesforceSandboxFactory {
  const settings = SalesforceSandboxSettings.parse(input);
  return (ctx, { seed }) => {
    const state = new SalesforceSandboxState({
      clock: ctx.clock, settings, customFields: options.customFields,
      onListenerError: (err) => ctx.log.error({ err }, 'salesforce record change listener failed'),
    });
    const deps: SalesforceSandboxDeps = { ctx, settings, state };
    let seeded: DemoDataSet | undefined = seed;
    if (seed) seedSalesforceState(deps, seed);

    const router = express.Router();
    for (const factory of PUBLIC_ROUTES) router.use(factory(deps));
    router.use(requireBearer(ctx, salesforceErrorShapes), apiUsageMiddleware(deps));
    router.use(...salesforceJsonBody());
    for (const factory of API_ROUTES) router.use(factory(deps));

    // The same token unless a fault expired it: then a fresh one.
    const readyAccessToken = readyToken(ctx, () => issueReadyToken(deps));
    return {
      vendor: ctx.vendor,
      router,
      errors: salesforceErrorShapes,
      // Under __sandbox/: the sync benchmark's seed, edits and check.
      controls: salesforceBenchControls(deps),
      state,
      deps,
      inspect: () => state.snapshot(),
      reset() {
        state.reset();
        if (seeded) seedSalesforceState(deps, seeded);
      },
      seed(data) {
        seeded = data;
        state.reset();
        seedSalesforceState(deps, data);
      },
      readyAccessToken,
      // The sandbox JSON line's `"salesforce":{"instanceUrl","accessToken"}` (jsforce's names).
      announce: () => ({ instanceUrl: ctx.baseUrl(), accessToken: readyAccessToken() }),
    };
  };
}

/** A session for the admin user that never expires (as an integration user's long-lived session would be). */
function issueReadyToken({ ctx, settings }: SalesforceSandboxDeps): string {
  return ctx.tokens.issue({
    subject: settings.orgId, scopes: ['api', 'refresh_token'], clientId: settings.clientId, ttlSeconds: null, withRefresh: false,
    metadata: { userId: settings.adminUser.id, username: settings.adminUser.username },
  }).accessToken;
}
