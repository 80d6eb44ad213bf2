import { describe, expect, it } from 'vitest';
import { CanonicalTaskSchema, type CanonicalTaskInput } from '../../../src/core/canonical/index.ts';
import { rejectionPaths } from './rejection-paths.ts';

const followUp: CanonicalTaskInput = {
  subject: 'Call new MQL',
  dueAt: '2025-04-03T17:00:00Z',
  ownerId: 'owner-1',
  contactId: 'contact-9',
  createdAt: '2025-04-02T09:00:00Z',
  updatedAt: '2025-04-02T09:00:00Z',
  source: { system: 'hubspot', id: 'task-1' },
};

describe('canonical task', () => {
  it('defaults to a not-started to-do of normal priority', () => {
    expect(CanonicalTaskSchema.parse(followUp)).toMatchObject({ type: 'todo', status: 'not_started', priority: 'normal' });
  });

  it('rejects a completed task that does not say when it was completed', () => {
    expect(rejectionPaths(CanonicalTaskSchema, { ...followUp, status: 'completed' })).toEqual(['completedAt']);
  });

  it('accepts a completed task with its completion time', () => {
    const done = { ...followUp, status: 'completed', completedAt: '2025-04-03T10:00:00Z' };
    expect(rejectionPaths(CanonicalTaskSchema, done)).toEqual([]);
  });

  it('rejects a task without a subject', () => {
    expect(rejectionPaths(CanonicalTaskSchema, { ...followUp, subject: '' })).toEqual(['subject']);
  });
});
