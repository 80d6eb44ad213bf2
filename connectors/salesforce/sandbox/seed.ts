import type { DemoDataSet } from '../../../src/demo/dataset.ts';
import type { DemoDealStage } from '../../../src/demo/index.ts';
import type { CanonicalDeal } from '../../../src/core/canonical/index.ts';
import type { SalesforceSandboxDeps } from './deps.ts';
import { SObjectWriteError } from './state/index.ts';
import type { FieldValue, WriteOptions } from './state/index.ts';
import { accountValues, contactValues, defined, eventValues, leadValues, taskValues, userValues } from './seed-values.ts';
import type { IdOf } from './seed-values.ts';

/**
 * The demo's deal stages (the product's neutral keys) as values of Salesforce's default Opportunity
 * StageName picklist, one to one and in the same order (so probabilities rise along the pipeline).
 * One table: change it here and nowhere else.
 */
export const DEMO_STAGE_TO_STAGE_NAME: Readonly<Record<DemoDealStage, string>> = {
  qualification: 'Qualification',
  discovery: 'Needs Analysis',
  demo: 'Value Proposition',
  proposal: 'Proposal/Price Quote',
  negotiation: 'Negotiation/Review',
  closed_won: 'Closed Won',
  closed_lost: 'Closed Lost',
};

/** A demo stage's StageName; a key the table lacks (no demo deal has one) reads as the first stage. */
export function stageNameOf(stage: string): string {
  return (DEMO_STAGE_TO_STAGE_NAME as Readonly<Record<string, string>>)[stage] ?? DEMO_STAGE_TO_STAGE_NAME.qualification;
}

/** What a seed left out: refused values by `Object.Field`, and records refused whole, by object. */
export interface SeedSummary {
  droppedFields: Record<string, number>;
  skippedRecords: Record<string, number>;
}

const DEAL_TYPES: Record<string, string> = { new_business: 'New Customer', expansion: 'Existing Customer - Upgrade', renewal: 'Existing Customer - Replacement' };
const DAY_MS = 86_400_000;

/**
 * Loads a demo data set into the org as its admin imported it (no change events): owners become
 * Users; companies present in the CRM become Accounts; CRM people become Leads (kind `lead`) or
 * Contacts (kind `contact`), marketing-only people are not loaded; deals become Opportunities whose
 * stage and close-date history is replayed so OpportunityHistory holds one row per change; tasks
 * become Tasks and meetings (except cancelled ones, which Salesforce users delete) Events.
 * A value Salesforce would refuse is left out of its record rather than failing the load, and a record
 * refused for a reason no field explains is skipped; both are counted in the summary and logged.
 */
