import type { DemoDataSet } from '../../../src/demo/dataset.ts';
import type { HubspotObjectType } from './object-types.ts';
import type { HubspotSandboxState } from './state/index.ts';
import type { WriteSource } from './state/record-changes.ts';
import type { UniqueConflict } from './state/record-rules.ts';
import { splitList } from './state/stored-record.ts';
import { companyValues, contactValues, dealValues, meetingValues, taskValues } from './seed-properties.ts';

// Seeded records look imported: property history says IMPORT, and no webhooks fire for them.
const IMPORT: WriteSource = { sourceType: 'IMPORT' };

// Association types the demo's references become (contact→company primary, deal→company primary…).
const CONTACT_TO_COMPANY = [279, 1];
const DEAL_TO_COMPANY = [341, 5];
const DEAL_TO_CONTACT = [3];
const MEETING_TO = { contacts: [200], companies: [188], deals: [212] };
const TASK_TO = { contacts: [204], companies: [192], deals: [216] };

/** Leaves out a unique value another record holds: the property, or just that address of `hs_additional_emails`. */
function dropClash(values: Record<string, string | null>, clash: UniqueConflict): void {
  if (clash.property !== 'hs_additional_emails') {
    values[clash.property] = null;
    return;
  }
  const kept = splitList(values.hs_additional_emails).filter((email) => email.trim().toLowerCase() !== clash.value.trim().toLowerCase());
  values.hs_additional_emails = kept.length > 0 ? kept.join(';') : null;
}

/**
 * Loads a demo data set into a fresh portal: owners, then every company and person (HubSpot is the
 * marketing-automation system in every supported topology, and the CRM too when it is the system of
 * record, so it holds both the CRM's people and marketing-only ones), deals, meetings and tasks,
 * with their associations. HubSpot keeps contact emails unique (additional emails included), so a
 * demo duplicate that only differs in the email's letter case is loaded without the clashing address.
 * Marketing activities (page views, email clicks) are not CRM records and are not loaded.
 */
export function seedHubspotState(state: HubspotSandboxState, data: DemoDataSet): void {
  const teamIds = new Map<string, string>();
  const owners = state.owners.seed(data.owners.map((owner) => {
    if (owner.team && !teamIds.has(owner.team)) teamIds.set(owner.team, String(4_100_000 + teamIds.size));
    return {
      email: owner.email, firstName: owner.firstName ?? '', lastName: owner.lastName ?? '', archived: !owner.active,
      createdAt: Date.parse(owner.createdAt), updatedAt: Date.parse(owner.updatedAt),
      teams: owner.team ? [{ id: teamIds.get(owner.team)!, name: owner.team, primary: true }] : [],
    };
  }));
  const ownerIds = new Map(data.owners.map((owner, i) => [owner.source.id, owners[i]?.id]));
  const ownerId = (id: string | undefined) => (id === undefined ? null : ownerIds.get(id) ?? null);

  const ids = new Map<string, string>();
  const create = (type: HubspotObjectType, demoId: string, values: Record<string, string | null>, createdAt: string, updatedAt: string) => {
    for (let clash = state.records.findConflict(type, values); clash; clash = state.records.findConflict(type, values)) dropClash(values, clash);
    const record = state.records.create(type, values, IMPORT, { createdAt: Date.parse(createdAt), updatedAt: Date.parse(updatedAt), silent: true });
    ids.set(`${type}:${demoId}`, record.id);
    return record.id;
  };
  const idOf = (type: HubspotObjectType, demoId: string | undefined) => (demoId === undefined ? undefined : ids.get(`${type}:${demoId}`));
  const associate = (from: HubspotObjectType, fromId: string, to: HubspotObjectType, demoId: string | undefined, typeIds: number[]) => {
    const toId = idOf(to, demoId);
    if (toId !== undefined) state.associations.add(from, fromId, to, toId, typeIds);
  };

  const industries = new Set(state.properties.get('companies', 'industry')?.options.map((o) => o.value) ?? []);
  const leadStatuses = new Set(state.properties.get('contacts', 'hs_lead_status')?.options.map((o) => o.value) ?? []);
  for (const company of data.companies) {
    create('companies', company.source.id, companyValues(company, ownerId, industries), company.createdAt, company.updatedAt);
  }
  for (const contact of data.contacts) {
    const id = create('contacts', contact.source.id, contactValues(contact, ownerId, leadStatuses), contact.createdAt, contact.updatedAt);
    associate('contacts', id, 'companies', contact.companyId, CONTACT_TO_COMPANY);
  }
  for (const deal of data.deals) {
    const id = create('deals', deal.source.id, dealValues(deal, ownerId), deal.createdAt, deal.updatedAt);
    associate('deals', id, 'companies', deal.companyId, DEAL_TO_COMPANY);
    for (const contactId of deal.contactIds) associate('deals', id, 'contacts', contactId, DEAL_TO_CONTACT);
  }
  for (const meeting of data.meetings) {
    const id = create('meetings', meeting.source.id, meetingValues(meeting, ownerId), meeting.createdAt, meeting.updatedAt);
    associate('meetings', id, 'contacts', meeting.contactId, MEETING_TO.contacts);
    associate('meetings', id, 'companies', meeting.companyId, MEETING_TO.companies);
    associate('meetings', id, 'deals', meeting.dealId, MEETING_TO.deals);
  }
  for (const task of data.tasks) {
    const id = create('tasks', task.source.id, taskValues(task, ownerId), task.createdAt, task.updatedAt);
    associate('tasks', id, 'contacts', task.contactId, TASK_TO.contacts);
    associate('tasks', id, 'companies', task.companyId, TASK_TO.companies);
    associate('tasks', id, 'deals', task.dealId, TASK_TO.deals);
  }
}
