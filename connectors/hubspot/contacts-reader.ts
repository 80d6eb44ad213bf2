import type Bottleneck from 'bottleneck';
import type { ReadResult, RecordReader } from '../../src/connector-kit/capabilities.ts';
import { VendorCallError } from '../../src/connector-kit/failure.ts';
import type { CanonicalContact } from '../../src/core/canonical/contact.ts';
import type { HubspotSdk } from './client.ts';
import { emailKeysOf, recordIdsOf, slices } from './batch-keys.ts';
import { HUBSPOT_CONTACT_PROPERTIES, toCanonicalContact } from './map/contact.ts';
import { HubspotBatchResponseWire } from './wire/object-batch.ts';
import { CountedCalls, sdkBatchToWire } from './sdk-records.ts';
import type { HubspotRetryOptions } from './sdk-records.ts';

// Contacts by id or by email through POST /crm/v3/objects/contacts/batch/read (QUIRKS.md, "The
// contact reader"). Keys that match nothing come back in a 207's OBJECT_NOT_FOUND error, or not at
// all, and are simply absent. Any other error in a 207 is thrown: a contact the engine cannot see
// would be created a second time.

type ReadRequest = Parameters<HubspotSdk['crm']['contacts']['batchApi']['read']>[0];

/** Inputs one batch read takes (a read with property histories would take 50; this one asks none). */
export const HUBSPOT_BATCH_READ_LIMIT = 100;

export interface HubspotContactReaderOptions extends HubspotRetryOptions {
  /** The tenant's HubSpot burst limiter (batch reads count against the 110 per 10 s). */
  limiter?: Bottleneck;
}

function unexpectedErrors(errors: HubspotBatchResponseWire['errors']): VendorCallError | undefined {
  const other = (errors ?? []).filter((error) => error.category !== 'OBJECT_NOT_FOUND');
  if (other.length === 0) return undefined;
  const vendorMessage = other.map((error) => `${error.category}: ${error.message}`).join('; ');
  return new VendorCallError({ vendor: 'hubspot', kind: 'unknown', status: 207, vendorMessage });
}

export function hubspotContactReader(sdk: HubspotSdk, options: HubspotContactReaderOptions = {}): RecordReader<CanonicalContact> {
  const { limiter, ...retry } = options;
  const maxBatch = HUBSPOT_BATCH_READ_LIMIT;

  async function read(keys: string[], idProperty: 'email' | undefined): Promise<ReadResult<CanonicalContact>> {
    const calls = new CountedCalls(limiter, retry);
    const byId = new Map<string, CanonicalContact>();
    for (const slice of slices(keys, maxBatch)) {
      const request = {
        inputs: slice.map((id) => ({ id })), properties: [...HUBSPOT_CONTACT_PROPERTIES], propertiesWithHistory: [], ...(idProperty ? { idProperty } : {}),
      } as ReadRequest;
      const answer = await calls.run(() => sdk.crm.contacts.batchApi.read(request, false));
      const body = HubspotBatchResponseWire.parse(sdkBatchToWire(answer));
      const failure = unexpectedErrors(body.errors);
      if (failure) throw failure;
      for (const result of body.results) byId.set(result.id, toCanonicalContact(result));
    }
    return { records: [...byId.values()], calls: calls.take() };
  }

  return {
    maxBatch,
    readByIds: (ids) => read(recordIdsOf(ids), undefined),
    async readByEmails(emails) {
      const wanted = emailKeysOf(emails);
      const found = await read(wanted, 'email');
      // HubSpot also matches an address in hs_additional_emails; only primary emails count here.
      const primary = new Set(wanted);
      return { ...found, records: found.records.filter((r) => r.email !== undefined && primary.has(r.email.toLowerCase())) };
    },
  };
}
