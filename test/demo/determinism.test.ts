import { describe, expect, it } from 'vitest';
import { generateDemoData, streamDemoContacts } from '../../src/demo/index.ts';

const DAY_MS = 86_400_000;

describe('demo data determinism', () => {
  it('gives byte-identical data for the same size and seed', () => {
    const first = generateDemoData({ size: 500, seed: 7 });
    const second = generateDemoData({ size: 500, seed: 7 });
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('gives different people for a different seed', () => {
    const emails = (seed: number) => generateDemoData({ size: 200, seed }).contacts.map((contact) => contact.email);
    expect(emails(8)).not.toEqual(emails(7));
  });

  it('uses a fixed "now" by default, so the data does not change from one day to the next', () => {
    expect(generateDemoData({ size: 10 }).spec.now).toBe('2026-01-15T12:00:00.000Z');
  });

  it('places every timestamp relative to the given "now"', () => {
    const now = '2025-06-01T00:00:00.000Z';
    const later = new Date(Date.parse(now) + DAY_MS);
    const createdAt = (at: string | Date) => generateDemoData({ size: 100, now: at }).contacts.map((contact) => Date.parse(contact.createdAt));
    const shifted = createdAt(now).map((ms) => ms + DAY_MS);
    expect(createdAt(later)).toEqual(shifted);
  });

  it('streams the same people as the in-memory form, whatever the page size', () => {
    const inMemory = generateDemoData({ size: 300, seed: 3 });
    const streamed = [...streamDemoContacts({ size: 300, seed: 3, pageSize: 7 })];
    expect(streamed.flatMap((page) => page.contacts)).toEqual(inMemory.contacts);
    expect(streamed.flatMap((page) => page.companies)).toEqual(inMemory.companies);
    expect(streamed.flatMap((page) => page.duplicates)).toEqual(inMemory.duplicates);
  });
});
