import { describe, expect, it } from 'vitest';
import {
  fromCanonicalCompany, fromCanonicalDeal, hubspotPipelineTables, HubspotRecordError, toCanonicalCompany, toCanonicalDeal,
} from '../../../connectors/hubspot/index.ts';

// The company and deal maps and the pipeline tables, pure: no sandbox, no calls.
const wire = (properties: Record<string, string | null>, extra: Record<string, unknown> = {}) => ({
  id: '501', properties, createdAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-02-03T04:05:06.000Z', archived: false, ...extra,
});
const stage = (id: string, label: string, displayOrder: number, probability: string, isClosed = false) => ({
  id, label, displayOrder, metadata: { probability, isClosed: String(isClosed) }, archived: false,
});
const pipelines = hubspotPipelineTables([
  { id: 'default', label: 'Sales Pipeline', displayOrder: 0, archived: false, stages: [
    stage('appointmentscheduled', 'Appointment Scheduled', 0, '0.2'), stage('closedwon', 'Closed Won', 5, '1.0', true), stage('closedlost', 'Closed Lost', 6, '0.0', true),
  ] },
  { id: '77', label: 'Partner Deals', displayOrder: 1, archived: false, stages: [
    stage('101', 'Discovery', 0, '0.1'), stage('102', 'Signed', 1, '1.0', true), stage('103', 'Signed (legacy)', 2, '1.0', true), stage('104', 'Dropped', 3, '0.0', true),
  ] },
]);

describe('HubSpot company map', () => {
  it('reads the domain as a host, the website as a URL, the type and stage as canonical values', () => {
    const company = toCanonicalCompany(wire({
      name: 'Acme', domain: 'https://WWW.Acme.example/about', website: 'acme.example', numberofemployees: '250', annualrevenue: '1200000.5',
      type: 'PARTNER', lifecyclestage: 'customer', zip: '10115', hs_lastmodifieddate: '2025-03-01T00:00:00.000Z',
    }));
    expect(company).toMatchObject({
      name: 'Acme', domain: 'acme.example', website: 'https://acme.example', employeeCount: 250, annualRevenue: 1200000.5, accountType: 'partner',
      lifecycleStage: 'customer', postalCode: '10115', updatedAt: '2025-03-01T00:00:00.000Z', source: { system: 'hubspot', id: '501', objectType: 'companies' },
    });
  });

  it('names a company without a name after its domain, and names the field when it has neither', () => {
    expect(toCanonicalCompany(wire({ domain: 'acme.example' })).name).toBe('acme.example');
    expect(() => toCanonicalCompany(wire({ city: 'Berlin' }))).toThrow(HubspotRecordError);
    expect(() => toCanonicalCompany(wire({ city: 'Berlin' }))).toThrow('HubSpot company 501: name');
  });

  it('writes customers and competitors as OTHER (HubSpot has no such type) and never another system\'s owner', () => {
    const company = { ...toCanonicalCompany(wire({ name: 'Acme', domain: 'acme.example' })), accountType: 'customer' as const, ownerId: '005X', source: { system: 'salesforce' as const, id: '001X' } };
    expect(fromCanonicalCompany(company)).toEqual({ name: 'Acme', domain: 'acme.example', type: 'OTHER' });
  });
});

describe('HubSpot pipeline tables', () => {
  it('keys the default pipeline as sales and others by label; won, lost and open from the metadata', () => {
    expect([pipelines.pipelineKeyOf('default'), pipelines.pipelineKeyOf('77'), pipelines.pipelineIdOf('partner_deals')]).toEqual(['sales', 'partner_deals', '77']);
    expect(['appointmentscheduled', '101', '102', '103', '104', 'gone'].map((id) => pipelines.readStage(id))).toEqual([
      { key: 'qualification', outcome: 'open' }, { key: 'discovery', outcome: 'open' }, { key: 'closed_won', outcome: 'won' },
      { key: 'closed_won', outcome: 'won' }, { key: 'closed_lost', outcome: 'lost' }, undefined,
    ]);
    // Two won stages: the first in display order is written.
    expect(pipelines.stagesOf('77')?.write('closed_won')).toBe('102');
  });
});

describe('HubSpot deal map', () => {
  it('reads a deal in an archived stage by its id, the outcome from HubSpot\'s own flags', () => {
    const deal = toCanonicalDeal(wire({ dealname: 'Old', pipeline: '77', dealstage: '999', hs_is_closed: 'true', hs_is_closed_won: 'false' }), pipelines);
    expect([deal.pipeline, deal.stage, deal.outcome]).toEqual(['partner_deals', '999', 'lost']);
  });

  it('leaves out a history that does not end in the current stage', () => {
    const history = { dealstage: [{ value: 'appointmentscheduled', timestamp: '2025-01-02T00:00:00.000Z', sourceType: 'CRM_UI' }] };
    const deal = toCanonicalDeal(wire({ dealname: 'D', pipeline: 'default', dealstage: 'closedwon' }, { propertiesWithHistory: history }), pipelines);
    expect([deal.stageHistory, deal.closedAt]).toEqual([[], undefined]);
  });

  it('writes stage keys as the pipeline\'s ids, and refuses a pipeline or stage HubSpot does not have', () => {
    const deal = toCanonicalDeal(wire({ dealname: 'D', pipeline: '77', dealstage: '101', closedate: '1743379200000' }), pipelines);
    expect(deal.closeDate).toBe('2025-03-31');
    expect(fromCanonicalDeal({ ...deal, stage: 'closed_lost' }, pipelines)).toEqual({ properties: { dealname: 'D', pipeline: '77', dealstage: '104', closedate: '1743379200000' } });
    expect(fromCanonicalDeal({ ...deal, pipeline: 'renewals' }, pipelines)).toEqual({ refusal: 'no HubSpot deal pipeline is the "renewals" pipeline' });
    expect(fromCanonicalDeal({ ...deal, stage: 'demo' }, pipelines)).toEqual({ refusal: 'no stage of HubSpot pipeline 77 is the "demo" stage' });
  });
});
