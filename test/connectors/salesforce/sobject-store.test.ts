import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { SalesforceSandboxState, SObjectWriteError } from '../../../connectors/salesforce/sandbox/state/index.ts';
import { SalesforceSandboxSettings } from '../../../connectors/salesforce/sandbox/settings.ts';

function org(input = {}) {
  const clock = new ManualClock(Date.UTC(2026, 0, 1));
  const state = new SalesforceSandboxState({ clock, settings: SalesforceSandboxSettings.parse(input) });
  return { clock, state, admin: state.adminUserId };
}

describe('the org\'s record store', () => {
  it('has its admin user from the start, and again after reset', () => {
    const { state, admin } = org();
    expect(state.records.get(admin)?.fields).toMatchObject({ Username: 'admin@demo-revops.example', Name: 'Sandbox Admin', IsActive: true });
    state.reset();
    expect(state.records.count('User')).toBe(1);
  });

  it('never hands out an id seen before a reset to a record created after it', () => {
    const { state, admin } = org();
    const before = [1, 2, 3].map((n) => state.records.insert('Lead', { LastName: `Before ${n}`, Company: 'C' }, admin).Id);
    state.reset();
    const after = state.records.insert('Lead', { LastName: 'After', Company: 'C' }, admin).Id;
    expect(before).not.toContain(after);
    expect(after > (before.at(-1) ?? '')).toBe(true);
  });

  it('gives re-seeded records the ids they had before a reset', () => {
    const { state, admin } = org();
    const seed = () => state.records.seeding(() => state.records.insert('Lead', { LastName: 'Seeded', Company: 'C' }, admin, { system: true }).Id);
    const first = seed();
    state.records.insert('Lead', { LastName: 'Created', Company: 'C' }, admin);
    state.reset();
    expect(seed()).toBe(first);
  });

  it('lists the newest live records of an object, newest first', () => {
    const { state, admin } = org();
    const ids = Array.from({ length: 8 }, (_, i) => state.records.insert('Lead', { LastName: `L${i}`, Company: 'C' }, admin).Id);
    state.records.softDelete(ids[6] ?? '', admin);
    expect(state.records.latest('Lead', 5).map((r) => r.Id)).toEqual([ids[7], ids[5], ids[4], ids[3], ids[2]]);
    expect(state.records.latest('Lead', 20)).toHaveLength(7);
  });

  it('stamps system fields with the clock and keeps records in Id order', () => {
    const { clock, state, admin } = org();
    const a = state.records.insert('Lead', { LastName: 'A', Company: 'C' }, admin);
    clock.advance(60_000);
    const b = state.records.update(a.Id, { Title: 'CTO' }, admin);
    expect(a.fields.CreatedDate).toBe('2026-01-01T00:00:00.000+0000');
    expect(b.fields.LastModifiedDate).toBe('2026-01-01T00:01:00.000+0000');
    expect(b.fields.SystemModstamp).toBe(b.fields.LastModifiedDate);
    const ids = Array.from({ length: 5 }, (_, i) => state.records.insert('Lead', { LastName: `L${i}`, Company: 'C' }, admin).Id);
    expect([...state.records.all('lead')].map((r) => r.Id)).toEqual([a.Id, ...ids]);
  });

  it('rolls a batch back whole, restoring deleted and updated records in place', () => {
    const { state, admin } = org();
    const [x, y] = ['X', 'Y'].map((n) => state.records.insert('Account', { Name: n }, admin));
    state.records.begin();
    state.records.update(x!.Id, { Name: 'X2' }, admin);
    state.records.hardRemove(x!.Id);
    state.records.softDelete(y!.Id, admin);
    state.records.insert('Account', { Name: 'Z' }, admin);
    state.records.rollback();
    expect([...state.records.all('Account')].map((r) => r.fields.Name)).toEqual(['X', 'Y']);
    expect(state.records.findByField('Account', 'Name', 'x').map((r) => r.Id)).toEqual([x!.Id]);
  });

  it('refuses with Salesforce\'s codes, all fields of one kind in one error', () => {
    const { state, admin } = org();
    const refused = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        if (err instanceof SObjectWriteError) return err.errors;
      }
      throw new Error('expected a refusal');
    };
    expect(refused(() => state.records.insert('Opportunity', { Name: 'N' }, admin))).toEqual([
      { errorCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [StageName, CloseDate]', fields: ['StageName', 'CloseDate'] },
    ]);
    expect(refused(() => state.records.insert('Lead', { LastName: 'A', Company: 'C', IsConverted: true, Name: 'x' }, admin))[0])
      .toMatchObject({ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', fields: ['IsConverted', 'Name'] });
    expect(refused(() => state.records.insert('Widget', {}, admin))[0]?.errorCode).toBe('INVALID_TYPE');
  });

  it('lets system writes set read-only fields, and locks converted leads for API writes', () => {
    const { state, admin } = org();
    const lead = state.records.insert('Lead', { LastName: 'A', Company: 'C' }, admin);
    state.records.update(lead.Id, { IsConverted: true, ConvertedDate: '2026-01-01' }, admin, { system: true });
    expect(() => state.records.update(lead.Id, { Title: 'x' }, admin)).toThrow(/CANNOT_UPDATE_CONVERTED_LEAD/);
  });
});
