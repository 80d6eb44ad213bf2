import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../src/sandbox-kit/index.ts';
import { QueryEngine } from '../../../../connectors/salesforce/sandbox/soql/query-engine.ts';
import type { PageRequest, QueryAnswer } from '../../../../connectors/salesforce/sandbox/soql/query-engine.ts';
import { SoqlError } from '../../../../connectors/salesforce/sandbox/soql/errors.ts';
import type { QuerySource, SoqlRow } from '../../../../connectors/salesforce/sandbox/soql/source.ts';
import { IdMinter } from '../../../../connectors/salesforce/sandbox/ids.ts';
import { FIXTURE_NOW, fixtureSource } from './fixture-org.ts';

// nextRecordsUrl paging: pages of pageSize rows, a cursor that is a snapshot of the matching ids when
// the query ran, locators that can be fetched at any position, last 2 days and are bounded by the ids
// they hold (finished cursors released first, then the least recently used).

const PAGE: PageRequest = { apiVersion: '62.0', resource: 'query', pageSize: 2000 };

/** A source of `count` extra Contact rows over the fixture org, whose rows can be changed between pages. */
function bigSource(count: number): { source: QuerySource; rows: Map<string, SoqlRow> } {
  const minter = new IdMinter('7x');
  const rows = new Map<string, SoqlRow>();
  for (let i = 1; i <= count; i++) {
    const id = minter.next('Contact');
    rows.set(id, { Id: id, sobject: 'Contact', fields: { Id: id, LastName: `Bulk ${String(i).padStart(5, '0')}`, FirstName: 'Bulk', Email: null, AccountId: null, OwnerId: null, IsDeleted: false, CreatedDate: '2024-01-01T00:00:00.000+0000' } });
  }
  const base = fixtureSource();
  const live = (row: SoqlRow, includeDeleted: boolean) => includeDeleted || row.fields.IsDeleted !== true;
  const source: QuerySource = {
    sobjectNames: () => base.sobjectNames(),
    describe: (name) => base.describe(name),
    rows: (sobject, options) => (sobject === 'Contact' ? [...rows.values()].filter((r) => live(r, options.includeDeleted)) : base.rows(sobject, options)),
    byId: (id, options) => {
      const row = rows.get(id);
      return row ? (live(row, options.includeDeleted) ? row : undefined) : base.byId(id, options);
    },
  };
  return { source, rows };
}

function locatorOf(answer: QueryAnswer): string {
  const url = answer.nextRecordsUrl ?? '';
  return url.split('/').pop() ?? '';
}

