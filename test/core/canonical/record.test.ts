import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldPathsOf } from '../../../src/core/canonical/record.ts';

describe('field paths of a record', () => {
  it('lists plain fields by name and grouped fields by dotted path, through optional and default wrappers', () => {
    const shape = {
      email: z.string().optional(),
      consent: z.object({ emailOptOut: z.boolean().default(false) }).prefault({}),
      scores: z.object({ fit: z.number() }).optional(),
      tags: z.array(z.object({ name: z.string() })).default([]),
    };
    expect(fieldPathsOf(shape)).toEqual(['email', 'consent', 'consent.emailOptOut', 'scores', 'scores.fit', 'tags']);
  });
});
