import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/env.ts';
import { loadSyncSettings, parseSyncSettings } from '../../src/config/sync-settings.ts';

const problemsOf = (source: string): string[] => {
  try {
    parseSyncSettings('mappings/sync.yaml', source);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('mappings/sync.yaml', () => {
  it('ships settings that load: Salesforce as the CRM, HubSpot as marketing automation', () => {
    const settings = loadSyncSettings();
    expect(settings.roles).toEqual({ crm: 'salesforce', marketing: 'hubspot' });
  });

  it('fills what an admin leaves out with the defaults', () => {
    const settings = parseSyncSettings('sync.yaml', 'roles: { crm: hubspot, marketing: hubspot }\n');
    expect([settings.schedule.incremental, settings.contacts.include.requireEmail, settings.bulkAllocationShare]).toEqual(['*/15 * * * *', true, 0.75]);
  });

  it('names the file, the line and the setting of a value it refuses', () => {
    expect(problemsOf('roles:\n  crm: pipedrive\n  marketing: hubspot\n')).toEqual([expect.stringMatching(/^mappings\/sync\.yaml:2: roles\.crm: /)]);
  });

  it('refuses a schedule that is not a cron expression', () => {
    expect(problemsOf('roles: { crm: salesforce, marketing: hubspot }\nschedule:\n  incremental: every hour\n')[0]).toMatch(/:3: schedule\.incremental: must be a cron expression/);
  });

  it('refuses a misspelt key instead of ignoring it', () => {
    expect(problemsOf('roles: { crm: salesforce, marketing: hubspot }\nbulkAllocationShar: 0.5\n')[0]).toMatch(/bulkAllocationShar/);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problemsOf('roles:\n  crm: [salesforce\n')[0]).toMatch(/^mappings\/sync\.yaml:\d+: /);
  });
});
