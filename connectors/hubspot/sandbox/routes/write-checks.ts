import type { SandboxReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import type { HubspotObjectType } from '../object-types.ts';
import type { PropertyIssue, UniqueClaim } from '../state/record-rules.ts';
import { uniqueClaims } from '../state/record-rules.ts';
import type { StoredRecord } from '../state/stored-record.ts';
import { UniqueValueIndex } from '../state/unique-values.ts';
import { conflictReply, invalidPropertiesReply } from './validation.ts';

/** A unique value a write would share: with a live record (`existingId`), or with another input of its batch. */
export interface SharedValue {
  property: string;
  value: string;
  existingId?: string;
}

export type WriteProblem = { kind: 'invalid'; issues: PropertyIssue[] } | { kind: 'conflict'; conflict: SharedValue };

// HubSpot refuses contact emails that are not addresses (code INVALID_EMAIL).
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The one uniqueness guard every write goes through: creates, updates and upserts, single and
 * batch, and the CRM-edit control. A value another live record holds is a conflict, and so is one
 * an earlier input of the same request will write: a batch shares one guard across its inputs and
 * `hold`s the values of each input it accepts. Single writes use a fresh guard.
 */
export class UniqueGuard {
  private readonly deps: HubspotSandboxDeps;
  private readonly type: HubspotObjectType;
  private readonly held = new UniqueValueIndex();
  private newInputs = 0;

  constructor(deps: HubspotSandboxDeps, type: HubspotObjectType) {
    this.deps = deps;
    this.type = type;
  }

  /** The first unique value in `values` that record `recordId` (undefined: a record still to create) may not take. */
  conflict(values: Record<string, string | null>, recordId?: string): SharedValue | undefined {
    const stored = this.deps.state.records.findConflict(this.type, values, recordId);
    if (stored) return stored;
    for (const { property, key, value } of this.claims(values)) {
      const holder = this.held.ownerOf(this.type, key, value);
      if (holder !== undefined && holder !== recordId) return { property, value };
    }
    return undefined;
  }

  /** Takes the unique values of an accepted input for the rest of the request. */
  hold(values: Record<string, string | null>, recordId?: string): void {
    const owner = recordId ?? `new input ${this.newInputs++}`;
    for (const { key, value } of this.claims(values)) this.held.claim(this.type, key, value, owner);
  }

  private claims(values: Record<string, string | null>): UniqueClaim[] {
    return uniqueClaims(this.type, values, (property) => this.deps.state.records.isUnique(this.type, property));
  }
}

export interface WriteTarget {
  /** The record an update writes to (undefined for a create): its own values are no conflict, and its pipeline counts. */
  existing?: StoredRecord;
  /** The request's guard when several inputs are written together. */
  guard?: UniqueGuard;
}

/** Everything that would make HubSpot refuse writing these values: bad values first, then a shared unique value. */
export function checkWrite(
  deps: HubspotSandboxDeps, type: HubspotObjectType, values: Record<string, string | null>, target: WriteTarget = {},
): WriteProblem | undefined {
  const issues = deps.state.properties.validateValues(type, values, target.existing?.properties);
  const email = values.email;
  if (type === 'contacts' && email && !EMAIL.test(email) && !issues.some((i) => i.name === 'email')) {
    issues.push({ name: 'email', code: 'INVALID_EMAIL', message: `Email address ${email} is invalid` });
  }
  if (issues.length > 0) return { kind: 'invalid', issues };
  return checkUnique(deps, type, values, target);
}

/** Only the uniqueness half of `checkWrite`, for writes whose values are not validated (a person's edit in HubSpot). */
export function checkUnique(
  deps: HubspotSandboxDeps, type: HubspotObjectType, values: Record<string, string | null>, target: WriteTarget = {},
): WriteProblem | undefined {
  const conflict = (target.guard ?? new UniqueGuard(deps, type)).conflict(values, target.existing?.id);
  return conflict ? { kind: 'conflict', conflict } : undefined;
}

/** The answer to a write HubSpot refuses: 400 VALIDATION_ERROR for bad values, 409 CONFLICT for a shared unique value. */
export function problemReply(deps: HubspotSandboxDeps, type: HubspotObjectType, problem: WriteProblem): SandboxReply {
  if (problem.kind === 'invalid') return invalidPropertiesReply(problem.issues, deps.settings.portalId);
  const { existingId, property, value } = problem.conflict;
  return conflictReply(type, existingId, property, value);
}

/** A refusal as one failed input of a 207 multi-status answer (`StandardError`), tied to its input by `context`. */
export function batchErrorOf(reply: SandboxReply, context: Record<string, string[]>) {
  const body = reply.body as { message: string; category: string; errors?: unknown[] };
  return { status: 'error', category: body.category, message: body.message, ...(body.errors ? { errors: body.errors } : {}), context };
}
