import type { RequestHandler } from 'express';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import type { HubspotObjectType } from '../object-types.ts';
import { normaliseValues } from '../state/stored-record.ts';
import { HubspotBatchCreateInput, HubspotBatchUpdateInput, HubspotBatchUpsertInput } from '../../wire/object-batch.ts';
import { hubspotError } from '../error-bodies.ts';
import { BATCH_LIMIT, parseBody, recordNotFoundReply, tooManyInputsReply } from './validation.ts';
import { renderRecord } from './record-wire.ts';
import { apiWriteSource, checkIdProperty, findRecord } from './record-lookup.ts';
import { applyAssociations, planAssociations } from './record-associations.ts';
import type { WriteProblem } from './write-checks.ts';
import { batchErrorOf, checkWrite, problemAsBatchError, problemReply } from './write-checks.ts';
import { objectTypeOf } from './objects.ts';
import type { BatchError } from './batch-envelope.ts';
import { duplicatesOf, inputContext, sendBatch } from './batch-envelope.ts';

// Batch writes answer per input only in multi-status mode. For batch create HubSpot documents that
// mode as opt-in: it is on when the inputs carry `objectWriteTraceId`; without it one bad input
// fails the whole batch and nothing is written. The sandbox applies the same rule to update and
// upsert, except that upsert keyed on contacts' email never writes part of a batch ("partial
// upserts are not supported"). https://developers.hubspot.com/docs/api-reference/error-handling#multi-status-errors

/** Unique values two inputs of one batch both claim: the second one is refused. */
function batchUniqueGuard(deps: HubspotSandboxDeps, type: HubspotObjectType) {
  const claimed = new Set<string>();
  return (values: Record<string, string | null>): WriteProblem | undefined => {
    for (const [name, value] of Object.entries(values)) {
      if (value === null || !deps.state.records.isUnique(type, name)) continue;
      const key = `${name}\u0000${value.toLowerCase()}`;
      if (claimed.has(key)) {
        return { kind: 'invalid', issues: [{ name, code: 'DUPLICATE_VALUE', message: `Another input of this batch also sets ${name} to ${value}` }] };
      }
      claimed.add(key);
    }
    return undefined;
  };
}

const duplicateIdsReply = (ids: string[]) =>
  hubspotError(400, 'VALIDATION_ERROR', `Duplicate IDs found in batch input: [${ids.join(', ')}]. IDs must be unique`);

export function batchCreateHandler(deps: HubspotSandboxDeps): RequestHandler {
  return (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    const startedAt = deps.ctx.clock.now();
    const parsed = parseBody(HubspotBatchCreateInput, req.body);
    if (!parsed.ok) return sendReply(res, parsed.reply);
    const { inputs } = parsed.value;
    if (inputs.length > BATCH_LIMIT) return sendReply(res, tooManyInputsReply(inputs.length));
    const multiStatus = inputs.some((input) => input.objectWriteTraceId !== undefined);
    const guard = batchUniqueGuard(deps, type);
    const checked = inputs.map((input) => {
      const values = normaliseValues(input.properties);
      const problem = checkWrite(deps, type, values) ?? guard(values);
      const plan = planAssociations(deps, type, input.associations);
      return { input, values, problem, plan };
    });
    if (!multiStatus) {
      for (const { problem, plan } of checked) {
        if (problem) return sendReply(res, problemReply(deps, type, problem));
        if (!plan.ok) return sendReply(res, hubspotError(400, 'VALIDATION_ERROR', plan.message, { errors: plan.errors }));
      }
    }
    const results = [];
    const errors: BatchError[] = [];
    for (const { input, values, problem, plan } of checked) {
      const context = inputContext(input);
      if (problem) errors.push(problemAsBatchError(deps, type, problem, context));
      else if (!plan.ok) errors.push({ status: 'error', category: 'VALIDATION_ERROR', message: plan.message, context });
      else {
        const record = deps.state.records.create(type, values, apiWriteSource(deps));
        applyAssociations(deps, type, record.id, plan.planned);
        results.push({ ...renderRecord(deps.state, record, { properties: Object.keys(values) }) });
      }
    }
    sendBatch(res, 201, results, errors, startedAt, deps.ctx.clock.now());
  };
}

