import { z } from 'zod';
import { IsoTimestampSchema, RecordIdSchema } from './field-formats.ts';
import { canonicalRecordShape, requireNotBefore } from './record.ts';

/** The statuses HubSpot and Salesforce share. */
export const TASK_STATUSES = ['not_started', 'in_progress', 'waiting', 'completed', 'deferred'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_PRIORITIES = ['low', 'normal', 'high'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const TASK_TYPES = ['call', 'email', 'linkedin', 'todo'] as const;
export type TaskType = (typeof TASK_TYPES)[number];

const text = z.string().trim().min(1);

const taskFields = {
  subject: text,
  body: text.optional(),
  type: z.enum(TASK_TYPES).default('todo'),
  status: z.enum(TASK_STATUSES).default('not_started'),
  priority: z.enum(TASK_PRIORITIES).default('normal'),
  dueAt: IsoTimestampSchema.optional(),
  completedAt: IsoTimestampSchema.optional(),
  ownerId: RecordIdSchema.optional(),
  contactId: RecordIdSchema.optional(),
  companyId: RecordIdSchema.optional(),
  dealId: RecordIdSchema.optional(),
  createdAt: IsoTimestampSchema,
  updatedAt: IsoTimestampSchema,
};

/** A to-do for a rep, such as the follow-up this app creates when a lead becomes an MQL. */
export const CanonicalTaskSchema = z
  .object(canonicalRecordShape('task', taskFields))
  .superRefine((task, ctx) => {
    if (task.status === 'completed' && task.completedAt === undefined) {
      ctx.addIssue({ code: 'custom', path: ['completedAt'], message: 'a completed task needs completedAt' });
    }
    requireNotBefore(ctx, ['updatedAt'], task.createdAt, task.updatedAt, 'updatedAt is before createdAt');
  });
export type CanonicalTask = z.infer<typeof CanonicalTaskSchema>;
export type CanonicalTaskInput = z.input<typeof CanonicalTaskSchema>;
