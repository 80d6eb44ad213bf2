// HubSpot's owners: GET /crm/v3/owners (500 a page) as the owner directory. Archived owners are left out:
// they take no records, and an id of theirs on a record reads as no known owner (one call saved per run).
// https://developers.hubspot.com/docs/api-reference/crm-owners-v3/guide
import type Bottleneck from 'bottleneck';
import type { Owner, OwnerDirectory } from '../../src/connector-kit/owners.ts';
import type { HubspotSdk } from './client.ts';
import { CountedCalls, sdkRecordToWire } from './sdk-records.ts';
import type { HubspotRetryOptions } from './sdk-records.ts';
import { HubspotOwnerPageWire } from './wire/owners.ts';
import type { HubspotOwnerWire } from './wire/owners.ts';

export interface HubspotOwnersOptions extends HubspotRetryOptions {
  limiter?: Bottleneck;
}

const PAGE = 500;

function ownerOf(wire: HubspotOwnerWire): Owner {
  const name = [wire.firstName, wire.lastName].filter(Boolean).join(' ');
  // A deactivated user's owner stays live, with no userId (QUIRKS.md, "Owners").
  return { id: wire.id, email: wire.email?.trim().toLowerCase() || undefined, name: name || undefined, active: wire.userId !== null && wire.userId !== undefined };
}

export function hubspotOwners(sdk: HubspotSdk, options: HubspotOwnersOptions = {}): OwnerDirectory {
  const { limiter, ...retry } = options;
  return {
    async list() {
      const calls = new CountedCalls(limiter, retry);
      const owners: Owner[] = [];
      let after: string | undefined;
      do {
        const answer = await calls.run(() => sdk.crm.owners.ownersApi.getPage(undefined, after, PAGE, false));
        const page = HubspotOwnerPageWire.parse({ ...sdkRecordToWire(answer), results: answer.results.map(sdkRecordToWire) });
        owners.push(...page.results.map(ownerOf));
        after = page.paging?.next?.after;
      } while (after);
      return { owners, calls: calls.take() };
    },
  };
}
