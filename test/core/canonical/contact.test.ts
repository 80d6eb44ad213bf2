import { describe, expect, it } from 'vitest';
import { CanonicalContactSchema, type CanonicalContactInput } from '../../../src/core/canonical/index.ts';
import { rejectionPaths } from './rejection-paths.ts';

const ada: CanonicalContactInput = {
  email: 'ada@analytical.example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  lifecycleStage: 'mql',
  createdAt: '2025-01-10T09:00:00Z',
  updatedAt: '2025-02-01T10:30:00+01:00',
  source: { system: 'hubspot', id: '101', objectType: 'contact' },
};

describe('canonical contact', () => {
  it('parses a contact with only the fields a CRM always has', () => {
    expect(CanonicalContactSchema.safeParse(ada).success).toBe(true);
  });

  it('fills the defaults: a contact (not a lead), no extra emails, not opted out, not an MQL', () => {
    const contact = CanonicalContactSchema.parse(ada);
    expect(contact.kind).toBe('contact');
    expect(contact.additionalEmails).toEqual([]);
    expect(contact.consent).toEqual({ emailOptOut: false, doNotCall: false, privacyDeletionRequested: false });
    expect(contact.scores).toEqual({ isMql: false });
  });

  it('trims whitespace around an email but keeps its case, which dedup decides about', () => {
    expect(CanonicalContactSchema.parse({ ...ada, email: '  Ada@Analytical.Example.com\t' }).email).toBe('Ada@Analytical.Example.com');
  });

  it('rejects a malformed email at the path "email"', () => {
    expect(rejectionPaths(CanonicalContactSchema, { ...ada, email: 'ada@' })).toEqual(['email']);
  });

  it('rejects a malformed address among additionalEmails at its index', () => {
    expect(rejectionPaths(CanonicalContactSchema, { ...ada, additionalEmails: ['ok@example.com', 'not an email'] })).toEqual(['additionalEmails.1']);
  });

  it('rejects a timestamp without an offset, which no reader could place in time', () => {
    expect(rejectionPaths(CanonicalContactSchema, { ...ada, createdAt: '2025-01-10T09:00:00' })).toEqual(['createdAt']);
  });

  it('rejects an impossible date at the field that holds it', () => {
    expect(rejectionPaths(CanonicalContactSchema, { ...ada, lastActivityAt: '2025-02-30T09:00:00Z' })).toEqual(['lastActivityAt']);
  });

  it('rejects a lifecycle stage spelt the HubSpot way, since canonical stages are short', () => {
    expect(rejectionPaths(CanonicalContactSchema, { ...ada, lifecycleStage: 'marketingqualifiedlead' })).toEqual(['lifecycleStage']);
  });

  it('rejects an update before the record existed', () => {
    expect(rejectionPaths(CanonicalContactSchema, { ...ada, updatedAt: '2025-01-09T00:00:00Z' })).toEqual(['updatedAt']);
  });

  it('compares createdAt and updatedAt as instants, whatever their offsets', () => {
    const sameInstant = { ...ada, createdAt: '2025-01-10T09:00:00Z', updatedAt: '2025-01-10T10:00:00+01:00' };
    expect(CanonicalContactSchema.safeParse(sameInstant).success).toBe(true);
  });

  it('rejects a record from a system the app does not know', () => {
    expect(rejectionPaths(CanonicalContactSchema, { ...ada, source: { system: 'pipedrive', id: '1' } })).toEqual(['source.system']);
  });

  it('rejects a person with nothing to identify them by', () => {
    const { email: _email, firstName: _first, lastName: _last, ...anonymous } = ada;
    expect(rejectionPaths(CanonicalContactSchema, anonymous)).toEqual(['email']);
  });

  it('rejects scores outside 0–100 at the score that is out of range', () => {
    expect(rejectionPaths(CanonicalContactSchema, { ...ada, scores: { fit: 120 } })).toEqual(['scores.fit']);
  });

  it('accepts phone numbers as people write them', () => {
    for (const phone of ['+1 (415) 555-0132', '020 7946 0958', '415.555.0132 x12', '+44 (0)20 7946 0958', '030/90182012']) {
      expect(rejectionPaths(CanonicalContactSchema, { ...ada, phone }), phone).toEqual([]);
    }
  });

  it('rejects a phone number with letters or too few digits', () => {
    expect(rejectionPaths(CanonicalContactSchema, { ...ada, phone: 'call me' })).toEqual(['phone']);
    expect(rejectionPaths(CanonicalContactSchema, { ...ada, phone: '555-01' })).toEqual(['phone']);
  });

  it('rejects an unknown GDPR legal basis inside consent', () => {
    expect(rejectionPaths(CanonicalContactSchema, { ...ada, consent: { gdprLegalBasis: 'because' } })).toEqual(['consent.gdprLegalBasis']);
  });
});

describe('canonical contact field provenance', () => {
  const at = '2025-02-01T10:00:00Z';

  it('records who wrote a field and when, so enrichment can leave a person\'s edit alone', () => {
    const contact = CanonicalContactSchema.parse({ ...ada, title: 'CTO', fieldSources: { title: { system: 'salesforce', at, writtenBy: 'person' } } });
    expect(contact.fieldSources?.title).toEqual({ system: 'salesforce', at, writtenBy: 'person' });
  });

  it('accepts provenance of a field inside a group by its dotted path', () => {
    const input = { ...ada, fieldSources: { 'consent.emailOptOut': { system: 'activecampaign', at } } };
    expect(CanonicalContactSchema.safeParse(input).success).toBe(true);
  });

  it('rejects provenance for a field the contact does not have, naming the misspelt key', () => {
    expect(rejectionPaths(CanonicalContactSchema, { ...ada, fieldSources: { emial: { system: 'hubspot', at } } })).toEqual(['fieldSources.emial']);
  });

  it('rejects provenance without a valid write time', () => {
    expect(rejectionPaths(CanonicalContactSchema, { ...ada, fieldSources: { email: { system: 'hubspot', at: 'yesterday' } } })).toEqual(['fieldSources.email.at']);
  });
});
