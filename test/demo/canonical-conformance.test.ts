import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  CanonicalActivitySchema, CanonicalCompanySchema, CanonicalContactSchema, CanonicalDealSchema, CanonicalMeetingSchema, CanonicalOwnerSchema,
  CanonicalTaskSchema,
} from '../../src/core/canonical/index.ts';
import { generateDemoData } from '../../src/demo/index.ts';

const data = generateDemoData({ size: 3000, seed: 2 });

/** Each record that does not parse, with the paths and messages of its issues. */
function failures(schema: z.ZodType, records: readonly { source: { id: string } }[]): string[] {
  return records.flatMap((record) => {
    const result = schema.safeParse(record);
    return result.success ? [] : [`${record.source.id}: ${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`];
  });
}

describe('demo records are canonical records', () => {
  it.each([
    ['owners', CanonicalOwnerSchema, data.owners],
    ['companies', CanonicalCompanySchema, data.companies],
    ['contacts', CanonicalContactSchema, data.contacts],
    ['deals', CanonicalDealSchema, data.deals],
    ['meetings', CanonicalMeetingSchema, data.meetings],
    ['tasks', CanonicalTaskSchema, data.tasks],
    ['activities', CanonicalActivitySchema, data.activities],
  ] as const)('every one of the %s parses with its canonical schema', (_name, schema, records) => {
    expect(records.length).toBeGreaterThan(0);
    expect(failures(schema, records)).toEqual([]);
  });

  it('says it comes from the demo system, so sandboxes know to map it', () => {
    const all = [...data.owners, ...data.companies, ...data.contacts, ...data.deals, ...data.meetings, ...data.tasks, ...data.activities];
    expect(new Set(all.map((record) => record.source.system))).toEqual(new Set(['demo']));
  });
});
