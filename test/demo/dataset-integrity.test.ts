import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../src/demo/index.ts';

const data = generateDemoData({ size: 3000, seed: 11 });
const nowMs = Date.parse(data.spec.now);
const ids = (records: readonly { source: { id: string } }[]) => new Set(records.map((record) => record.source.id));
const ownerIds = ids(data.owners);
const companyIds = ids(data.companies);
const contactIds = ids(data.contacts);
const dealIds = ids(data.deals);
const defined = <T>(values: readonly (T | undefined)[]): T[] => values.filter((value): value is T => value !== undefined);
/** The references in `referenced` that name no record in `existing`. */
const dangling = (referenced: readonly (string | undefined)[], existing: Set<string>) => defined(referenced).filter((id) => !existing.has(id));

describe('demo data set sizes', () => {
  it('holds exactly `size` contacts and leads', () => {
    expect(data.contacts).toHaveLength(3000);
  });

  it('scales companies, deals and activity with the number of people', () => {
    expect(data.companies.length).toBeGreaterThan(3000 / 12);
    expect(data.companies.length).toBeLessThan(3000 / 4);
    expect(data.deals.length).toBeGreaterThan(3000 / 40);
    expect(data.activities.length).toBeGreaterThan(3000);
  });

  it('gives every record its own id', () => {
    const all = [...data.owners, ...data.companies, ...data.contacts, ...data.deals, ...data.meetings, ...data.tasks, ...data.activities];
    expect(ids(all).size).toBe(all.length);
  });
});

describe('demo data referential integrity', () => {
  it('links contacts and deals only to companies that exist', () => {
    expect(dangling([...data.contacts, ...data.deals].map((record) => record.companyId), companyIds)).toEqual([]);
  });

  it('names only owners that exist, wherever an owner is referenced', () => {
    const referenced = defined([
      ...data.contacts.map((c) => c.ownerId), ...data.companies.map((c) => c.ownerId), ...data.deals.map((d) => d.ownerId),
      ...data.meetings.map((m) => m.hostOwnerId), ...data.tasks.map((t) => t.ownerId), ...data.owners.map((o) => o.managerId),
    ]);
    expect(referenced.length).toBeGreaterThan(3000);
    expect(dangling(referenced, ownerIds)).toEqual([]);
  });

  it('attaches to deals only existing contacts of the kind "contact", as Salesforce requires', () => {
    const contactKind = new Set(data.contacts.filter((contact) => contact.kind === 'contact').map((contact) => contact.source.id));
    expect(data.deals.some((deal) => deal.contactIds.length > 0)).toBe(true);
    expect(dangling(data.deals.flatMap((deal) => deal.contactIds), contactKind)).toEqual([]);
  });

  it('ties meetings, tasks and activities to existing people, companies and deals', () => {
    const engagement = [...data.meetings, ...data.tasks, ...data.activities];
    expect(dangling(engagement.map((record) => record.contactId), contactIds)).toEqual([]);
    expect(dangling(engagement.map((record) => record.companyId), companyIds)).toEqual([]);
    expect(dangling(engagement.map((record) => record.dealId), dealIds)).toEqual([]);
  });

  it('keeps every stage history in time order, ending in the deal\'s current stage', () => {
    for (const deal of data.deals) {
      const entries = deal.stageHistory.map((entry) => Date.parse(entry.enteredAt));
      expect(entries).toEqual([...entries].sort((a, b) => a - b));
      expect(deal.stageHistory.at(-1)?.stage).toBe(deal.stage);
      for (const entry of deal.stageHistory.slice(0, -1)) expect(Date.parse(entry.exitedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(entry.enteredAt));
    }
  });

  it('sets each person\'s lastActivityAt to their latest activity', () => {
    const latest = new Map<string, string>();
    for (const activity of data.activities) {
      const seen = latest.get(activity.contactId ?? '');
      if (!seen || activity.occurredAt > seen) latest.set(activity.contactId ?? '', activity.occurredAt);
    }
    for (const contact of data.contacts.filter((c) => latest.has(c.source.id))) expect(contact.lastActivityAt).toBe(latest.get(contact.source.id));
  });
});

describe('demo data time', () => {
  it('has nothing created, updated or done after "now"', () => {
    const past = [
      ...[...data.owners, ...data.companies, ...data.contacts, ...data.deals, ...data.meetings, ...data.tasks].flatMap((r) => [r.createdAt, r.updatedAt]),
      ...defined(data.contacts.map((c) => c.lastActivityAt)), ...data.activities.map((a) => a.occurredAt),
    ];
    expect(past.filter((at) => Date.parse(at) > nowMs)).toEqual([]);
  });

  it('schedules only booked or cancelled meetings in the future', () => {
    const upcoming = data.meetings.filter((meeting) => Date.parse(meeting.startsAt) > nowMs);
    expect(upcoming.length).toBeGreaterThan(0);
    for (const meeting of upcoming) expect(['booked', 'cancelled']).toContain(meeting.status);
  });
});
