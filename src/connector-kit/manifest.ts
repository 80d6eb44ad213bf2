import { z } from 'zod';

export const VendorId = z.enum(['hubspot', 'salesforce', 'calendly', 'clearbit', 'apollo']);
export type VendorId = z.infer<typeof VendorId>;

/**
 * A vendor's facts as data: where it lives, how it authorises, how much it takes per call and how
 * fast. Every vendor folder has one `manifest.ts`; code reads limits from here instead of literals.
 */
export const ConnectorManifest = z
  .object({
    vendor: VendorId,
    displayName: z.string().min(1),
    role: z.array(z.enum(['crm', 'marketing_automation', 'enrichment', 'scheduling'])).min(1),
    apiBaseUrl: z.string().url(),
    apiVersion: z.string().min(1),
    oauth: z
      .object({
        authorizeUrl: z.string().url(),
        tokenPath: z.string().startsWith('/'),
        scopes: z.array(z.string().min(1)),
        optionalScopes: z.array(z.string().min(1)).default([]),
        pkce: z.boolean(),
        rotatesRefreshTokens: z.boolean(),
      })
      .strict()
      .optional(),
    limits: z
      .object({
        /** Most records one batch write takes. */
        batchWrite: z.number().int().positive(),
        /** Most records one page of a list or search returns. */
        pageSize: z.number().int().positive(),
        /** The burst budget per account: `max` calls in `windowMs` (vendors that meter bursts). */
        burst: z.object({ max: z.number().int().positive(), windowMs: z.number().int().positive() }).strict().optional(),
        /** Calls allowed per rolling 24 hours (vendors that meter a daily allocation). */
        daily: z.number().int().positive().optional(),
        /** Requests that may run at once per account (Salesforce: 25 long-running). */
        concurrent: z.number().int().positive().optional(),
      })
      .strict(),
    docs: z.string().url(),
  })
  .strict();
export type ConnectorManifest = z.input<typeof ConnectorManifest>;
