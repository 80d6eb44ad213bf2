import type { Response } from 'express';
import type { SandboxReply } from '../../../../src/sandbox-kit/index.ts';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import { isoOf } from '../state/stored-record.ts';

export interface BatchError {
  status: string;
  category: string;
  message: string;
  context?: Record<string, string[]>;
  errors?: unknown[];
  links?: Record<string, string>;
}

/**
 * A batch answer: the success code when every input succeeded, 207 multi-status with `numErrors`
 * and `errors[]` otherwise (the SDK accepts nothing else for these endpoints). The few endpoints
 * whose SDK method takes only 200 (v4 associate/default) pass `errorStatus: 200`.
 */
export function batchReply(
  okStatus: 200 | 201, results: unknown[], errors: BatchError[], startedAt: number, completedAt: number, options: { errorStatus?: 200 | 207 } = {},
): SandboxReply {
  const body: Record<string, unknown> = { status: 'COMPLETE', results };
  if (errors.length > 0) Object.assign(body, { numErrors: errors.length, errors });
  Object.assign(body, { startedAt: isoOf(startedAt), completedAt: isoOf(completedAt) });
  return { status: errors.length > 0 ? (options.errorStatus ?? 207) : okStatus, body };
}

export function sendBatch(
  res: Response, okStatus: 200 | 201, results: unknown[], errors: BatchError[], startedAt: number, completedAt: number, options: { errorStatus?: 200 | 207 } = {},
): void {
  sendReply(res, batchReply(okStatus, results, errors, startedAt, completedAt, options));
}

/** The context that ties a failed input back to the request: its trace id when it sent one, else its id. */
export function inputContext(input: { objectWriteTraceId?: string; id?: string }): Record<string, string[]> {
  if (input.objectWriteTraceId !== undefined) return { objectWriteTraceId: [input.objectWriteTraceId] };
  return input.id !== undefined ? { ids: [input.id] } : {};
}

/** Ids named more than once in one batch; HubSpot refuses such a batch outright. */
export function duplicatesOf(ids: string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const id of ids) (seen.has(id.toLowerCase()) ? dupes : seen).add(id.toLowerCase());
  return [...dupes];
}
