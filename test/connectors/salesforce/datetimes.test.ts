import { describe, expect, it } from 'vitest';
import { parseSfDate, parseSfDateTime, sfDate, sfDateTime } from '../../../connectors/salesforce/sandbox/datetimes.ts';

// The one reader and writer of Salesforce's date and datetime text (SOQL literals, saved values, Event
// times and replication windows all use it).

const AT = Date.UTC(2024, 0, 15, 10, 30);

describe('Salesforce datetimes', () => {
  it.each([
    ['2024-01-15T10:30:00.000+0000', AT],
    ['2024-01-15T10:30:00Z', AT],
    ['2024-01-15T11:30:00+01:00', AT],
    ['2024-01-15T02:30:00-0800', AT],
    ['2024-01-15T10:30Z', AT],
    ['2024-01-15T10:30:00.5Z', AT + 500],
    ['2024-02-30T10:30:00Z', undefined],
    ['2024-01-15T24:00:00Z', undefined],
    ['2024-01-15T10:30:00', undefined],
    ['2024-01-15', undefined],
  ])('reads %s', (text, ms) => {
    expect(parseSfDateTime(text)).toBe(ms);
  });

  it('insists on seconds when the caller does (SOQL literals)', () => {
    expect(parseSfDateTime('2024-01-15T10:30Z', { requireSeconds: true })).toBeUndefined();
    expect(parseSfDateTime('2024-01-15T10:30:00Z', { requireSeconds: true })).toBe(AT);
  });

  it('reads dates, refusing impossible ones, and writes both wire forms', () => {
    expect(parseSfDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(parseSfDate('2023-02-29')).toBeUndefined();
    expect(sfDateTime(AT)).toBe('2024-01-15T10:30:00.000+0000');
    expect(sfDate(AT)).toBe('2024-01-15');
  });
});