export function seedSalesforceState({ state, ctx }: SalesforceSandboxDeps, data: DemoDataSet): SeedSummary {
  const summary: SeedSummary = { droppedFields: {}, skippedRecords: {} };
  const count = (tally: Record<string, number>, key: string) => {
    tally[key] = (tally[key] ?? 0) + 1;
  };
  const admin = state.adminUserId;
  const ids = new Map<string, string>();
  const idOf = (kind: string): IdOf => (demoId) => (demoId === undefined ? undefined : ids.get(`${kind}:${demoId}`));
  const userOf = idOf('owner');
  const accountOf = idOf('company');
  const personOf = idOf('person');
  const dealOf = idOf('deal');

  const create = (sobject: string, values: Record<string, FieldValue>, createdAt: string, updatedAt: string): string | undefined => {
    const options: WriteOptions = { system: true, at: Date.parse(createdAt), modifiedAt: Date.parse(updatedAt) };
    let attempt = values;
    for (let tries = 0; tries < 3; tries++) {
      try {
        return state.records.insert(sobject, attempt, admin, options).Id;
      } catch (err) {
        if (!(err instanceof SObjectWriteError)) throw err;
        const refused = new Set(err.errors.flatMap((e) => e.fields).filter((name) => name in attempt));
        if (refused.size === 0) break;
        for (const name of refused) count(summary.droppedFields, `${sobject}.${name}`);
        attempt = Object.fromEntries(Object.entries(attempt).filter(([name]) => !refused.has(name)));
      }
    }
    count(summary.skippedRecords, sobject);
    return undefined;
  };
  const remember = (kind: string, demoId: string, id: string | undefined) => {
    if (id) ids.set(`${kind}:${demoId}`, id);
  };

  state.records.seeding(() => {
    for (const owner of data.owners) remember('owner', owner.source.id, create('User', defined(userValues(owner)), owner.createdAt, owner.updatedAt));
    for (const owner of data.owners) {
      const manager = userOf(owner.managerId);
      const id = userOf(owner.source.id);
      if (manager && id) state.records.update(id, { ManagerId: manager }, admin, { system: true, at: Date.parse(owner.updatedAt) });
    }
    const crmCompanies = data.companies.filter((c) => c.presentIn.includes('crm'));
    const companyNames = new Map(data.companies.map((c) => [c.source.id, c.name]));
    for (const company of crmCompanies) {
      remember('company', company.source.id, create('Account', defined(accountValues(company, userOf)), company.createdAt, company.updatedAt));
    }
    for (const company of crmCompanies) {
      const id = accountOf(company.source.id);
      const parent = accountOf(company.parentCompanyId);
      if (id && parent) state.records.update(id, { ParentId: parent }, admin, { system: true, at: Date.parse(company.updatedAt) });
    }
    for (const person of data.contacts.filter((c) => c.presentIn.includes('crm'))) {
      const values = person.kind === 'lead'
        ? leadValues(person, person.companyId ? companyNames.get(person.companyId) : undefined, userOf)
        : contactValues(person, accountOf(person.companyId), userOf);
      remember('person', person.source.id, create(person.kind === 'lead' ? 'Lead' : 'Contact', defined(values), person.createdAt, person.updatedAt));
    }
    for (const deal of data.deals) remember('deal', deal.source.id, seedOpportunity(deal));
    for (const task of data.tasks) {
      const what = dealOf(task.dealId) ?? accountOf(task.companyId);
      create('Task', defined(taskValues(task, personOf(task.contactId), what, userOf)), task.createdAt, task.updatedAt);
    }
    for (const meeting of data.meetings.filter((m) => m.status !== 'cancelled')) {
      const what = dealOf(meeting.dealId) ?? accountOf(meeting.companyId);
      create('Event', defined(eventValues(meeting, personOf(meeting.contactId), what, userOf)), meeting.createdAt, meeting.updatedAt);
    }
  });
  if (Object.keys(summary.droppedFields).length > 0 || Object.keys(summary.skippedRecords).length > 0) {
    ctx.log.warn({ vendor: ctx.vendor, ...summary }, 'salesforce seed left out values or records the org refused');
  }
  return summary;

  /** Creates the opportunity as it first was, then replays its stage and close-date changes in time order. */
  function seedOpportunity(deal: CanonicalDeal): string | undefined {
    const finalClose = deal.closeDate ?? (deal.closedAt ?? new Date(Date.parse(deal.createdAt) + 30 * DAY_MS).toISOString()).slice(0, 10);
    const closeDates = [...deal.closeDateHistory.map((c) => c.closeDate), finalClose];
    const changes = [
      ...deal.stageHistory.slice(1).map((s) => ({ at: Date.parse(s.enteredAt), values: { StageName: stageNameOf(s.stage) } })),
      ...deal.closeDateHistory.map((c, i) => ({ at: Date.parse(c.changedAt), values: { CloseDate: closeDates[i + 1] ?? finalClose } })),
    ].sort((a, b) => a.at - b.at);
    const first = deal.stageHistory[0]?.stage ?? deal.stage;
    const id = create('Opportunity', defined({
      Name: deal.name.slice(0, 120), StageName: stageNameOf(first), CloseDate: closeDates[0], Amount: deal.amount, AccountId: accountOf(deal.companyId),
      OwnerId: userOf(deal.ownerId), Type: deal.dealType ? DEAL_TYPES[deal.dealType] : undefined, LeadSource: undefined,
    }), deal.createdAt, deal.createdAt);
    if (!id) return undefined;
    for (const change of changes) state.records.update(id, change.values, admin, { system: true, at: Math.max(change.at, Date.parse(deal.createdAt)) });
    return id;
  }
}
