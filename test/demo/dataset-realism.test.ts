import { describe, expect, it } from 'vitest';
import { DEMO_DEAL_STAGES, generateDemoData } from '../../src/demo/index.ts';

const data = generateDemoData({ size: 5000, seed: 5 });
const count = <T>(values: readonly T[]) => values.reduce((tally, value) => tally.set(value, (tally.get(value) ?? 0) + 1), new Map<T, number>());

describe('demo owners', () => {
  it('staff every territory with a manager, an account executive and an SDR', () => {
    for (const territory of ['NA-East', 'NA-West', 'EMEA', 'APAC']) {
      const roles = new Set(data.owners.filter((owner) => owner.territory === territory).map((owner) => owner.role));
      expect([...roles]).toEqual(expect.arrayContaining(['manager', 'ae', 'sdr']));
    }
  });

  it('give reps capacity, and some time off or an inactive account for routing and hygiene to handle', () => {
    const reps = data.owners.filter((owner) => owner.role === 'ae' || owner.role === 'sdr');
    for (const rep of reps) expect(rep.capacity.maxNewLeadsPerDay).toBeGreaterThan(0);
    expect(data.owners.some((owner) => owner.timeOff.length > 0)).toBe(true);
    expect(data.owners.some((owner) => !owner.active)).toBe(true);
  });
});

describe('demo people', () => {
  it('live in the CRM only, in marketing automation only, and in both', () => {
    const presence = count(data.contacts.map((contact) => contact.presentIn.join('+')));
    expect([...presence.keys()].sort()).toEqual(['crm', 'crm+marketing', 'marketing']);
  });

  it('spread over every lifecycle stage, with leads and subscribers the largest groups', () => {
    const stages = count(data.contacts.map((contact) => contact.lifecycleStage));
    expect(stages.size).toBe(8);
    const largest = [...stages.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([stage]) => stage);
    expect(largest.sort()).toEqual(['lead', 'subscriber']);
  });

  it('are contacts and leads, and leads carry a company name but no company link', () => {
    const leads = data.contacts.filter((contact) => contact.kind === 'lead');
    expect(leads.length).toBeGreaterThan(500);
    for (const lead of leads) expect(lead).toMatchObject({ companyId: undefined, companyName: expect.any(String) });
  });

  it('mostly use their company\'s domain, some a free-mail address', () => {
    const domains = data.contacts.map((contact) => contact.email?.trim().toLowerCase().split('@')[1]);
    const atCompany = data.contacts.filter((contact, i) => domains[i] === contact.companyDomain).length;
    expect(atCompany / data.contacts.length).toBeGreaterThan(0.7);
    expect(domains).toContain('gmail.com');
  });

  it('write phone numbers in many formats', () => {
    const shapes = new Set(data.contacts.map((contact) => contact.phone?.replace(/\d/g, '9')).filter(Boolean));
    expect(shapes.size).toBeGreaterThan(15);
  });

  it('come from many lead sources, each with a drill-down', () => {
    expect(count(data.contacts.map((contact) => contact.leadSource)).size).toBeGreaterThan(10);
    for (const contact of data.contacts) expect(contact.leadSourceDetail).toBeTruthy();
  });
});

describe('demo deals', () => {
  it('stand in every stage of the pipeline, closed won and lost included', () => {
    expect(new Set(data.deals.map((deal) => deal.stage))).toEqual(new Set([
      'qualification', 'discovery', 'demo', 'proposal', 'negotiation', 'closed_won', 'closed_lost',
    ]));
  });

  it('use the product\'s neutral pipeline and stage keys, no vendor\'s ids', () => {
    expect(new Set(data.deals.map((deal) => deal.pipeline))).toEqual(new Set(['sales']));
    const stages = new Set<string>(DEMO_DEAL_STAGES);
    for (const deal of data.deals) for (const entry of deal.stageHistory) expect(stages).toContain(entry.stage);
  });

  it('sometimes skip a stage and sometimes have their close date pushed', () => {
    expect(data.deals.some((deal) => deal.stage === 'closed_won' && deal.stageHistory.length < 6)).toBe(true);
    expect(data.deals.some((deal) => deal.closeDateHistory.length > 0)).toBe(true);
  });

  it('have amounts, close dates and outcomes that match their stage', () => {
    for (const deal of data.deals) {
      expect(deal.closeDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(deal.outcome).toBe(deal.stage === 'closed_won' ? 'won' : deal.stage === 'closed_lost' ? 'lost' : 'open');
    }
    expect(data.deals.filter((deal) => deal.amount !== undefined).length / data.deals.length).toBeGreaterThan(0.9);
  });
});

describe('demo activity', () => {
  it('includes page views of the pricing, demo and blog pages', () => {
    const paths = new Set(data.activities.flatMap((activity) => (activity.type === 'page_view' ? [new URL(activity.url).pathname] : [])));
    expect(paths).toContain('/pricing');
    expect(paths).toContain('/demo');
    expect([...paths].some((path) => path.startsWith('/blog/'))).toBe(true);
  });

  it('covers the signals scoring reads: opens, clicks, forms, webinars, demo requests, meetings, calls and product usage', () => {
    const types = new Set(data.activities.map((activity) => activity.type));
    for (const type of ['email_open', 'email_click', 'form_submission', 'webinar_attended', 'demo_request', 'meeting', 'call', 'product_usage']) {
      expect(types).toContain(type);
    }
  });

  it('books meetings that end every way a booking can', () => {
    expect(new Set(data.meetings.map((meeting) => meeting.status))).toEqual(new Set(['booked', 'cancelled', 'no_show', 'completed']));
  });
});
