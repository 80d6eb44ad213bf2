import type {
  AssociationKind, AssociationOutcome, AssociationPair, AssociationReader, AssociationWriter,
} from '../../src/connector-kit/associations.ts';
import { VendorCallError } from '../../src/connector-kit/failure.ts';
import type { HubspotSdk } from './client.ts';
import { recordIdsOf, slices } from './batch-keys.ts';
import type { HubspotCapabilityOptions, HubspotCrmObject } from './crm-objects.ts';
import { CountedCalls, sdkRecordToWire } from './sdk-records.ts';
import { HubspotDefaultAssociationResponseWire, HubspotAssociationBatchReadResponseWire } from './wire/associations-v4.ts';
import type { HubspotStandardErrorWire } from './wire/error.ts';

// Contact–company, deal–company and deal–contact links through associations v4 in bulk
// (QUIRKS.md, "Associations are read and written in bulk through v4"):
// POST /crm/v4/associations/{from}/{to}/batch/read (1,000 ids a call, each id's list paged by `after`),
// …/batch/associate/default (the unlabeled default type; HubSpot writes both directions) and
// …/batch/archive (every label between each pair), 2,000 inputs a call.
// https://developers.hubspot.com/docs/api-reference/crm-associations-v4/guide

const OBJECTS: Readonly<Record<AssociationKind, readonly [HubspotCrmObject, HubspotCrmObject]>> = {
  contact_company: ['contacts', 'companies'],
  deal_company: ['deals', 'companies'],
  deal_contact: ['deals', 'contacts'],
};
const READ_LIMIT = 1000;
const WRITE_LIMIT = 2000;

type ReadAnswer = Awaited<ReturnType<HubspotSdk['crm']['associations']['v4']['batchApi']['getPage']>>;
type DefaultAnswer = Awaited<ReturnType<HubspotSdk['crm']['associations']['v4']['batchApi']['createDefault']>>;

/** The SDK's models back to wire JSON: `_from` is `from`, dates are ISO strings, a paging without `next` is none. */
function readWire(answer: ReadAnswer) {
  return HubspotAssociationBatchReadResponseWire.parse({
    ...sdkRecordToWire(answer),
    results: answer.results.map((r) => ({ from: r._from, to: r.to, ...(r.paging?.next ? { paging: { next: r.paging.next } } : {}) })),
    ...('errors' in answer && answer.errors ? { errors: answer.errors.map(sdkRecordToWire) } : {}),
  });
}

function defaultWire(answer: DefaultAnswer) {
  return HubspotDefaultAssociationResponseWire.parse({
    ...sdkRecordToWire(answer),
    results: answer.results.map((r) => ({ from: r._from, to: r.to, associationSpec: r.associationSpec })),
    ...(answer.errors ? { errors: answer.errors.map(sdkRecordToWire) } : {}),
  });
}

/** Records with nothing associated come back as OBJECT_NOT_FOUND errors (QUIRKS.md); anything else is thrown. */
function throwUnexpected(errors: readonly HubspotStandardErrorWire[] | undefined): void {
  const other = (errors ?? []).filter((e) => e.category !== 'OBJECT_NOT_FOUND');
  if (other.length > 0) throw new VendorCallError({ vendor: 'hubspot', kind: 'unknown', status: 207, vendorMessage: other.map((e) => `${e.category}: ${e.message}`).join('; ') });
}

const isRecordId = (id: string) => /^\d+$/.test(id);
const keyOf = (pair: AssociationPair) => `${pair.fromId}>${pair.toId}`;

