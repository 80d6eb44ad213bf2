// mappings/sync.yaml: which system is the CRM and which is marketing automation, which records sync,
// when a marketing contact is handed to the CRM, and how often the incremental sync runs. Read once
// at start-up; every problem is named by file and line.
import { readFileSync } from 'node:fs';
import cron from 'node-cron';
import { z } from 'zod';
import { LIFECYCLE_STAGES } from '../core/canonical/lifecycle-stage.ts';
import { ConfigError } from './env.ts';
import { parseYamlWithLines, pathText } from './yaml-locator.ts';

export const SYNC_SETTINGS_FILE = 'mappings/sync.yaml';

const Crm = z.enum(['salesforce', 'hubspot']);
const Domain = z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a domain such as example.com');

export const SyncSettingsSchema = z.strictObject({
  roles: z.strictObject({
    crm: Crm,
    /** The marketing automation system; the same as the CRM when HubSpot is both. */
    marketing: z.enum(['hubspot']),
  }),
  schedule: z.strictObject({
    /** A node-cron expression for the incremental sync; "off" runs it only by hand. */
    incremental: z.string().trim().refine((value) => value === 'off' || cron.validate(value), 'must be a cron expression such as "*/15 * * * *", or off')
      .default('*/15 * * * *'),
  }).prefault({}),
  contacts: z.strictObject({
    include: z.strictObject({
      /** People without an email cannot be matched across systems; leaving them out is the default. */
      requireEmail: z.boolean().default(true),
      excludeEmailDomains: z.array(Domain).default([]),
    }).prefault({}),
    handOff: z.strictObject({
      /** A marketing contact in one of these stages becomes a CRM lead. Empty: nothing is handed off. */
      lifecycleStages: z.array(z.enum(LIFECYCLE_STAGES)).default([]),
      /** The lead is created only when these canonical fields have values (Salesforce requires lastName and companyName). */
      requireFields: z.array(z.enum(['email', 'firstName', 'lastName', 'companyName', 'phone', 'title'])).default(['email', 'lastName', 'companyName']),
    }).prefault({}),
  }).prefault({}),
  /** Bulk work stops when the CRM's rolling daily API allocation reaches this share. */
  bulkAllocationShare: z.number().gt(0).max(1).default(0.75),
});
export type SyncSettings = z.infer<typeof SyncSettingsSchema>;

/** Parses sync.yaml text; throws a ConfigError listing every problem as `file:line: path: message`. */
export function parseSyncSettings(file: string, source: string): SyncSettings {
  const { doc, locator, errors } = parseYamlWithLines(source);
  if (errors.length > 0) throw new ConfigError(file, errors.map((e) => `${file}:${e.line}: ${e.message}`));
  const parsed = SyncSettingsSchema.safeParse(doc.toJS() ?? {});
  if (parsed.success) return parsed.data;
  throw new ConfigError(file, parsed.error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    return `${file}:${locator.lineOf(path)}: ${pathText(path)}: ${issue.message}`;
  }));
}

export function loadSyncSettings(file = SYNC_SETTINGS_FILE): SyncSettings {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, [`${file}: cannot be read (${(error as Error).message})`]);
  }
  return parseSyncSettings(file, source);
}
