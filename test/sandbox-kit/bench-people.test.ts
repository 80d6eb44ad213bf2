import { describe, expect, it } from 'vitest';
import {
  BenchCheckTally, SeenPeople, benchEmail, benchIndexOf, benchPerson, editedInCrm, editedInMarketing, editsPerRound, inMarketing, marketingCount,
  marketingPhone,
} from '../../src/sandbox-kit/bench-people.ts';

const count = (size: number, wanted: (i: number) => boolean) => Array.from({ length: size }, (_, i) => i).filter(wanted).length;

describe('the sync benchmark people', () => {
  it('finds a person from their email, in any letter case, and nobody from another address', () => {
    expect(benchIndexOf(benchEmail(4_217))).toBe(4_217);
    expect(benchIndexOf(benchEmail(12).toUpperCase())).toBe(12);
    expect(benchIndexOf('person12@example.com')).toBeUndefined();
    expect(benchIndexOf(null)).toBeUndefined();
  });

  it.each([1, 7, 10, 999, 1_000, 10_051])('counts what the predicates pick at %i people', (size) => {
    expect(marketingCount(size)).toBe(count(size, inMarketing));
    expect(editsPerRound(size)).toEqual({ crm: count(size, editedInCrm), marketing: count(size, editedInMarketing) });
  });

  it('edits a round on disjoint people: CRM first names, marketing phones in E.164', () => {
    expect(benchPerson(100, 1).firstName).toBe('First100r1');
    expect(benchPerson(150, 1)).toMatchObject({ firstName: 'First150', phone: marketingPhone(150, 1) });
    expect(marketingPhone(150, 1)).toMatch(/^\+1415[2-9]\d{6}$/);
    expect(marketingPhone(150, 0)).toBeNull();
    expect(benchPerson(100, 1).phone).toBeNull();
  });

  it('counts a person seen twice, an unknown address, and the people never seen', () => {
    const tally = new BenchCheckTally();
    const seen = new SeenPeople(3, tally);
    expect(seen.take('a', benchEmail(0))).toBe(0);
    expect(seen.take('b', benchEmail(0))).toBeUndefined();
    expect(seen.take('c', 'someone@else.test')).toBeUndefined();
    tally.field('a', 'firstName', 'First0', 'First0');
    tally.field('a', 'phone', '', null);
    seen.missing('test');
    expect(tally.result()).toMatchObject({ exact: false, mismatches: 4 });
  });
});