export function hubspotAssociationReader(sdk: HubspotSdk, options: HubspotCapabilityOptions = {}): AssociationReader {
  const { limiter, ...retry } = options;
  return {
    maxBatch: READ_LIMIT,
    async read(kind, ids, side = 'from') {
      const [first, second] = OBJECTS[kind];
      const [from, to] = side === 'from' ? [first, second] : [second, first];
      const calls = new CountedCalls(limiter, retry);
      const pairs = new Map<string, AssociationPair>();
      let pending: Array<{ id: string; after?: string }> = recordIdsOf(ids).map((id) => ({ id }));
      while (pending.length > 0) {
        const more: typeof pending = [];
        for (const inputs of slices(pending, READ_LIMIT)) {
          const body = readWire(await calls.run(() => sdk.crm.associations.v4.batchApi.getPage(from, to, { inputs })));
          throwUnexpected(body.errors);
          for (const result of body.results) {
            for (const target of result.to) {
              const pair = side === 'from' ? { fromId: result.from.id, toId: String(target.toObjectId) } : { fromId: String(target.toObjectId), toId: result.from.id };
              pairs.set(keyOf(pair), pair);
            }
            if (result.paging) more.push({ id: result.from.id, after: result.paging.next.after });
          }
        }
        pending = more;
      }
      return { pairs: [...pairs.values()], calls: calls.take() };
    },
  };
}

export function hubspotAssociationWriter(sdk: HubspotSdk, options: HubspotCapabilityOptions = {}): AssociationWriter {
  const { limiter, ...retry } = options;
  const v4 = sdk.crm.associations.v4.batchApi;

  /** Pairs whose ids are HubSpot record ids; the others are rejected without a call. */
  function sendable(pairs: readonly AssociationPair[], outcome: AssociationOutcome): AssociationPair[] {
    const unique = new Map(pairs.map((p) => [keyOf(p), { fromId: p.fromId.trim(), toId: p.toId.trim() }]));
    return [...unique.values()].filter((pair) => {
      if (isRecordId(pair.fromId) && isRecordId(pair.toId)) return true;
      outcome.rejected.push({ pair, kind: 'rejected_record', vendorMessage: 'not a HubSpot record id' });
      return false;
    });
  }

  return {
    maxBatch: WRITE_LIMIT,
    cardinality: () => 'many',
    async link(kind, pairs) {
      const [from, to] = OBJECTS[kind];
      const outcome: AssociationOutcome = { done: [], rejected: [], calls: 0 };
      const calls = new CountedCalls(limiter, retry);
      for (const slice of slices(sendable(pairs, outcome), WRITE_LIMIT)) {
        const inputs = slice.map((p) => ({ _from: { id: p.fromId }, to: { id: p.toId } }));
        const body = defaultWire(await calls.run(() => v4.createDefault(from, to, { inputs })));
        // A record that does not exist fails every pair it is in; its id is the error's context.
        const missing = new Map<string, HubspotStandardErrorWire>();
        for (const error of body.errors ?? []) for (const id of [...(error.context?.id ?? []), ...(error.context?.ids ?? [])]) missing.set(id, error);
        for (const pair of slice) {
          const error = missing.get(pair.fromId) ?? missing.get(pair.toId);
          if (!error) outcome.done.push(pair);
          else outcome.rejected.push({ pair, kind: error.category === 'OBJECT_NOT_FOUND' ? 'not_found' : 'rejected_record', vendorMessage: `${error.category}: ${error.message}` });
        }
      }
      return { ...outcome, calls: calls.take() };
    },
    async unlink(kind, pairs) {
      const [from, to] = OBJECTS[kind];
      const outcome: AssociationOutcome = { done: [], rejected: [], calls: 0 };
      const calls = new CountedCalls(limiter, retry);
      const byFrom = new Map<string, AssociationPair[]>();
      for (const pair of sendable(pairs, outcome)) byFrom.set(pair.fromId, [...(byFrom.get(pair.fromId) ?? []), pair]);
      // 204 whatever was linked: removing a link that is not there is done.
      for (const slice of slices([...byFrom.entries()], WRITE_LIMIT)) {
        const inputs = slice.map(([fromId, group]) => ({ _from: { id: fromId }, to: group.map((p) => ({ id: p.toId })) }));
        await calls.run(() => v4.archive(from, to, { inputs }));
        outcome.done.push(...slice.flatMap(([, group]) => group));
      }
      return { ...outcome, calls: calls.take() };
    },
  };
}
