import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadFieldMappings } from '../../../src/config/mappings/loader.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('the shipped mappings/fields files', () => {
  it('load with no problems', () => {
    const { problems } = loadFieldMappings(root);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('map contacts, companies and deals', () => {
    const { mappings } = loadFieldMappings(root);
    expect(Object.keys(mappings).sort()).toEqual(['company', 'contact', 'deal']);
  });

  it('give every consent field of a contact the most_restrictive rule', () => {
    const contact = loadFieldMappings(root).mappings.contact;
    const consent = contact?.fields.filter((f) => f.canonical.startsWith('consent.')) ?? [];
    expect(consent.length).toBeGreaterThan(0);
    expect(consent.every((f) => f.rule === 'most_restrictive')).toBe(true);
  });
});
