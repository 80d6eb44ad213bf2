import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES, CanonicalActivitySchema } from '../../../src/core/canonical/index.ts';
import { rejectionPaths } from './rejection-paths.ts';

const pricingVisit = {
  type: 'page_view',
  url: 'https://www.northpeak.example/pricing',
  occurredAt: '2025-04-01T08:15:00Z',
  contactId: 'contact-9',
  source: { system: 'hubspot', id: 'pv-1' },
};

describe('canonical activity', () => {
  it('parses a page view with its url', () => {
    expect(CanonicalActivitySchema.parse(pricingVisit)).toMatchObject({ type: 'page_view', url: 'https://www.northpeak.example/pricing' });
  });

  it('rejects a page view without a url, at "url"', () => {
    const { url: _url, ...withoutUrl } = pricingVisit;
    expect(rejectionPaths(CanonicalActivitySchema, withoutUrl)).toEqual(['url']);
  });

  it('rejects an activity type it does not know, at "type"', () => {
    expect(rejectionPaths(CanonicalActivitySchema, { ...pricingVisit, type: 'tweet' })).toEqual(['type']);
  });

  it('rejects an activity that concerns nobody', () => {
    const { contactId: _contactId, ...aboutNobody } = pricingVisit;
    expect(rejectionPaths(CanonicalActivitySchema, aboutNobody)).toEqual(['contactId']);
  });

  it('accepts an activity known only by the email a marketing tool keyed it on', () => {
    const open = { type: 'email_open', occurredAt: '2025-04-01T08:15:00Z', email: 'lin@prospect.example.com', source: { system: 'activecampaign', id: 'o-1' } };
    expect(rejectionPaths(CanonicalActivitySchema, open)).toEqual([]);
  });

  it('rejects an occurredAt without an offset', () => {
    expect(rejectionPaths(CanonicalActivitySchema, { ...pricingVisit, occurredAt: '2025-04-01 08:15' })).toEqual(['occurredAt']);
  });

  it('lists every type the scoring rules can weigh, from email opens to product usage', () => {
    expect(ACTIVITY_TYPES).toEqual(expect.arrayContaining([
      'email_open', 'email_click', 'page_view', 'form_submission', 'webinar_attended', 'demo_request', 'meeting', 'call', 'product_usage',
    ]));
  });
});
