import { describe, expect, it } from 'vitest';
import { inQueries, soqlString } from '../../../../connectors/salesforce/read-soql.ts';
import { caseSafeId } from '../../../../connectors/salesforce/record-ids.ts';
import { prepareQuery } from '../../../../connectors/salesforce/sandbox/soql/bind.ts';
import { selectRows } from '../../../../connectors/salesforce/sandbox/soql/evaluate.ts';
import { idFromCounter, to18 } from '../../../../connectors/salesforce/sandbox/ids.ts';
import { FIXTURE_NOW, ID, fixtureSource, labelOf } from '../soql/fixture-org.ts';

// The people reader's SOQL: literals escaped so any text is one string literal, and IN lists split by
// count and by URL length. Checked against the sandbox's SOQL parser with the fixture org.

const LEAD_FIELDS = ['Id', 'Email', 'Company'];
const rowsOf = (soql: string) => {
  const source = fixtureSource();
  return selectRows(prepareQuery(soql, source), source, { includeDeleted: false, nowMs: FIXTURE_NOW }).map((row) => labelOf(row.Id));
};

describe('soqlString', () => {
  it('escapes backslashes and quotes, and the control characters SOQL has escapes for', () => {
    expect(soqlString("o'brien@example.com")).toBe("'o\\'brien@example.com'");
    expect(soqlString('a\\b"c\nd')).toBe("'a\\\\b\\\"c\\nd'");
  });

  it('gives literals the sandbox reads back as the same text', () => {
    expect(rowsOf(`SELECT Id FROM Lead WHERE Company IN (${soqlString("Bletchley's Park")}, ${soqlString("x') OR Id != null OR ('")})`)).toEqual(['L3']);
  });
});

describe('inQueries', () => {
  const query = (values: string[], more: Partial<Parameters<typeof inQueries>[0]> = {}) =>
    inQueries({ sobject: 'Lead', fields: LEAD_FIELDS, column: 'Email', values, maxValues: 200, maxEncodedLength: 10_000, ...more });

  it('asks nothing for no values', () => {
    expect(query([])).toEqual([]);
  });

  it('splits at the value count', () => {
    const queries = query(Array.from({ length: 450 }, (_, i) => `p${i}@example.com`));
    expect(queries.map((q) => q.split("', '").length)).toEqual([200, 200, 50]);
  });

  it('splits when the encoded query would pass its length, whatever the count', () => {
    const long = Array.from({ length: 200 }, (_, i) => `${'x'.repeat(60)}${i}@example.com`);
    const queries = query(long);
    expect(queries.length).toBeGreaterThan(1);
    for (const soql of queries) expect(encodeURIComponent(soql).length).toBeLessThanOrEqual(10_000);
    expect(queries.join(' ').match(/@example\.com/g)).toHaveLength(200);
  });

  it('carries the extra condition on every query, and the sandbox reads them', () => {
    const queries = query(['ADA@analytical.io', 'alan@bletchley.uk', 'grace@navy.mil'], { maxValues: 2, and: 'IsConverted = false' });
    expect(queries).toHaveLength(2);
    expect(queries.flatMap(rowsOf)).toEqual(['L1', 'L2']);
  });
});

describe('caseSafeId', () => {
  it('agrees with the sandbox on the 18-character form of 15-, 18- and re-cased ids', () => {
    const ids = [...Object.values(ID), ...Array.from({ length: 50 }, (_, i) => idFromCounter('00Q', '5e', i * 7919 + 1))];
    for (const id of ids) {
      expect(caseSafeId(id)).toBe(to18(id));
      expect(caseSafeId(id.slice(0, 15))).toBe(to18(id));
      expect(caseSafeId(id.toLowerCase())).toBe(to18(id.toLowerCase()));
    }
  });

  it('refuses what is not an id', () => {
    expect([caseSafeId('not-an-id'), caseSafeId('00Q5e00000001'), caseSafeId('001D000000IqhSLBAZ')]).toEqual([undefined, undefined, undefined]);
  });
});
