import { describe, expect, it } from 'vitest';
import { compileTransform, transformIn, transformOut } from '../../../src/core/transforms/index.ts';

// deal.yaml's close date: HubSpot stores a day as midnight UTC in ms, Salesforce CloseDate is a date; canonical is a day.
const closeDate = compileTransform({ type: 'date', hubspot: 'epoch_ms', salesforce: 'iso_date' }, { canonicalDate: 'iso_date' });
// An instant field: HubSpot in ms, Salesforce as a datetime.
const createdAt = compileTransform({ type: 'date', hubspot: 'epoch_ms', salesforce: 'iso_datetime' }, { canonicalDate: 'iso_datetime' });

const MIDNIGHT_31_MARCH_UTC = Date.UTC(2025, 2, 31); // 1743379200000

describe('date transform, to a canonical day', () => {
  it('reads HubSpot midnight-UTC milliseconds, as a number or as the digits the API returns', () => {
    expect(transformIn(closeDate, 'hubspot', MIDNIGHT_31_MARCH_UTC)).toEqual({ value: '2025-03-31' });
    expect(transformIn(closeDate, 'hubspot', String(MIDNIGHT_31_MARCH_UTC))).toEqual({ value: '2025-03-31' });
  });

  it('reads an ISO day as itself', () => {
    expect(transformIn(closeDate, 'salesforce', '2025-03-31')).toEqual({ value: '2025-03-31' });
  });

  it('reads whichever format arrives, whatever the side declares (HubSpot v3 also answers ISO strings)', () => {
    expect(transformIn(closeDate, 'hubspot', '2025-03-31T00:00:00.000Z')).toEqual({ value: '2025-03-31' });
    expect(transformIn(closeDate, 'hubspot', '2025-03-31')).toEqual({ value: '2025-03-31' });
  });

  it('takes an instant\'s day in its own offset: late evening in New York is still that day', () => {
    expect(transformIn(closeDate, 'salesforce', '2025-03-31T23:30:00-05:00')).toEqual({ value: '2025-03-31' });
    expect(transformIn(closeDate, 'salesforce', '2025-03-31T00:30:00+10:00')).toEqual({ value: '2025-03-31' });
  });

  it('takes the UTC day of milliseconds, which carry no offset', () => {
    // 00:30 on 31 March in Sydney is 13:30 on 30 March UTC.
    expect(transformIn(closeDate, 'hubspot', Date.UTC(2025, 2, 30, 13, 30))).toEqual({ value: '2025-03-30' });
  });

  it('writes a day to HubSpot as midnight UTC in ms and to Salesforce as the ISO day', () => {
    expect(transformOut(closeDate, 'hubspot', '2025-03-31')).toEqual({ value: MIDNIGHT_31_MARCH_UTC });
    expect(transformOut(closeDate, 'salesforce', '2025-03-31')).toEqual({ value: '2025-03-31' });
  });

  it('round-trips a day through HubSpot milliseconds', () => {
    const written = transformOut(closeDate, 'hubspot', '2024-02-29').value;
    expect(transformIn(closeDate, 'hubspot', written)).toEqual({ value: '2024-02-29' });
  });
});

describe('date transform, to a canonical instant', () => {
  it('reads Salesforce datetimes, whose offsets have no colon, as UTC instants', () => {
    expect(transformIn(createdAt, 'salesforce', '2025-03-31T17:00:00.000+0000')).toEqual({ value: '2025-03-31T17:00:00.000Z' });
  });

  it('keeps the instant across offsets: 23:30 in New York is 04:30 the next day in UTC', () => {
    expect(transformIn(createdAt, 'salesforce', '2025-03-31T23:30:00-05:00')).toEqual({ value: '2025-04-01T04:30:00.000Z' });
  });

  it('reads a bare day as midnight UTC', () => {
    expect(transformIn(createdAt, 'salesforce', '2025-03-31')).toEqual({ value: '2025-03-31T00:00:00.000Z' });
  });

  it('writes an instant as ms to HubSpot and as a UTC datetime to Salesforce', () => {
    expect(transformOut(createdAt, 'hubspot', '2025-03-31T19:00:00+02:00')).toEqual({ value: Date.UTC(2025, 2, 31, 17) });
    expect(transformOut(createdAt, 'salesforce', '2025-03-31T19:00:00+02:00')).toEqual({ value: '2025-03-31T17:00:00.000Z' });
  });
});

describe('a value that is not a date', () => {
  it.each(['next quarter', '2025-02-30', '2025-13-01', '31/03/2025', '2025-03-31T10:00:00'])('passes %j through unchanged, reported', (value) => {
    const result = transformIn(closeDate, 'salesforce', value);
    expect(result.value).toBe(value);
    expect(result.issue?.kind).toBe('unparsed_date');
  });

  it('refuses a local time with no offset, which names no single instant', () => {
    expect(transformOut(createdAt, 'salesforce', '2025-03-31T10:00:00').issue?.message).toBe(
      '"2025-03-31T10:00:00" is not a date (a day, an instant with its offset, or epoch milliseconds); passed through unchanged',
    );
  });

  it('passes empty values through untouched', () => {
    expect(transformIn(closeDate, 'hubspot', null)).toEqual({ value: null });
    expect(transformIn(closeDate, 'hubspot', '')).toEqual({ value: '' });
  });
});
