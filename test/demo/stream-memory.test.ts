import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { streamDemoContacts } from '../../src/demo/index.ts';

const counter = fileURLToPath(new URL('./count-streamed-contacts.ts', import.meta.url));
const MB = 1024 * 1024;

describe('streaming demo contacts', () => {
  it('counts 200,000 people in a 64 MB heap whose use stays flat from the first 20,000 to the last', () => {
    // Holding 200,000 people would take several hundred MB: the heap cap alone would stop the child.
    const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=64', counter, '200000'], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    const report = JSON.parse(child.stdout) as { people: number; duplicates: number; heapAfterCollection: number[] };
    expect(report.people).toBe(200_000);
    expect(report.duplicates).toBeGreaterThan(200_000 * 0.04);
    const [first = 0, ...rest] = report.heapAfterCollection;
    expect(Math.max(...rest) - first).toBeLessThan(8 * MB);
  }, 60_000); // a slow machine may take a while; nothing here is timed

  it('cuts pages at the page size, with only the last one shorter', () => {
    const sizes = [...streamDemoContacts({ size: 2_500, pageSize: 1_000 })].map((page) => page.contacts.length);
    expect(sizes).toEqual([1_000, 1_000, 500]);
  });

  it('delivers each company no later than the first person who belongs to it', () => {
    const delivered = new Set<string>();
    const early: string[] = [];
    for (const page of streamDemoContacts({ size: 3_000, pageSize: 100 })) {
      for (const company of page.companies) delivered.add(company.source.id);
      for (const contact of page.contacts) if (contact.companyId && !delivered.has(contact.companyId)) early.push(contact.source.id);
    }
    expect(early).toEqual([]);
  });

  it('delivers each duplicate\'s ground truth in the same page as the duplicate', () => {
    for (const page of streamDemoContacts({ size: 3_000, pageSize: 100 })) {
      const onPage = new Set([...page.contacts, ...page.companies].map((record) => record.source.id));
      expect(page.duplicates.filter((truth) => !onPage.has(truth.duplicateId))).toEqual([]);
    }
  });

  it('refuses a page size that is not a whole number above zero', () => {
    expect(() => [...streamDemoContacts({ size: 10, pageSize: 0 })]).toThrow(RangeError);
  });
});
