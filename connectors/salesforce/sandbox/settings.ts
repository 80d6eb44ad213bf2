import { z } from 'zod';
import { to18 } from './ids.ts';

/** An 18-character Salesforce id with a given key prefix and a correct checksum suffix. */
const idWithPrefix = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}[a-zA-Z0-9]{15}$`), `an 18-character id starting ${prefix}`)
    .refine((id) => to18(id) === id, 'the last three characters must be the id\'s checksum');

/** How one simulated Salesforce org and its connected app (External Client App) behave. */
export const SalesforceSandboxSettings = z
  .object({
    /** The org's 18-character id (key prefix 00D); access tokens start with its 15-character form and `!`. */
    orgId: idWithPrefix('00D').default('00D5e000000RevOEAS'),
    /** The instance (pod) the org lives on; its two characters after the prefix appear in every record id. */
    instanceName: z.string().regex(/^[A-Z]{2,4}\d{1,3}$/).default('NA5'),
    /** The two characters after the key prefix in every id the org mints (its pod), e.g. 00Q5e…. */
    podId: z.string().regex(/^[a-zA-Z0-9]{2}$/).default('5e'),
    /** The My Domain name, as in https://{myDomain}.my.salesforce.com. */
    myDomain: z.string().min(1).default('demo-revops'),
    /** The admin user every ready token acts as, and the default record owner. */
    adminUser: z
      .object({
        id: idWithPrefix('005'),
        username: z.string().min(3),
        email: z.string().email(),
        firstName: z.string(),
        lastName: z.string().min(1),
      })
      .default({
        id: '0055e0000000001AAA', username: 'admin@demo-revops.example', email: 'admin@demo-revops.example',
        firstName: 'Sandbox', lastName: 'Admin',
      }),
    /** The connected app's consumer key and secret. */
    clientId: z.string().min(1).default('sandbox-salesforce-consumer-key'),
    clientSecret: z.string().min(1).default('sandbox-salesforce-consumer-secret'),
    /** The connected app's callback URLs: when set, an authorize or token call with any other redirect_uri is refused (redirect_uri_mismatch). Unset: any http(s) URL. */
    callbackUrls: z.array(z.string().url()).min(1).optional(),
    /** The rolling 24-hour API allocation (Enterprise Edition: 100,000 + 1,000 per licence). */
    apiDailyLimit: z.number().int().positive().default(100_000),
    /** Session timeout: an access token dies this long after issue (Salesforce default 2 h). */
    sessionTtlSeconds: z.number().int().positive().default(7200),
    /** Refresh-token rotation, as an External Client App can require. */
    rotateRefreshTokens: z.boolean().default(false),
    /** The optional duplicate rule: a Lead or Contact with an existing one's email is refused (DUPLICATES_DETECTED). */
    duplicateRule: z.object({ enabled: z.boolean().default(false) }).default({ enabled: false }),
    /** Rows per query page (Salesforce's default and maximum: 2,000). */
    queryBatchSize: z.number().int().min(1).max(2000).default(2000),
  })
  .strict();
export type SalesforceSandboxSettings = z.output<typeof SalesforceSandboxSettings>;
export type SalesforceSandboxSettingsInput = z.input<typeof SalesforceSandboxSettings>;
