import type { RequestHandler } from 'express';
import type { z } from 'zod';
import type { SandboxReply } from '../../../../src/sandbox-kit/index.ts';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import type { HubspotObjectType } from '../object-types.ts';
import { hubspotError } from '../error-bodies.ts';
import { BATCH_LIMIT, objectTypeOf, parseBody, tooManyInputsReply } from './validation.ts';
import { checkIdProperty } from './record-lookup.ts';
import type { PlannedWrite } from './record-writes.ts';
import { batchErrorOf, UniqueGuard } from './write-checks.ts';
import type { BatchError } from './batch-envelope.ts';
import { duplicatesOf, inputContext, sendBatch } from './batch-envelope.ts';

// How HubSpot answers a batch write (https://developers.hubspot.com/docs/api-reference/error-handling#multi-status-errors):
// - per input (207 multi-status, the good inputs written) when the inputs carry `objectWriteTraceId`;
// - without trace ids, one refused input refuses the whole batch with its own answer and nothing is
//   written (documented for create; the sandbox applies it to update and upsert too [unconfirmed]);
// - an id that names no record (update, upsert by record id) is always answered per input: batch
//   update and upsert may answer 207 without opting in (wire-formats A.2), as batch read does;
// - contact upserts keyed on email are all or nothing: any refused input refuses the batch.
// Every input goes through one UniqueGuard, so two inputs never end up sharing a unique value.

export interface BatchWriteInput {
  objectWriteTraceId?: string;
  id?: string;
  idProperty?: string;
}

export interface BatchWriteSpec<I extends BatchWriteInput> {
  schema: z.ZodType<{ inputs: I[] }>;
  okStatus: 200 | 201;
  /** Inputs name existing records (update, upsert): a repeated id or an unusable idProperty refuses the batch. */
  namesRecords: boolean;
  /** Whether no part of this batch may be written unless all of it is (email-keyed contact upserts). */
  allOrNothing?: (type: HubspotObjectType, inputs: I[]) => boolean;
  plan: (type: HubspotObjectType, input: I, guard: UniqueGuard) => PlannedWrite;
}

const duplicateIdsReply = (ids: string[]) =>
  hubspotError(400, 'VALIDATION_ERROR', `Duplicate IDs found in batch input: [${ids.join(', ')}]. IDs must be unique`);

/** The whole-batch refusals that come before any input is looked at. */
function refuseBatch(deps: HubspotSandboxDeps, type: HubspotObjectType, inputs: BatchWriteInput[], namesRecords: boolean): SandboxReply | undefined {
  if (inputs.length > BATCH_LIMIT) return tooManyInputsReply(inputs.length);
  if (!namesRecords) return undefined;
  const dupes = duplicatesOf(inputs.map((i) => i.id ?? ''));
  if (dupes.length > 0) return duplicateIdsReply(dupes);
  for (const { idProperty } of inputs) {
    const bad = checkIdProperty(deps, type, idProperty);
    if (bad) return bad;
  }
  return undefined;
}

/** POST /crm/v3/objects/{objectType}/batch/{create,update,upsert}: parse, refuse, plan every input, then write or answer. */
export function runBatchWrite<I extends BatchWriteInput>(deps: HubspotSandboxDeps, spec: BatchWriteSpec<I>): RequestHandler {
  return (req, res) => {
    const type = objectTypeOf(req, res);
    if (!type) return;
    const startedAt = deps.ctx.clock.now();
    const parsed = parseBody(spec.schema, req.body);
    if (!parsed.ok) return sendReply(res, parsed.reply);
    const { inputs } = parsed.value;
    const refused = refuseBatch(deps, type, inputs, spec.namesRecords);
    if (refused) return sendReply(res, refused);
    const allOrNothing = spec.allOrNothing?.(type, inputs) ?? false;
    const multiStatus = !allOrNothing && inputs.some((input) => input.objectWriteTraceId !== undefined);
    const guard = new UniqueGuard(deps, type);
    const planned = inputs.map((input) => {
      const plan = spec.plan(type, input, guard);
      if (plan.ok) guard.hold(plan.values, plan.recordId);
      return { input, plan };
    });
    for (const { plan } of planned) {
      if (!plan.ok && (allOrNothing || (!multiStatus && !plan.perInput))) return sendReply(res, plan.reply);
    }
    const results: unknown[] = [];
    const errors: BatchError[] = [];
    for (const { input, plan } of planned) {
      if (plan.ok) results.push(plan.write());
      else errors.push(batchErrorOf(plan.reply, inputContext(input)));
    }
    sendBatch(res, spec.okStatus, results, errors, startedAt, deps.ctx.clock.now());
  };
}
