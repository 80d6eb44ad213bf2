import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../src/sandbox-kit/index.ts';
import { generateDemoData } from '../../../../src/demo/index.ts';
import { HubspotSandboxState } from '../../../../connectors/hubspot/sandbox/state/index.ts';
import { UniqueValueIndex, UniqueValueTaken } from '../../../../connectors/hubspot/sandbox/state/unique-values.ts';
import { seedHubspotState } from '../../../../connectors/hubspot/sandbox/seed.ts';

// Unique values (contact email, additional emails, hasUniqueValue properties) identify one record:
// the store refuses loudly to share one, and frees them when they stop being unique.

const IMPORT = { sourceType: 'IMPORT' };
const newState = () => new HubspotSandboxState({ clock: new ManualClock(Date.UTC(2026, 0, 5)) });

describe('UniqueValueIndex', () => {
  it('throws instead of handing a value another record owns to a second record', () => {
    const index = new UniqueValueIndex();
    index.claim('contacts', 'email', 'c@x.com', '1001');
    expect(() => index.claim('contacts', 'email', ' C@X.com', '1002')).toThrow(UniqueValueTaken);
    expect(index.ownerOf('contacts', 'email', 'c@x.com')).toBe('1001');
  });
});

describe('the record store and unique values', () => {
  it('throws rather than update a contact to an email another contact holds', () => {
    const { records } = newState();
    records.create('contacts', { email: 'c@x.com' }, IMPORT);
    const other = records.create('contacts', { email: 'd@x.com' }, IMPORT);
    expect(() => records.update('contacts', other.id, { email: 'C@x.com' }, IMPORT)).toThrow(UniqueValueTaken);
    expect(records.get('contacts', other.id)!.properties.email).toBe('d@x.com');
  });

  it('frees the values of a unique property when the property is archived', () => {
    const state = newState();
    state.properties.create('contacts', { name: 'ext_id', label: 'External id', type: 'string', fieldType: 'text', groupName: 'contactinformation', hasUniqueValue: true }, 0);
    state.records.create('contacts', { ext_id: 'E-1' }, IMPORT);
    state.properties.archive('contacts', 'ext_id', 1);
    expect(state.records.findByUnique('contacts', 'ext_id', 'E-1')).toBeUndefined();
  });

  it('seeds a contact whose additional email another contact holds without that address', () => {
    const data = generateDemoData({ size: 40, seed: 3 });
    const [first, second] = data.contacts.filter((c) => c.email);
    second!.additionalEmails = [first!.email!.toUpperCase(), 'kept@elsewhere.example'];
    const state = newState();
    seedHubspotState(state, data);
    const holder = state.records.findByUnique('contacts', 'email', first!.email!)!;
    expect(holder.properties.email).toBe(first!.email);
    const loaded = state.records.findByUnique('contacts', 'email', second!.email!)!;
    expect(loaded.properties.hs_additional_emails).toBe('kept@elsewhere.example');
  });
});
