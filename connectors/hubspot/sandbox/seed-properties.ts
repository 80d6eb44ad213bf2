import type { DemoCompany, DemoContact } from '../../../src/demo/dataset.ts';
import type { DemoDealStage } from '../../../src/demo/index.ts';
import type { CanonicalDeal, CanonicalMeeting, CanonicalTask } from '../../../src/core/canonical/index.ts';

// Canonical demo records as HubSpot property values (strings, HubSpot's option values). The
// sandbox keeps its own small mapping: it must not share the connector's map/ code.

type Values = Record<string, string | null>;

const lifecycle: Record<string, string> = { mql: 'marketingqualifiedlead', sql: 'salesqualifiedlead' };
const lifecycleOf = (stage: string | undefined) => (stage === undefined ? null : lifecycle[stage] ?? stage);
const upper = (value: string | undefined) => (value === undefined ? null : value.toUpperCase());
const text = (value: string | number | undefined) => (value === undefined ? null : String(value));

/** "Hospital & Health Care" → HOSPITAL_HEALTH_CARE, HubSpot's option value for the industry label. */
export const industryOption = (label: string) => label.toUpperCase().replace(/&/g, ' ').replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '');

export function companyValues(company: DemoCompany, ownerId: (id: string | undefined) => string | null, industries: ReadonlySet<string>): Values {
  const industry = company.industry === undefined ? undefined : industryOption(company.industry);
  const accountType = upper(company.accountType);
  return {
    name: company.name, domain: text(company.domain), website: text(company.website), phone: text(company.phone),
    city: text(company.city), state: text(company.state), zip: text(company.postalCode), country: text(company.country),
    industry: industry !== undefined && industries.has(industry) ? industry : null,
    numberofemployees: text(company.employeeCount), annualrevenue: text(company.annualRevenue),
    type: accountType && ['PROSPECT', 'PARTNER', 'RESELLER', 'VENDOR'].includes(accountType) ? accountType : null,
    lifecyclestage: lifecycleOf(company.lifecycleStage), hubspot_owner_id: ownerId(company.ownerId),
  };
}

export function contactValues(contact: DemoContact, ownerId: (id: string | undefined) => string | null, leadStatuses: ReadonlySet<string>): Values {
  const leadStatus = upper(contact.leadStatus);
  return {
    email: text(contact.email), firstname: text(contact.firstName), lastname: text(contact.lastName),
    phone: text(contact.phone), mobilephone: text(contact.mobilePhone), company: text(contact.companyName), jobtitle: text(contact.title),
    city: text(contact.city), state: text(contact.state), zip: text(contact.postalCode), country: text(contact.country),
    industry: text(contact.industry), annualrevenue: text(contact.annualRevenue),
    hs_additional_emails: contact.additionalEmails.length > 0 ? contact.additionalEmails.join(';') : null,
    lifecyclestage: lifecycleOf(contact.lifecycleStage),
    hs_lead_status: leadStatus && leadStatuses.has(leadStatus) ? leadStatus : null,
    hubspot_owner_id: ownerId(contact.ownerId),
  };
}

/**
 * The demo's one pipeline (`sales`, in the product's neutral keys) as HubSpot's default deal
 * pipeline: its id, and each stage key's stage id, one to one and in the same order (so
 * probabilities rise along the pipeline). One table: change it here and nowhere else.
 */
export const DEMO_PIPELINE_IN_HUBSPOT: { readonly id: string; readonly stages: Readonly<Record<DemoDealStage, string>> } = {
  id: 'default',
  stages: {
    qualification: 'appointmentscheduled',
    discovery: 'qualifiedtobuy',
    demo: 'presentationscheduled',
    proposal: 'decisionmakerboughtin',
    negotiation: 'contractsent',
    closed_won: 'closedwon',
    closed_lost: 'closedlost',
  },
};

/** A demo stage's HubSpot stage id; a key the table lacks (no demo deal has one) reads as the first stage. */
export function dealStageOf(stage: string): string {
  const { stages } = DEMO_PIPELINE_IN_HUBSPOT;
  return (stages as Readonly<Record<string, string>>)[stage] ?? stages.qualification;
}

export function dealValues(deal: CanonicalDeal, ownerId: (id: string | undefined) => string | null): Values {
  return {
    dealname: deal.name, amount: text(deal.amount), pipeline: DEMO_PIPELINE_IN_HUBSPOT.id, dealstage: dealStageOf(deal.stage),
    closedate: deal.closeDate === undefined ? null : `${deal.closeDate}T00:00:00.000Z`,
    dealtype: deal.dealType === undefined ? null : deal.dealType === 'new_business' ? 'newbusiness' : 'existingbusiness',
    closed_lost_reason: text(deal.lostReason), hubspot_owner_id: ownerId(deal.ownerId),
  };
}

const MEETING_OUTCOMES: Record<CanonicalMeeting['status'], string> = {
  booked: 'SCHEDULED', cancelled: 'CANCELED', no_show: 'NO_SHOW', completed: 'COMPLETED',
};

export function meetingValues(meeting: CanonicalMeeting, ownerId: (id: string | undefined) => string | null): Values {
  return {
    hs_meeting_title: meeting.eventType, hs_timestamp: meeting.startsAt,
    hs_meeting_start_time: meeting.startsAt, hs_meeting_end_time: meeting.endsAt,
    hs_meeting_outcome: MEETING_OUTCOMES[meeting.status], hs_meeting_external_url: text(meeting.joinUrl),
    hubspot_owner_id: ownerId(meeting.hostOwnerId),
  };
}

const TASK_PRIORITIES: Record<CanonicalTask['priority'], string> = { low: 'LOW', normal: 'MEDIUM', high: 'HIGH' };
const TASK_TYPES: Record<CanonicalTask['type'], string> = { call: 'CALL', email: 'EMAIL', linkedin: 'LINKED_IN', todo: 'TODO' };

export function taskValues(task: CanonicalTask, ownerId: (id: string | undefined) => string | null): Values {
  return {
    hs_task_subject: task.subject, hs_task_body: text(task.body), hs_task_status: task.status.toUpperCase(),
    hs_task_priority: TASK_PRIORITIES[task.priority], hs_task_type: TASK_TYPES[task.type],
    hs_timestamp: task.dueAt ?? task.createdAt, hs_task_completion_date: text(task.completedAt),
    hubspot_owner_id: ownerId(task.ownerId),
  };
}