function refusal(call: () => unknown): SoqlError {
  try {
    call();
  } catch (err) {
    if (err instanceof SoqlError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('query paging', () => {
  it('answers 2,000 rows a page and follows the locator to exactly every matching row', () => {
    const { source, rows } = bigSource(4500);
    const engine = new QueryEngine(source, { now: () => FIXTURE_NOW });
    const first = engine.run("SELECT Id FROM Contact WHERE FirstName = 'Bulk'", PAGE);
    expect(first).toMatchObject({ totalSize: 4500, done: false });
    expect(first.records).toHaveLength(2000);
    expect(first.nextRecordsUrl).toMatch(/^\/services\/data\/v62\.0\/query\/01g5e0000000001[A-Z0-5]{3}-2000$/);
    const second = engine.more(locatorOf(first), { ...PAGE, pageSize: undefined });
    expect(second).toMatchObject({ totalSize: 4500, done: false });
    expect(locatorOf(second)).toMatch(/-4000$/);
    const third = engine.more(locatorOf(second), { ...PAGE, pageSize: undefined });
    expect(third).toMatchObject({ totalSize: 4500, done: true });
    expect(third.nextRecordsUrl).toBeUndefined();
    const ids = [first, second, third].flatMap((page) => page.records.map((r) => r.Id));
    expect(ids).toEqual([...rows.keys()]);
  });

  it('pages a snapshot: rows changed, added or deleted after the query do not shift later pages', () => {
    const { source, rows } = bigSource(2500);
    const engine = new QueryEngine(source, { now: () => FIXTURE_NOW });
    const first = engine.run("SELECT Id, LastName FROM Contact WHERE FirstName = 'Bulk' ORDER BY LastName DESC", PAGE);
    const expected = [...rows.keys()].reverse();
    for (const id of expected.slice(0, 100)) rows.delete(id);
    const last = expected.at(-1) as string;
    const row = rows.get(last) as SoqlRow;
    rows.set(last, { ...row, fields: { ...row.fields, IsDeleted: true, LastName: 'Renamed' } });
    const second = engine.more(locatorOf(first), { ...PAGE, pageSize: undefined });
    expect(second.records.map((r) => r.Id)).toEqual(expected.slice(2000));
    expect(second.records.at(-1)).toMatchObject({ LastName: 'Renamed' });
  });

  it('honours the page size asked for, on the query and on each locator', () => {
    const { source } = bigSource(1000);
    const engine = new QueryEngine(source, { now: () => FIXTURE_NOW });
    const first = engine.run("SELECT Id FROM Contact WHERE FirstName = 'Bulk'", { ...PAGE, pageSize: 200 });
    expect(first.records).toHaveLength(200);
    expect(locatorOf(first)).toMatch(/-200$/);
    const kept = engine.more(locatorOf(first), { ...PAGE, pageSize: undefined });
    expect(kept.records).toHaveLength(200);
    const bigger = engine.more(locatorOf(kept), { ...PAGE, pageSize: 500 });
    expect(bigger.records).toHaveLength(500);
    expect(bigger.done).toBe(false);
    expect(locatorOf(bigger)).toMatch(/-900$/);
  });

  it('serves any position of an open cursor, and nextRecordsUrl names the resource the client used', () => {
    const { source, rows } = bigSource(4500);
    const engine = new QueryEngine(source, { now: () => FIXTURE_NOW });
    const first = engine.run("SELECT Id FROM Contact WHERE FirstName = 'Bulk'", { ...PAGE, resource: 'queryAll' });
    expect(first.nextRecordsUrl).toMatch(/^\/services\/data\/v62\.0\/queryAll\/01g/);
    const cursorId = locatorOf(first).split('-')[0];
    const jump = engine.more(`${cursorId}-4400`, { ...PAGE, pageSize: undefined });
    expect(jump.records.map((r) => r.Id)).toEqual([...rows.keys()].slice(4400));
    expect(jump.done).toBe(true);
  });

  it('keeps a cursor 2 days from its creation on the sandbox clock, however often it is used', () => {
    const clock = new ManualClock(FIXTURE_NOW);
    const { source } = bigSource(8500);
    const engine = new QueryEngine(source, { now: () => clock.now() });
    const first = engine.run("SELECT Id FROM Contact WHERE FirstName = 'Bulk'", PAGE);
    clock.advance(24 * 60 * 60_000);
    const second = engine.more(locatorOf(first), { ...PAGE, pageSize: undefined });
    clock.advance(24 * 60 * 60_000);
    const third = engine.more(locatorOf(second), { ...PAGE, pageSize: undefined });
    clock.advance(1);
    const expired = refusal(() => engine.more(locatorOf(third), { ...PAGE, pageSize: undefined }));
    expect(expired.errorCode).toBe('INVALID_QUERY_LOCATOR');
    expect(expired.messageFor('')).toBe('invalid query locator');
    expect(engine.openCursors).toBe(0);
  });

  it("keeps a long sync's cursor open while more than 10 other paged queries run to their end", () => {
    const { source } = bigSource(4500);
    const engine = new QueryEngine(source, { now: () => FIXTURE_NOW, maxStoredIds: 10_000 });
    const longSync = engine.run("SELECT Id FROM Contact WHERE FirstName = 'Bulk'", PAGE);
    for (let i = 0; i < 12; i++) {
      let page = engine.run("SELECT Id FROM Contact WHERE FirstName = 'Bulk' LIMIT 2500", PAGE);
      while (!page.done) page = engine.more(locatorOf(page), { ...PAGE, pageSize: undefined });
    }
    expect(engine.more(locatorOf(longSync), { ...PAGE, pageSize: undefined }).records).toHaveLength(2000);
  });

  it('bounds memory by the ids cursors hold, releasing the least recently used when none is finished', () => {
    const { source } = bigSource(4001);
    const engine = new QueryEngine(source, { now: () => FIXTURE_NOW, maxStoredIds: 3 * 4001 });
    const locators = Array.from({ length: 3 }, () => locatorOf(engine.run("SELECT Id FROM Contact WHERE FirstName = 'Bulk'", PAGE)));
    engine.more(locators[0] ?? '', { ...PAGE, pageSize: 1 });
    engine.run("SELECT Id FROM Contact WHERE FirstName = 'Bulk'", PAGE);
    expect(engine.openCursors).toBe(3);
    expect(refusal(() => engine.more(locators[1] ?? '', { ...PAGE, pageSize: undefined })).errorCode).toBe('INVALID_QUERY_LOCATOR');
    expect(engine.more(locators[0] ?? '', { ...PAGE, pageSize: undefined }).records).toHaveLength(2000);
  });

  it.each(['nonsense', '01g5e0000000099AAA-2000', '01g5e0000000001AAA', '01g5e0000000001AAA-99999'])('refuses the locator %s', (locator) => {
    const { source } = bigSource(2001);
    const engine = new QueryEngine(source, { now: () => FIXTURE_NOW });
    engine.run("SELECT Id FROM Contact WHERE FirstName = 'Bulk'", PAGE);
    expect(refusal(() => engine.more(locator, { ...PAGE, pageSize: undefined })).errorCode).toBe('INVALID_QUERY_LOCATOR');
  });

  it('opens no cursor for an answer that fits one page', () => {
    const engine = new QueryEngine(fixtureSource(), { now: () => FIXTURE_NOW });
    expect(engine.run('SELECT Id FROM Lead', PAGE).done).toBe(true);
    expect(engine.openCursors).toBe(0);
  });
});
