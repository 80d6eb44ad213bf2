import { describe, expect, it } from 'vitest';
import { compileTransform, transformIn, transformOut } from '../../../src/core/transforms/index.ts';

const us = compileTransform({ type: 'phone', defaultCountry: 'US' });
const gb = compileTransform({ type: 'phone', defaultCountry: 'GB' });
const noCountry = compileTransform({ type: 'phone' });

describe('phone transform: numbers are read and written in E.164', () => {
  it.each([
    ['(415) 555-0100', '+14155550100'],
    ['415-555-0100', '+14155550100'],
    ['415.555.0100', '+14155550100'],
    ['1-415-555-0100', '+14155550100'],
    ['+1 (415) 555-0100', '+14155550100'],
    ['+14155550100', '+14155550100'],
    ['  (212) 555-0199 ', '+12125550199'],
  ])('reads the US number %j as %s', (typed, e164) => {
    expect(transformIn(us, 'hubspot', typed)).toEqual({ value: e164 });
  });

  it('reads a UK number typed at home in the UK default country', () => {
    expect(transformIn(gb, 'salesforce', '020 7946 0958')).toEqual({ value: '+442079460958' });
    expect(transformIn(gb, 'salesforce', '(020) 79460958')).toEqual({ value: '+442079460958' });
    expect(transformIn(gb, 'salesforce', '0044 20 7946 0958')).toEqual({ value: '+442079460958' });
  });

  it('reads a number with its + country code whatever the default country', () => {
    expect(transformIn(us, 'hubspot', '+44 20 7946 0958')).toEqual({ value: '+442079460958' });
    expect(transformIn(us, 'hubspot', '+44 (0)20 7946 0958')).toEqual({ value: '+442079460958' });
    expect(transformIn(us, 'hubspot', '011 44 20 7946 0958')).toEqual({ value: '+442079460958' });
    expect(transformIn(noCountry, 'hubspot', '+49 (0)30 1234567')).toEqual({ value: '+49301234567' });
  });

  it('keeps an extension after the E.164 number, since E.164 itself has none', () => {
    expect(transformIn(us, 'hubspot', '415.555.0132 x12')).toEqual({ value: '+14155550132 ext. 12' });
    expect(transformIn(us, 'hubspot', '+1 (415) 555-0132 ext. 12')).toEqual({ value: '+14155550132 ext. 12' });
    expect(transformIn(us, 'hubspot', '+1 415 555 0132 #12')).toEqual({ value: '+14155550132 ext. 12' });
    expect(transformIn(us, 'hubspot', '+14155550132 ext. 12')).toEqual({ value: '+14155550132 ext. 12' });
  });

  it('writes the same E.164 form it reads', () => {
    expect(transformOut(us, 'salesforce', '(415) 555-0100')).toEqual({ value: '+14155550100' });
    expect(transformOut(us, 'hubspot', '+14155550132 ext. 12')).toEqual({ value: '+14155550132 ext. 12' });
  });

  it('leaves a UK number typed without +44 as typed when the default country is the US, and says so', () => {
    expect(transformIn(us, 'hubspot', '020 7946 0958')).toEqual({
      value: '020 7946 0958',
      issue: { kind: 'unparsed_phone', message: '"020 7946 0958" is not a possible phone number (a number without + is read as US); kept as typed' },
    });
  });

  it.each(['n/a', 'call me', '555-0100', '123', '1-800-FLOWERS', 'call 415 555 0100 after 5'])('keeps %j as typed, reported, never dropped', (typed) => {
    const result = transformIn(us, 'hubspot', typed);
    expect(result.value).toBe(typed);
    expect(result.issue?.kind).toBe('unparsed_phone');
  });

  it('needs a + on a number when no default country is declared', () => {
    expect(transformIn(noCountry, 'hubspot', '(415) 555-0100').issue?.message).toBe(
      '"(415) 555-0100" is not a possible phone number (and has no + country code); kept as typed',
    );
  });

  it('passes empty values through untouched and unreported', () => {
    expect(transformIn(us, 'hubspot', undefined)).toEqual({ value: undefined });
    expect(transformIn(us, 'hubspot', null)).toEqual({ value: null });
    expect(transformOut(us, 'salesforce', '  ')).toEqual({ value: '  ' });
  });
});
