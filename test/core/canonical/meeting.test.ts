import { describe, expect, it } from 'vitest';
import { CanonicalMeetingSchema, type CanonicalMeetingInput } from '../../../src/core/canonical/index.ts';
import { rejectionPaths } from './rejection-paths.ts';

const demo: CanonicalMeetingInput = {
  startsAt: '2025-04-02T15:00:00Z',
  endsAt: '2025-04-02T15:45:00Z',
  eventType: 'Product demo (45 min)',
  inviteeEmail: 'lin@prospect.example.com',
  hostOwnerId: 'owner-1',
  createdAt: '2025-03-30T09:00:00Z',
  updatedAt: '2025-03-30T09:00:00Z',
  source: { system: 'calendly', id: 'evt_123', objectType: 'scheduled_event' },
};

describe('canonical meeting', () => {
  it('parses a booking and defaults its status to booked', () => {
    expect(CanonicalMeetingSchema.parse(demo).status).toBe('booked');
  });

  it('accepts each of the four statuses a booking can end in', () => {
    for (const status of ['booked', 'cancelled', 'no_show', 'completed']) {
      expect(rejectionPaths(CanonicalMeetingSchema, { ...demo, status }), status).toEqual([]);
    }
  });

  it('rejects a status Calendly does not have', () => {
    expect(rejectionPaths(CanonicalMeetingSchema, { ...demo, status: 'rescheduled' })).toEqual(['status']);
  });

  it('rejects a meeting that ends before it starts', () => {
    expect(rejectionPaths(CanonicalMeetingSchema, { ...demo, endsAt: '2025-04-02T14:00:00Z' })).toEqual(['endsAt']);
  });

  it('rejects an invitee email that is not an address', () => {
    expect(rejectionPaths(CanonicalMeetingSchema, { ...demo, inviteeEmail: 'lin at prospect' })).toEqual(['inviteeEmail']);
  });
});
