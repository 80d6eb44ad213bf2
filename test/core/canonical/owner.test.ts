import { describe, expect, it } from 'vitest';
import { CanonicalOwnerSchema, type CanonicalOwnerInput } from '../../../src/core/canonical/index.ts';
import { rejectionPaths } from './rejection-paths.ts';

const rep: CanonicalOwnerInput = {
  email: 'sam.rep@northpeak.example',
  role: 'ae',
  team: 'EMEA Sales',
  territory: 'EMEA',
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-06-01T00:00:00Z',
  source: { system: 'hubspot', id: 'owner-77' },
};

describe('canonical owner', () => {
  it('parses a rep with a team and a territory', () => {
    expect(CanonicalOwnerSchema.safeParse(rep).success).toBe(true);
  });

  it('defaults to active, no caps, no time off and no skills', () => {
    expect(CanonicalOwnerSchema.parse(rep)).toMatchObject({ active: true, capacity: {}, timeOff: [], skills: [] });
  });

  it('keeps time off ranges with their reason', () => {
    const timeOff = [{ startsAt: '2025-08-01T00:00:00+02:00', endsAt: '2025-08-15T00:00:00+02:00', reason: 'vacation' as const }];
    expect(CanonicalOwnerSchema.parse({ ...rep, timeOff }).timeOff).toEqual(timeOff);
  });

  it('rejects time off that ends before it starts, at its end', () => {
    const timeOff = [{ startsAt: '2025-08-15T00:00:00Z', endsAt: '2025-08-01T00:00:00Z' }];
    expect(rejectionPaths(CanonicalOwnerSchema, { ...rep, timeOff })).toEqual(['timeOff.0.endsAt']);
  });

  it('rejects a negative capacity', () => {
    expect(rejectionPaths(CanonicalOwnerSchema, { ...rep, capacity: { maxNewLeadsPerDay: -1 } })).toEqual(['capacity.maxNewLeadsPerDay']);
  });

  it('rejects an unknown role', () => {
    expect(rejectionPaths(CanonicalOwnerSchema, { ...rep, role: 'ninja' })).toEqual(['role']);
  });

  it('requires an email, the key owners are matched across systems by', () => {
    const { email: _email, ...withoutEmail } = rep;
    expect(rejectionPaths(CanonicalOwnerSchema, withoutEmail)).toEqual(['email']);
  });
});
