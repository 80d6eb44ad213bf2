import type { SandboxReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import type { HubspotObjectType } from '../object-types.ts';
import type { StoredRecord } from '../state/stored-record.ts';
import type { HubspotAssociationForObjectInput } from '../../wire/object-record.ts';
import { hubspotError } from '../error-bodies.ts';
import { renderRecord } from './record-wire.ts';
import type { RecordWire } from './record-wire.ts';
import { apiWriteSource } from './record-lookup.ts';
import { applyAssociations, planAssociations } from './record-associations.ts';
import type { UniqueGuard } from './write-checks.ts';
import { checkWrite, problemReply } from './write-checks.ts';

// One record write through the API, checked before anything changes: the single endpoints
// (routes/objects.ts) and each input of a batch (routes/batch-writes.ts) plan their writes here.

/** A write that passed every check (`write()` makes it and answers the record), or the answer refusing it. */
export type PlannedWrite =
  | { ok: true; values: Record<string, string | null>; recordId?: string; write: () => RecordWire }
  | { ok: false; reply: SandboxReply; perInput?: boolean };

interface WriteOptions {
  guard?: UniqueGuard;
  /** Properties the answer shows besides the written ones (an upsert's idProperty). */
  show?: string[];
}

const shown = (values: Record<string, string | null>, extra: string[] = []) => ({ properties: [...new Set([...Object.keys(values), ...extra])] });

export function planCreate(
  deps: HubspotSandboxDeps, type: HubspotObjectType, values: Record<string, string | null>,
  associations: HubspotAssociationForObjectInput[] | undefined, options: WriteOptions = {},
): PlannedWrite {
  const problem = checkWrite(deps, type, values, { guard: options.guard });
  if (problem) return { ok: false, reply: problemReply(deps, type, problem) };
  const plan = planAssociations(deps, type, associations);
  if (!plan.ok) return { ok: false, reply: hubspotError(400, 'VALIDATION_ERROR', plan.message, { errors: plan.errors }) };
  return {
    ok: true, values,
    write: () => {
      const record = deps.state.records.create(type, values, apiWriteSource(deps));
      applyAssociations(deps, type, record.id, plan.planned);
      return renderRecord(deps.state, record, shown(values, options.show));
    },
  };
}

export function planUpdate(
  deps: HubspotSandboxDeps, type: HubspotObjectType, existing: StoredRecord, values: Record<string, string | null>, options: WriteOptions = {},
): PlannedWrite {
  const problem = checkWrite(deps, type, values, { existing, guard: options.guard });
  if (problem) return { ok: false, reply: problemReply(deps, type, problem) };
  return {
    ok: true, values, recordId: existing.id,
    write: () => renderRecord(deps.state, deps.state.records.update(type, existing.id, values, apiWriteSource(deps)), shown(values, options.show)),
  };
}
