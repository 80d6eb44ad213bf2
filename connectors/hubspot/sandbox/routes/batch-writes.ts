import type { RequestHandler } from 'express';
import type { HubspotSandboxDeps } from '../deps.ts';
import { normaliseValues } from '../state/stored-record.ts';
import { HubspotBatchCreateInput, HubspotBatchUpdateInput, HubspotBatchUpsertInput } from '../../wire/object-batch.ts';
import { recordNotFoundReply } from './validation.ts';
import { findRecord } from './record-lookup.ts';
import type { PlannedWrite } from './record-writes.ts';
import { planCreate, planUpdate } from './record-writes.ts';
import { runBatchWrite } from './batch-write-runner.ts';

// The three batch writes differ only in how one input becomes a write; runBatchWrite holds the rest
// (limits, duplicate ids, the trace-id rule, the uniqueness guard, the 200/201/207 answer).

const notFound = (id: string): PlannedWrite => ({ ok: false, reply: recordNotFoundReply(id), perInput: true });

export function batchCreateHandler(deps: HubspotSandboxDeps): RequestHandler {
  return runBatchWrite(deps, {
    schema: HubspotBatchCreateInput, okStatus: 201, namesRecords: false,
    plan: (type, input, guard) => planCreate(deps, type, normaliseValues(input.properties), input.associations, { guard }),
  });
}

export function batchUpdateHandler(deps: HubspotSandboxDeps): RequestHandler {
  return runBatchWrite(deps, {
    schema: HubspotBatchUpdateInput, okStatus: 200, namesRecords: true,
    plan: (type, input, guard) => {
      // Merged-away ids are not followed here: HubSpot honours them on the basic update only.
      const record = findRecord(deps, type, input.id, { idProperty: input.idProperty });
      return record ? planUpdate(deps, type, record, normaliseValues(input.properties), { guard }) : notFound(input.id);
    },
  });
}

export function batchUpsertHandler(deps: HubspotSandboxDeps): RequestHandler {
  return runBatchWrite(deps, {
    schema: HubspotBatchUpsertInput, okStatus: 200, namesRecords: true,
    // "Partial upserts are not supported when using email as the idProperty for contacts."
    allOrNothing: (type, inputs) => type === 'contacts' && inputs.some((i) => i.idProperty === 'email'),
    plan: (type, input, guard) => {
      const idProperty = input.idProperty ?? 'hs_object_id';
      const existing = findRecord(deps, type, input.id, { idProperty });
      const values = normaliseValues(input.properties);
      // The idProperty comes back too: results are not in input order, callers match on it.
      const show = idProperty === 'hs_object_id' ? [] : [idProperty];
      if (!existing && idProperty === 'hs_object_id') return notFound(input.id);
      if (!existing) values[idProperty] ??= input.id;
      const planned = existing
        ? planUpdate(deps, type, existing, values, { guard, show })
        : planCreate(deps, type, values, undefined, { guard, show });
      if (!planned.ok) return planned;
      const { write } = planned;
      return { ...planned, write: () => ({ ...write(), new: !existing }) };
    },
  });
}
