import { describe, expect, it } from 'vitest';
import { CanonicalDealSchema, type CanonicalDealInput } from '../../../src/core/canonical/index.ts';
import { rejectionPaths } from './rejection-paths.ts';

const deal: CanonicalDealInput = {
  name: 'Acme – Platform',
  stage: 'demo',
  amount: 24_000,
  closeDate: '2025-06-30',
  stageHistory: [
    { stage: 'qualification', enteredAt: '2025-03-01T10:00:00Z', exitedAt: '2025-03-08T10:00:00Z' },
    // discovery was skipped: allowed, pipelines are not forced in order
    { stage: 'demo', enteredAt: '2025-03-08T10:00:00Z' },
  ],
  createdAt: '2025-03-01T10:00:00Z',
  updatedAt: '2025-03-08T10:00:00Z',
  source: { system: 'hubspot', id: '9001' },
};

describe('canonical deal', () => {
  it('parses a deal whose stage history ends in its current stage', () => {
    expect(CanonicalDealSchema.safeParse(deal).success).toBe(true);
  });

  it('defaults to the sales pipeline, USD, an open outcome and no contacts or close-date changes', () => {
    const parsed = CanonicalDealSchema.parse({ ...deal, stageHistory: undefined });
    expect(parsed).toMatchObject({ pipeline: 'sales', currency: 'USD', outcome: 'open', contactIds: [], closeDateHistory: [], stageHistory: [] });
  });

  it('rejects a close date with a time, since close dates are days', () => {
    expect(rejectionPaths(CanonicalDealSchema, { ...deal, closeDate: '2025-06-30T00:00:00Z' })).toEqual(['closeDate']);
  });

  it('rejects a stage entered before the previous one was left, at that entry', () => {
    const history = [
      { stage: 'qualification', enteredAt: '2025-03-01T10:00:00Z', exitedAt: '2025-03-08T10:00:00Z' },
      { stage: 'demo', enteredAt: '2025-03-05T10:00:00Z' },
    ];
    expect(rejectionPaths(CanonicalDealSchema, { ...deal, stageHistory: history })).toEqual(['stageHistory.1.enteredAt']);
  });

  it('rejects a stay that ends before it begins', () => {
    const history = [
      { stage: 'qualification', enteredAt: '2025-03-08T10:00:00Z', exitedAt: '2025-03-01T10:00:00Z' },
      { stage: 'demo', enteredAt: '2025-03-09T10:00:00Z' },
    ];
    expect(rejectionPaths(CanonicalDealSchema, { ...deal, stageHistory: history })).toEqual(['stageHistory.0.exitedAt']);
  });

  it('rejects an earlier stay left open, since only the current stage has no exit', () => {
    const history = [
      { stage: 'qualification', enteredAt: '2025-03-01T10:00:00Z' },
      { stage: 'demo', enteredAt: '2025-03-08T10:00:00Z' },
    ];
    expect(rejectionPaths(CanonicalDealSchema, { ...deal, stageHistory: history })).toEqual(['stageHistory.0.exitedAt']);
  });

  it('rejects a history whose last stage is not the deal\'s current stage', () => {
    expect(rejectionPaths(CanonicalDealSchema, { ...deal, stage: 'negotiation' })).toEqual(['stageHistory.1.stage']);
  });

  it('rejects a currency that is not an ISO 4217 code', () => {
    expect(rejectionPaths(CanonicalDealSchema, { ...deal, currency: 'usd' })).toEqual(['currency']);
  });

  it('rejects a negative amount', () => {
    expect(rejectionPaths(CanonicalDealSchema, { ...deal, amount: -5 })).toEqual(['amount']);
  });
});
