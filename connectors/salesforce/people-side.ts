// Salesforce as the CRM side of the contact sync: Leads and Contacts read as one set of people, each
// object under its own cursor (Leads first, so a conversion is seen before its contact), read by id or
// email across both, written back to the object each record came from, and new people created as Leads.
import { mergeOutcomes } from '../../src/connector-kit/batch-outcome.ts';
import type { BatchWriter, ReadResult, RecordReader } from '../../src/connector-kit/capabilities.ts';
import type { PeopleSide, PeopleStream } from '../../src/connector-kit/people-side.ts';
import type { CanonicalContact } from '../../src/core/canonical/index.ts';
import type { SalesforceCallOptions } from './calls.ts';
import type { SalesforceConnection } from './client.ts';
import { SALESFORCE_PERSON_FIELD_ACCESS, personObjectOfId } from './map/person-fields.ts';
import { salesforcePeopleFeed } from './people-feed.ts';
import type { PersonObject } from './people-feed.ts';
import { salesforcePeopleReader } from './people-reader.ts';
import { salesforcePeopleWriter } from './people-writer.ts';
import { salesforceOwners } from './owners.ts';
import { salesforceCaller } from './calls.ts';
import { salesforceDescribeSchema } from './map/describe-schema.ts';
import type { SalesforceDescribeFacts } from './map/describe-schema.ts';

export interface SalesforcePeopleSideOptions extends SalesforceCallOptions {
  /** Standard fields the org does not have (the sandbox has no DoNotCall yet). */
  omitFields?: readonly string[];
  /** Rows per SOQL window of the change feed. */
  windowSize?: number;
}

const OBJECTS: readonly PersonObject[] = ['Lead', 'Contact'];

function bothReaders(readers: Record<PersonObject, RecordReader<CanonicalContact>>): RecordReader<CanonicalContact> {
  const both = async (read: (reader: RecordReader<CanonicalContact>) => Promise<ReadResult<CanonicalContact>>) => {
    const results = [await read(readers.Lead), await read(readers.Contact)];
    return { records: results.flatMap((r) => r.records), calls: results.reduce((sum, r) => sum + r.calls, 0) };
  };
  return {
    maxBatch: Math.min(readers.Lead.maxBatch, readers.Contact.maxBatch),
    // Ids name their object by prefix, so each id goes to one query only.
    readByIds: async (ids) => {
      const results = await Promise.all(OBJECTS.map((o) => readers[o].readByIds(ids.filter((id) => personObjectOfId(id) === o))));
      return { records: results.flatMap((r) => r.records), calls: results.reduce((sum, r) => sum + r.calls, 0) };
    },
    readByEmails: (emails) => both((reader) => reader.readByEmails(emails)),
  };
}

function routedWriter(writers: Record<PersonObject, BatchWriter<CanonicalContact>>): BatchWriter<CanonicalContact> {
  return {
    maxBatch: Math.min(writers.Lead.maxBatch, writers.Contact.maxBatch),
    async write(batch) {
      // Records of another system are new people: Salesforce takes them as Leads.
      const objectOf = (r: CanonicalContact): PersonObject => (r.source.system === 'salesforce' && r.source.objectType === 'Contact' ? 'Contact' : 'Lead');
      const outcomes = [];
      for (const object of OBJECTS) {
        const part = batch.filter((r) => objectOf(r) === object);
        if (part.length > 0) outcomes.push(await writers[object].write(part));
      }
      return mergeOutcomes(outcomes);
    },
  };
}

export function salesforcePeopleSide(conn: SalesforceConnection, options: SalesforcePeopleSideOptions = {}): PeopleSide {
  const { windowSize, ...shared } = options;
  const feeds = Object.fromEntries(OBJECTS.map((sobject) => [sobject, salesforcePeopleFeed(conn, { ...shared, sobject, ...(windowSize ? { windowSize } : {}) })])) as Record<PersonObject, ReturnType<typeof salesforcePeopleFeed>>;
  const streams: PeopleStream[] = OBJECTS.map((sobject) => ({
    name: `salesforce:${sobject}`,
    feed: {
      async* pages(from) {
        for await (const page of feeds[sobject].pages(from)) {
          yield { ...page, conversions: page.conversions.map((c) => ({ fromId: c.leadId, toId: c.contactId })) };
        }
      },
    },
    deletions: (from) => feeds[sobject].deletions(from),
  }));
  const readers = { Lead: salesforcePeopleReader(conn, { ...shared, sobject: 'Lead' }), Contact: salesforcePeopleReader(conn, { ...shared, sobject: 'Contact' }) };
  const writers = { Lead: salesforcePeopleWriter(conn, { ...shared, sobject: 'Lead' }), Contact: salesforcePeopleWriter(conn, { ...shared, sobject: 'Contact' }) };
  return {
    system: 'salesforce',
    streams,
    reader: bothReaders(readers),
    writer: routedWriter(writers),
    owners: salesforceOwners(conn, shared),
    refOf: (id) => ({ system: 'salesforce', id, objectType: personObjectOfId(id) ?? 'Lead' }),
    fields: (record) => SALESFORCE_PERSON_FIELD_ACCESS[record?.source.system === 'salesforce' && record.source.objectType === 'Contact' ? 'Contact' : 'Lead'],
    async liveSchema() {
      // GET /sobjects/{Lead,Contact}/describe: fields with createable/updateable and picklist values.
      const caller = salesforceCaller(conn, shared);
      const described = await Promise.all(OBJECTS.map((sobject) => caller.run((c) => c.sobject(sobject).describe())));
      const objects = Object.fromEntries(OBJECTS.map((sobject, i) => [sobject, salesforceDescribeSchema(described[i]!.value as unknown as SalesforceDescribeFacts)]));
      return { objects, calls: described.reduce((sum, d) => sum + d.calls, 0) };
    },
    // Every feed shares one connection, so the last answer's Sforce-Limit-Info is the org's usage.
    apiUsage: () => feeds.Contact.apiUsage() ?? feeds.Lead.apiUsage(),
  };
}
