import { describe, expect, it } from 'vitest';
import { fromCanonicalContact, HubspotRecordError, toCanonicalContact } from '../../../connectors/hubspot/map/contact.ts';

const wire = (properties: Record<string, string | null>, id = '501') => ({
  id, properties, createdAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-02-03T04:05:06.000Z', archived: false,
});

describe('HubSpot contact mapping', () => {
  it('reads the standard properties, HubSpot stage and status values into canonical ones', () => {
    const contact = toCanonicalContact(wire({
      email: 'ada@example.com', firstname: 'Ada', lastname: 'Lovelace', phone: '+1 415 555 0132', company: 'Acme', jobtitle: 'CTO',
      lifecyclestage: 'marketingqualifiedlead', hs_lead_status: 'IN_PROGRESS', hubspot_owner_id: '77', hs_email_optout: 'true',
      hs_additional_emails: 'a@old.example;b@old.example', createdate: '2025-01-02T03:04:05.000Z', lastmodifieddate: '2025-03-01T00:00:00.000Z',
    }));
    expect(contact).toMatchObject({
      email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', phone: '+1 415 555 0132', companyName: 'Acme', title: 'CTO',
      lifecycleStage: 'mql', leadStatus: 'in_progress', ownerId: '77', consent: { emailOptOut: true },
      additionalEmails: ['a@old.example', 'b@old.example'], createdAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-03-01T00:00:00.000Z',
      source: { system: 'hubspot', id: '501' },
    });
  });

  it('writes canonical values back as HubSpot option values, leaving out what the contact lacks', () => {
    const contact = toCanonicalContact(wire({ email: 'a@b.example', lastname: 'B', lifecyclestage: 'salesqualifiedlead', hs_lead_status: 'NEW', hubspot_owner_id: '9' }));
    expect(fromCanonicalContact(contact)).toEqual({ email: 'a@b.example', lastname: 'B', lifecyclestage: 'salesqualifiedlead', hs_lead_status: 'NEW', hubspot_owner_id: '9' });
  });

  it('never writes another system\'s owner id or a lead status HubSpot has no option for', () => {
    const contact = { ...toCanonicalContact(wire({ email: 'a@b.example' })), source: { system: 'salesforce' as const, id: '003X' }, ownerId: '005Y', leadStatus: 'converted' as const };
    expect(fromCanonicalContact(contact)).toEqual({ email: 'a@b.example' });
  });

  it('names the record and the field of a malformed record', () => {
    expect(() => toCanonicalContact({ ...wire({}), updatedAt: 7 })).toThrow(HubspotRecordError);
    expect(() => toCanonicalContact({ ...wire({}), updatedAt: 7 })).toThrow(/HubSpot contact 501: updatedAt/);
    expect(() => toCanonicalContact(wire({ email: 'not-an-address', lastname: 'X' }, '502'))).toThrow(/HubSpot contact 502: email/);
  });
});
