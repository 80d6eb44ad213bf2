import type { SandboxReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import type { HubspotObjectType } from '../object-types.ts';
import type { PropertyIssue, UniqueConflict } from '../state/record-rules.ts';
import { conflictReply, invalidPropertiesReply, propertyIssueDetails, propertyIssuesMessage } from './validation.ts';

export type WriteProblem = { kind: 'invalid'; issues: PropertyIssue[] } | { kind: 'conflict'; conflict: UniqueConflict };

// HubSpot refuses contact emails that are not addresses (code INVALID_EMAIL).
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Everything that would make HubSpot refuse writing these values: bad values first, then a taken unique value. */
export function checkWrite(
  deps: HubspotSandboxDeps, type: HubspotObjectType, values: Record<string, string | null>, exceptId?: string,
): WriteProblem | undefined {
  const issues = deps.state.properties.validateValues(type, values);
  const email = values.email;
  if (type === 'contacts' && email && !EMAIL.test(email) && !issues.some((i) => i.name === 'email')) {
    issues.push({ name: 'email', code: 'INVALID_EMAIL', message: `Email address ${email} is invalid` });
  }
  if (issues.length > 0) return { kind: 'invalid', issues };
  const conflict = deps.state.records.findConflict(type, values, exceptId);
  return conflict ? { kind: 'conflict', conflict } : undefined;
}

/** The answer to a single-record write HubSpot refuses. */
export function problemReply(deps: HubspotSandboxDeps, type: HubspotObjectType, problem: WriteProblem): SandboxReply {
  if (problem.kind === 'invalid') return invalidPropertiesReply(problem.issues, deps.settings.portalId);
  const { existingId, property, value } = problem.conflict;
  return conflictReply(type, existingId, property, value);
}

/** One failed input of a 207 multi-status answer (`StandardError`), tied to its input by `context`. */
export function problemAsBatchError(deps: HubspotSandboxDeps, type: HubspotObjectType, problem: WriteProblem, context: Record<string, string[]>) {
  if (problem.kind === 'invalid') {
    return {
      status: 'error', category: 'VALIDATION_ERROR', message: propertyIssuesMessage(problem.issues, deps.settings.portalId),
      errors: propertyIssueDetails(problem.issues), context,
    };
  }
  const reply = problemReply(deps, type, problem).body as { message: string };
  return { status: 'error', category: 'CONFLICT', message: reply.message, context };
}

export function batchErrorOf(reply: SandboxReply, context: Record<string, string[]>) {
  const body = reply.body as { message: string; category: string; errors?: unknown };
  return { status: 'error', category: body.category, message: body.message, context };
}

