import { describe, expect, it } from 'vitest';
import { ContactWire, LeadWire, canonicalToContact, canonicalToLead, contactToCanonical, leadConversion, leadToCanonical } from '../../../../connectors/salesforce/index.ts';

const lead = {
  attributes: { type: 'Lead', url: '/services/data/v62.0/sobjects/Lead/00Q5g00000AbCdEEAZ' },
  Id: '00Q5g00000AbCdEEAZ', FirstName: 'Ada', LastName: 'Lovelace', Email: 'ada@analytical.example', Phone: '+44 20 7946 0958',
  Title: 'CTO', Company: 'Analytical Engines', LeadSource: 'Partner Referral', Status: 'Working - Contacted', OwnerId: '0055g00000XyZaBAAV',
  HasOptedOutOfEmail: true, DoNotCall: false, IsConverted: false, ConvertedContactId: null, ConvertedAccountId: null, ConvertedDate: null,
  CreatedDate: '2026-01-05T09:00:00.000+0000', LastModifiedDate: '2026-03-01T10:30:00.000+0000', SystemModstamp: '2026-03-01T10:30:00.000+0000',
};

describe('leadToCanonical', () => {
  it('reads the standard fields into a canonical lead that knows where it lives', () => {
    expect(leadToCanonical(LeadWire.parse(lead))).toMatchObject({
      kind: 'lead', source: { system: 'salesforce', id: lead.Id, objectType: 'Lead' },
      firstName: 'Ada', lastName: 'Lovelace', email: 'ada@analytical.example', phone: '+44 20 7946 0958', title: 'CTO',
      companyName: 'Analytical Engines', leadSource: 'partner', leadStatus: 'in_progress', ownerId: '0055g00000XyZaBAAV',
      consent: { emailOptOut: true, doNotCall: false }, createdAt: '2026-01-05T09:00:00.000Z', updatedAt: '2026-03-01T10:30:00.000Z',
    });
  });

  it('keeps an org-specific lead source as the detail', () => {
    expect(leadToCanonical(LeadWire.parse({ ...lead, LeadSource: 'Trade Show' }))).toMatchObject({ leadSource: 'other', leadSourceDetail: 'Trade Show' });
  });

  it('marks a converted lead converted and says which contact it became', () => {
    const converted = LeadWire.parse({ ...lead, IsConverted: true, Status: 'Closed - Converted', ConvertedContactId: '0035g00000QwErTAAZ', ConvertedAccountId: '0015g00000AsDfGAAZ', ConvertedDate: '2026-03-01' });
    expect(leadToCanonical(converted).leadStatus).toBe('converted');
    expect(leadConversion(converted)).toEqual({ leadId: lead.Id, contactId: '0035g00000QwErTAAZ', accountId: '0015g00000AsDfGAAZ', convertedOn: '2026-03-01' });
    expect(leadConversion(LeadWire.parse(lead))).toBeUndefined();
  });

  it('refuses a malformed row naming the field', () => {
    expect(LeadWire.safeParse({ ...lead, SystemModstamp: 'yesterday' }).error?.issues[0]?.path).toEqual(['SystemModstamp']);
  });

  it('refuses a value the canonical record cannot hold, naming the record and the field', () => {
    expect(() => leadToCanonical(LeadWire.parse({ ...lead, Phone: 'ask reception' }))).toThrow(`Lead ${lead.Id} field phone`);
  });
});

describe('contactToCanonical', () => {
  it('reads the account as the company id', () => {
    const { Company: _c, Status: _s, IsConverted: _i, ConvertedContactId: _cc, ConvertedAccountId: _ca, ConvertedDate: _cd, ...person } = lead;
    const wire = ContactWire.parse({ ...person, Id: '0035g00000QwErTAAZ', AccountId: '0015g00000AsDfGAAZ' });
    expect(contactToCanonical(wire)).toMatchObject({ kind: 'contact', companyId: '0015g00000AsDfGAAZ', source: { objectType: 'Contact' } });
  });
});

describe('canonicalToLead and canonicalToContact', () => {
  const canonical = leadToCanonical(LeadWire.parse(lead));

  it('writes the standard fields back, and no read-only ones', () => {
    expect(canonicalToLead(canonical)).toEqual({
      FirstName: 'Ada', LastName: 'Lovelace', Email: 'ada@analytical.example', Phone: '+44 20 7946 0958', Title: 'CTO', Company: 'Analytical Engines',
      LeadSource: 'Partner Referral', Status: 'Working - Contacted', OwnerId: '0055g00000XyZaBAAV', HasOptedOutOfEmail: true, DoNotCall: false,
    });
  });

  it('leaves out absent values rather than clearing them, and never writes the converted status', () => {
    const sparse = { ...canonical, title: undefined, leadStatus: 'converted' as const };
    expect(canonicalToLead(sparse)).not.toHaveProperty('Title');
    expect(canonicalToLead(sparse)).not.toHaveProperty('Status');
  });

  it('sends owner and account ids only when they are Salesforce ids', () => {
    const fromHubspot = { ...canonical, kind: 'contact' as const, companyId: '9876', ownerId: '123', source: { system: 'hubspot' as const, id: '501' } };
    expect(canonicalToContact(fromHubspot)).not.toHaveProperty('OwnerId');
    expect(canonicalToContact(fromHubspot)).not.toHaveProperty('AccountId');
  });
});
