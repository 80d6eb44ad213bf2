import { describe, expect, it } from 'vitest';
import { compileTransform, transformIn, transformOut } from '../../../src/core/transforms/index.ts';

// The lead status map of mappings/fields/contact.yaml: one-to-one on HubSpot, many-to-one on Salesforce.
const leadStatus = compileTransform({
  type: 'picklist',
  hubspot: { new: 'NEW', open: 'OPEN', in_progress: 'IN_PROGRESS', unqualified: 'UNQUALIFIED' },
  salesforce: {
    new: 'Open - Not Contacted', open: 'Open - Not Contacted', in_progress: 'Working - Contacted',
    unqualified: 'Closed - Not Converted', converted: 'Closed - Converted',
  },
});

const lifecycle = compileTransform({ type: 'lifecycle_stage', hubspot: { lead: 'lead', mql: 'marketingqualifiedlead', sql: 'salesqualifiedlead' } });

describe('picklist transform', () => {
  it('reads a vendor value as its canonical value, per side', () => {
    expect(transformIn(leadStatus, 'hubspot', 'IN_PROGRESS')).toEqual({ value: 'in_progress' });
    expect(transformIn(leadStatus, 'salesforce', 'Working - Contacted')).toEqual({ value: 'in_progress' });
  });

  it('writes a canonical value as each side stores it', () => {
    expect(transformOut(leadStatus, 'hubspot', 'open')).toEqual({ value: 'OPEN' });
    expect(transformOut(leadStatus, 'salesforce', 'open')).toEqual({ value: 'Open - Not Contacted' });
  });

  it('reads back the first canonical value listed when several share a vendor value', () => {
    expect(transformIn(leadStatus, 'salesforce', 'Open - Not Contacted')).toEqual({ value: 'new' });
  });

  it('round-trips every one-to-one value unchanged', () => {
    for (const value of ['new', 'open', 'in_progress', 'unqualified']) {
      expect(transformIn(leadStatus, 'hubspot', transformOut(leadStatus, 'hubspot', value).value).value).toBe(value);
    }
  });

  it('settles a many-to-one value after one round trip: open is written as Open - Not Contacted and reads back as new', () => {
    const once = transformIn(leadStatus, 'salesforce', transformOut(leadStatus, 'salesforce', 'open').value).value;
    expect(once).toBe('new');
    expect(transformIn(leadStatus, 'salesforce', transformOut(leadStatus, 'salesforce', once).value).value).toBe('new');
  });

  it('matches a vendor value that differs only in case or surrounding spaces', () => {
    expect(transformIn(leadStatus, 'salesforce', ' working - contacted ')).toEqual({ value: 'in_progress' });
  });

  it('passes a vendor value the map lacks through unchanged, and reports it', () => {
    expect(transformIn(leadStatus, 'salesforce', 'Nurturing')).toEqual({
      value: 'Nurturing',
      issue: {
        kind: 'unmapped_value',
        message: '"Nurturing" has no canonical value in the salesforce picklist map (known: Open - Not Contacted, Working - Contacted, Closed - Not Converted, Closed - Converted); passed through unchanged',
      },
    });
  });

  it('passes a canonical value the side has no vendor value for through unchanged, and reports it', () => {
    expect(transformOut(leadStatus, 'hubspot', 'converted')).toEqual({
      value: 'converted',
      issue: { kind: 'unmapped_value', message: '"converted" has no hubspot value in the picklist map (known: new, open, in_progress, unqualified); passed through unchanged' },
    });
  });

  it('leaves a side without a map as it is: that side holds the canonical values', () => {
    expect(transformIn(lifecycle, 'salesforce', 'mql')).toEqual({ value: 'mql' });
    expect(transformOut(lifecycle, 'salesforce', 'mql')).toEqual({ value: 'mql' });
  });

  it('passes empty values through untouched', () => {
    expect(transformIn(leadStatus, 'hubspot', '')).toEqual({ value: '' });
    expect(transformOut(leadStatus, 'salesforce', undefined)).toEqual({ value: undefined });
  });
});

describe('lifecycle_stage transform', () => {
  it('maps HubSpot stage values to the canonical stages and back', () => {
    expect(transformIn(lifecycle, 'hubspot', 'marketingqualifiedlead')).toEqual({ value: 'mql' });
    expect(transformOut(lifecycle, 'hubspot', 'sql')).toEqual({ value: 'salesqualifiedlead' });
  });

  it('reports a custom portal stage it has no canonical value for', () => {
    expect(transformIn(lifecycle, 'hubspot', '1029384756').issue?.message).toBe(
      '"1029384756" has no canonical value in the hubspot lifecycle stage map (known: lead, marketingqualifiedlead, salesqualifiedlead); passed through unchanged',
    );
  });
});
