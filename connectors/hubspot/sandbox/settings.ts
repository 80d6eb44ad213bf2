import { z } from 'zod';

/** How one simulated HubSpot account (portal) and its installed app behave. Defaults = a public OAuth app. */
export const HubspotSandboxSettings = z
  .object({
    portalId: z.number().int().positive().default(62515001),
    hubDomain: z.string().default('demo-revops.hubspot.local'),
    appId: z.number().int().positive().default(4107001),
    /** What the consent screen calls the app. */
    appName: z.string().min(1).default('RevOps Connector'),
    /** The developer account's key, which the webhooks settings API takes as `hapikey` instead of an OAuth token. */
    developerApiKey: z.string().min(1).default('sandbox-hubspot-developer-api-key'),
    clientId: z.string().default('sandbox-hubspot-client-id'),
    clientSecret: z.string().default('sandbox-hubspot-client-secret'),
    /** The app's registered redirect URLs: when set, an authorize or token call with any other redirect_uri is refused. Unset: any http(s) URL. */
    callbackUrls: z.array(z.string().url()).min(1).optional(),
    installingUser: z.object({ email: z.string(), userId: z.number().int() }).default({ email: 'admin@demo-revops.example', userId: 9000001 }),
    /** 110 per 10 s per installing account for a public app; private-app tiers 100/190/250. */
    rateLimit: z.object({ max: z.number().int().positive(), windowMs: z.number().int().positive() }).default({ max: 110, windowMs: 10_000 }),
    /** The search endpoints' own limit: 5 per second per account. */
    searchPerSecond: z.number().int().positive().default(5),
    /** Benchmarks only: both rate windows run this many times faster (110 per 10 s / K, search 5 per 1 s / K). */
    timeScale: z.number().min(1).max(1000).default(1),
    /** Access tokens from the OAuth flow last 30 minutes. */
    accessTokenTtlSeconds: z.number().int().positive().default(1800),
    /** Where app webhooks are delivered (the app's single target URL); none until set. */
    webhookTargetUrl: z.string().url().optional(),
    /** Up to 100 events per delivery. */
    webhookBatchSize: z.number().int().min(1).max(100).default(100),
  })
  .strict();
export type HubspotSandboxSettings = z.output<typeof HubspotSandboxSettings>;
export type HubspotSandboxSettingsInput = z.input<typeof HubspotSandboxSettings>;
