import { describe, expect, it } from 'vitest';
import { IdMinter, idChecksum, isWellFormedId, sobjectOfId, to15, to18 } from '../../../connectors/salesforce/sandbox/ids.ts';

describe('Salesforce ids', () => {
  it('computes the case-safe suffix of Salesforce\'s documented example', () => {
    expect(idChecksum('001D000000IqhSL')).toBe('IAZ');
    expect(to18('001D000000IqhSL')).toBe('001D000000IqhSLIAZ');
    expect(to15('001D000000IqhSLIAZ')).toBe('001D000000IqhSL');
  });

  it('accepts 18-character ids with the suffix in either case, and refuses a suffix that marks a digit upper case or a wrong length', () => {
    expect(to18('001D000000IqhSLiaz')).toBe('001D000000IqhSLIAZ');
    expect(to18('001D000000IqhSLBAZ')).toBeUndefined();
    expect(to18('001D000000Iqh')).toBeUndefined();
    expect(isWellFormedId('not-an-id')).toBe(false);
  });

  it('rebuilds the case of an 18-character id from its suffix, whatever case it arrives in', () => {
    expect(to18('001d000000iqhsliaz')).toBe('001D000000IqhSLIAZ');
    expect(to18('001D000000IQHSLIAZ')).toBe('001D000000IqhSLIAZ');
  });

  it('tells the object from the key prefix', () => {
    expect(sobjectOfId('00Q5e0000000001EAA')).toBe('Lead');
    expect(sobjectOfId('0035e0000000001AAA')).toBe('Contact');
    expect(sobjectOfId('a005e0000000001AAA')).toBeUndefined();
  });

  it('mints ids per prefix in sequence, in an order string comparison keeps, past reserved ones', () => {
    const minter = new IdMinter('5e');
    const leads = Array.from({ length: 70 }, () => minter.next('Lead'));
    expect(leads[0]).toBe('00Q5e0000000001EAA');
    expect([...leads].sort()).toEqual(leads);
    expect(leads.every((id) => to18(id) === id)).toBe(true);
    minter.reserve('0055e0000000100AAA');
    expect(minter.next('User')).toBe(to18('0055e0000000101'));
  });
});