export function batchUpdateHandler(deps: HubspotSandboxDeps): RequestHandler {
  return (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    const startedAt = deps.ctx.clock.now();
    const parsed = parseBody(HubspotBatchUpdateInput, req.body);
    if (!parsed.ok) return sendReply(res, parsed.reply);
    const { inputs } = parsed.value;
    if (inputs.length > BATCH_LIMIT) return sendReply(res, tooManyInputsReply(inputs.length));
    const dupes = duplicatesOf(inputs.map((i) => i.id));
    if (dupes.length > 0) return sendReply(res, duplicateIdsReply(dupes));
    for (const { idProperty } of inputs) {
      const bad = checkIdProperty(deps, type, idProperty);
      if (bad) return sendReply(res, bad);
    }
    const multiStatus = inputs.some((input) => input.objectWriteTraceId !== undefined);
    const checked = inputs.map((input) => {
      // Merged-away ids are not followed here: HubSpot honours them on the basic update only.
      const record = findRecord(deps, type, input.id, { idProperty: input.idProperty });
      const values = normaliseValues(input.properties);
      const problem = record ? checkWrite(deps, type, values, record.id) : undefined;
      return { input, record, values, problem };
    });
    if (!multiStatus) {
      const failed = checked.find((c) => c.problem);
      if (failed?.problem) return sendReply(res, problemReply(deps, type, failed.problem));
    }
    const results = [];
    const errors: BatchError[] = [];
    for (const { input, record, values, problem } of checked) {
      const context = inputContext(input);
      if (!record) errors.push(batchErrorOf(recordNotFoundReply(input.id), context));
      else if (problem) errors.push(problemAsBatchError(deps, type, problem, context));
      else {
        const updated = deps.state.records.update(type, record.id, values, apiWriteSource(deps));
        results.push({ ...renderRecord(deps.state, updated, { properties: Object.keys(values) }) });
      }
    }
    sendBatch(res, 200, results, errors, startedAt, deps.ctx.clock.now());
  };
}

export function batchUpsertHandler(deps: HubspotSandboxDeps): RequestHandler {
  return (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    const startedAt = deps.ctx.clock.now();
    const parsed = parseBody(HubspotBatchUpsertInput, req.body);
    if (!parsed.ok) return sendReply(res, parsed.reply);
    const { inputs } = parsed.value;
    if (inputs.length > BATCH_LIMIT) return sendReply(res, tooManyInputsReply(inputs.length));
    const dupes = duplicatesOf(inputs.map((i) => i.id));
    if (dupes.length > 0) return sendReply(res, duplicateIdsReply(dupes));
    for (const { idProperty } of inputs) {
      const bad = checkIdProperty(deps, type, idProperty);
      if (bad) return sendReply(res, bad);
    }
    const allOrNothing = type === 'contacts' && inputs.some((i) => i.idProperty === 'email');
    const multiStatus = !allOrNothing && inputs.some((input) => input.objectWriteTraceId !== undefined);
    const guard = batchUniqueGuard(deps, type);
    const checked = inputs.map((input) => {
      const idProperty = input.idProperty ?? 'hs_object_id';
      const existing = findRecord(deps, type, input.id, { idProperty });
      const values = normaliseValues(input.properties);
      if (!existing && idProperty !== 'hs_object_id') values[idProperty] ??= input.id;
      const problem = !existing && idProperty === 'hs_object_id'
        ? undefined
        : checkWrite(deps, type, values, existing?.id) ?? (existing ? undefined : guard(values));
      return { input, idProperty, existing, values, problem };
    });
    if (!multiStatus) {
      const failed = checked.find((c) => c.problem || (!c.existing && c.idProperty === 'hs_object_id'));
      if (failed?.problem) return sendReply(res, problemReply(deps, type, failed.problem));
      if (failed) return sendReply(res, recordNotFoundReply(failed.input.id));
    }
    const results = [];
    const errors: BatchError[] = [];
    for (const { input, idProperty, existing, values, problem } of checked) {
      const context = inputContext(input);
      if (problem) errors.push(problemAsBatchError(deps, type, problem, context));
      else if (!existing && idProperty === 'hs_object_id') errors.push(batchErrorOf(recordNotFoundReply(input.id), context));
      else {
        const record = existing
          ? deps.state.records.update(type, existing.id, values, apiWriteSource(deps))
          : deps.state.records.create(type, values, apiWriteSource(deps));
        // The idProperty comes back too: results are not in input order, callers match on it.
        const shown = idProperty === 'hs_object_id' ? Object.keys(values) : [...Object.keys(values), idProperty];
        results.push({ ...renderRecord(deps.state, record, { properties: shown }), new: !existing });
      }
    }
    sendBatch(res, 200, results, errors, startedAt, deps.ctx.clock.now());
  };
}
