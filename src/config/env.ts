import { z } from 'zod';

const hex64 = /^[0-9a-fA-F]{64}$/;
const port = z.coerce.number().int().min(0, 'must be a port number 0-65535').max(65535, 'must be a port number 0-65535');
const optionalText = z.string().trim().min(1).optional();

/**
 * Every setting the app reads from the environment (and .env). Parsed once at start-up; a bad
 * value stops start-up with a message naming the variable and what it expects.
 */
export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: port.default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    /** The URL admins and vendors reach the app on (OAuth redirect URIs, webhook targets). */
    PUBLIC_URL: z.string().url('must be a URL such as https://revops.example.com').optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** 32 bytes as 64 hex characters; required once real credentials are configured. */
    TOKEN_ENCRYPTION_KEY: z.string().regex(hex64, 'must be 32 bytes as 64 hex characters (openssl rand -hex 32)').optional(),
    /** Keys used before the current one, comma-separated: tokens they sealed still open and are resealed at start-up. */
    TOKEN_ENCRYPTION_KEYS_PREVIOUS: z
      .string()
      .transform((value) => value.split(',').map((key) => key.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(hex64, 'each key must be 32 bytes as 64 hex characters, separated by commas')))
      .default([]),
    /** Sandbox controls (`/__sandbox`: tokens, state, faults) answer loopback callers only, unless opened. */
    SANDBOX_CONTROLS: z.enum(['loopback', 'open']).default('loopback'),
    HUBSPOT_CLIENT_ID: optionalText,
    HUBSPOT_CLIENT_SECRET: optionalText,
    SALESFORCE_CLIENT_ID: optionalText,
    SALESFORCE_CLIENT_SECRET: optionalText,
    /** Number of demo contacts the embedded sandboxes are seeded with. */
    SANDBOX_SEED_SIZE: z.coerce.number().int('must be a whole number').min(0).max(20_000, 'at most 20000 in the embedded default; larger sets are for benchmarks').default(1000),
    /** Latency each sandbox adds to every call, to feel like the internet. */
    SANDBOX_LATENCY_MS: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .superRefine((env, ctx) => {
    for (const vendor of ['HUBSPOT', 'SALESFORCE'] as const) {
      const id = env[`${vendor}_CLIENT_ID`];
      const secret = env[`${vendor}_CLIENT_SECRET`];
      if (!id !== !secret) {
        ctx.addIssue({
          code: 'custom',
          path: [id ? `${vendor}_CLIENT_SECRET` : `${vendor}_CLIENT_ID`],
          message: `set both ${vendor}_CLIENT_ID and ${vendor}_CLIENT_SECRET, or neither (sandbox mode)`,
        });
      }
    }
    const live = Boolean(env.HUBSPOT_CLIENT_ID || env.SALESFORCE_CLIENT_ID);
    if (live && !env.TOKEN_ENCRYPTION_KEY) {
      ctx.addIssue({ code: 'custom', path: ['TOKEN_ENCRYPTION_KEY'], message: 'is required when vendor credentials are configured (openssl rand -hex 32)' });
    }
    if (live && !env.PUBLIC_URL) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'is required when vendor credentials are configured: OAuth redirect URIs are built from it' });
    }
  });

export type Env = z.output<typeof EnvSchema>;

/** Sandbox mode: no vendor credentials at all, so every vendor is the local simulator. */
export function isSandboxMode(env: Env): boolean {
  return !env.HUBSPOT_CLIENT_ID && !env.SALESFORCE_CLIENT_ID;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(source: string, problems: string[]) {
    super(`Invalid ${source}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Parses the environment, or throws a ConfigError listing every bad variable with what it expects. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings in .env files mean "not set", as most tools treat them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = issue.path.join('.') || 'environment';
    const given = issue.path.length === 1 && typeof issue.path[0] === 'string' ? cleaned[issue.path[0]] : undefined;
    const secret = /SECRET|KEY|TOKEN/.test(name);
    const shown = given === undefined ? '' : secret ? ' (value hidden)' : ` (got "${given}")`;
    return `${name}: ${issue.message}${shown}`;
  });
  throw new ConfigError('environment', problems);
}
