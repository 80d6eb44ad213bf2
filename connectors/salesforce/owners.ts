// Salesforce's users as the owner directory: SELECT Id, Email, Name, IsActive FROM User, every page.
// Users are never deleted, only deactivated, so the list is complete.
import { z } from 'zod';
import type { Owner, OwnerDirectory } from '../../src/connector-kit/owners.ts';
import { salesforceCaller } from './calls.ts';
import type { SalesforceCallOptions } from './calls.ts';
import type { SalesforceConnection } from './client.ts';
import { salesforceManifest } from './manifest.ts';
import { readQueryPage, readRow } from './wire/query-page.ts';

const UserRow = z.object({ Id: z.string(), Email: z.string().nullable().optional(), Name: z.string().nullable().optional(), IsActive: z.boolean() });

export function salesforceOwners(conn: SalesforceConnection, options: SalesforceCallOptions = {}): OwnerDirectory {
  const caller = salesforceCaller(conn, options);
  const apiVersion = conn.version || salesforceManifest.apiVersion;
  return {
    async list() {
      const owners: Owner[] = [];
      let calls = 0;
      let next: string | undefined = `/services/data/v${apiVersion}/query?q=${encodeURIComponent('SELECT Id, Email, Name, IsActive FROM User ORDER BY Id')}`;
      while (next) {
        const answer = await caller.get(next);
        calls += answer.calls;
        const page = readQueryPage(answer.value, 'query');
        for (const raw of page.records) {
          const row = readRow(UserRow, raw, 'User');
          owners.push({ id: row.Id, email: row.Email?.trim().toLowerCase() || undefined, name: row.Name ?? undefined, active: row.IsActive });
        }
        next = page.done ? undefined : page.nextRecordsUrl;
      }
      return { owners, calls };
    },
  };
}
