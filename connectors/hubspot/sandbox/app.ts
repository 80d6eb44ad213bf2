import express from 'express';
import type { Router } from 'express';
import type { SandboxContext, VendorSandbox } from '../../../src/sandbox-kit/index.ts';
import { readyToken, requireBearer } from '../../../src/sandbox-kit/index.ts';
import type { DemoDataSet } from '../../../src/demo/dataset.ts';
import type { HubspotSandboxDeps } from './deps.ts';
import { hubspotErrorShapes } from './error-bodies.ts';
import { HubspotSandboxSettings } from './settings.ts';
import type { HubspotSandboxSettingsInput } from './settings.ts';
import { HubspotSandboxState } from './state/index.ts';
import { hubspotRateLimits } from './rate-limits.ts';
import { hubspotJsonBody } from './request-body.ts';
import { seedHubspotState } from './seed.ts';
import { hubspotControls } from './controls.ts';
import { ALL_SCOPES } from './scopes.ts';
import { objectRoutes } from './routes/objects.ts';
import { batchRoutes } from './routes/batch.ts';
import { searchRoutes } from './routes/search.ts';
import { mergeRoutes } from './routes/merge.ts';
import { associationRoutes } from './routes/associations.ts';
import { associationBatchRoutes } from './routes/associations-batch.ts';
import { oauthRoutes } from './routes/oauth.ts';
import { ownerRoutes } from './routes/owners.ts';
import { pipelineRoutes } from './routes/pipelines.ts';
import { propertyRoutes } from './routes/properties.ts';
import { webhookRoutes } from './routes/webhooks.ts';
import { communicationPreferencesV3Routes } from './routes/communication-preferences-v3.ts';
import { communicationPreferencesV4Routes } from './routes/communication-preferences-v4.ts';
import { flagContactsOfOptedOutAddresses } from './email-opt-outs.ts';
import { startWebhookDelivery } from './webhook-delivery.ts';

type RouteFactory = (deps: HubspotSandboxDeps) => Router;

// ── Mount list ────────────────────────────────────────────────────────────────────────────────
// Routes that take no Bearer token (OAuth token endpoints; the webhook-settings API, which uses the
// developer's own credentials). They are not counted against the portal's rate limit either.
const PUBLIC_ROUTES: RouteFactory[] = [oauthRoutes, webhookRoutes];
// API routes: each call needs a live access token and counts against the portal's limits.
// Paths are the SDK's (v3/v4); every module below serves paths relative to the API root.
const API_ROUTES: Array<[mountPath: string, factory: RouteFactory]> = [
  ['/crm/v3/objects', searchRoutes],
  ['/crm/v3/objects', batchRoutes],
  ['/crm/v3/objects', mergeRoutes],
  ['/crm/v3/objects', objectRoutes],
  ['/crm/v4/objects', associationRoutes],
  ['/crm/v4/associations', associationBatchRoutes],
  ['/', ownerRoutes],
  ['/', pipelineRoutes],
  ['/', propertyRoutes],
  ['/', communicationPreferencesV3Routes],
  ['/', communicationPreferencesV4Routes],
];
// ──────────────────────────────────────────────────────────────────────────────────────────────

/** The HubSpot sandbox with its state exposed, for tests and the embedded default. */
export interface HubspotVendorSandbox extends VendorSandbox {
  readonly state: HubspotSandboxState;
  readonly deps: HubspotSandboxDeps;
  /** Delivers every webhook event queued so far (tests call this instead of waiting). */
  flushWebhooks(): Promise<void>;
}

export type HubspotSandboxFactory = (ctx: SandboxContext, options: { seed?: DemoDataSet }) => HubspotVendorSandbox;

export interface HubspotSandboxOptions {
  /** HubSpot's "primary ID preservation" beta: a merge keeps the primary's id instead of issuing a new one. */
  mergeKeepsPrimaryId?: boolean;
}

/**
 * A simulated HubSpot portal with one installed app, speaking HubSpot's wire format to the
 * official HubSpot Node SDK unchanged. https://developers.hubspot.com/docs/api-reference/overview
 */
export function hubspotSandbox(input: HubspotSandboxSettingsInput = {}, options: HubspotSandboxOptions = {}): HubspotSandboxFactory {
  const settings = HubspotSandboxSettings.parse(input);
  return (ctx, { seed }) => {
    const state = new HubspotSandboxState({
      clock: ctx.clock, mergeKeepsPrimaryId: options.mergeKeepsPrimaryId,
      onListenerError: (err) => ctx.log.error({ err }, 'hubspot record change listener failed'),
    });
    const deps: HubspotSandboxDeps = { ctx, settings, state };
    const limits = hubspotRateLimits(deps);
    let seeded: DemoDataSet | undefined = seed;
    if (seed) seedHubspotState(state, seed);
    const delivery = startWebhookDelivery(deps);
    // After delivery subscribes, so a contact's opt-out flag is announced after the write that caused it.
    flagContactsOfOptedOutAddresses(deps);

    const router = express.Router();
    router.use(...hubspotJsonBody());
    for (const factory of PUBLIC_ROUTES) router.use(factory(deps));
    router.use(requireBearer(ctx, hubspotErrorShapes), limits.middleware);
    for (const [mountPath, factory] of API_ROUTES) router.use(mountPath, factory(deps));

    // Still the same token unless a fault expired it: then a fresh one, as a private app's would be.
    const readyAccessToken = readyToken(ctx, () => issueReadyToken(deps));
    return {
      vendor: ctx.vendor,
      router,
      errors: hubspotErrorShapes,
      controls: hubspotControls(deps, () => delivery.flush()),
      state,
      deps,
      inspect: () => state.snapshot(),
      reset() {
        state.reset();
        limits.reset();
        delivery.clear();
        if (seeded) seedHubspotState(state, seeded);
      },
      seed(data) {
        seeded = data;
        delivery.clear();
        state.reset();
        seedHubspotState(state, data);
      },
      readyAccessToken,
      flushWebhooks: () => delivery.flush(),
      close: () => delivery.stop(),
    };
  };
}

/** A token for the portal that never expires and carries every scope (like a private app's). */
function issueReadyToken({ ctx, settings }: HubspotSandboxDeps): string {
  return ctx.tokens.issue({
    subject: String(settings.portalId), scopes: [...ALL_SCOPES], clientId: settings.clientId, ttlSeconds: null, withRefresh: false,
    metadata: { user: settings.installingUser.email, userId: settings.installingUser.userId, hubDomain: settings.hubDomain, appId: settings.appId },
  }).accessToken;
}
