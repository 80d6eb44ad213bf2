import type { CanonicalActivity, CanonicalDeal, CanonicalMeeting, CanonicalTask } from '../core/canonical/index.ts';
import { streamDemoContacts } from './contact-stream.ts';
import type { DemoCompany, DemoContact, DemoDataSet, DemoDuplicate } from './dataset.ts';
import { dealsOfCompany } from './deals.ts';
import { demoId, type DemoRecordType } from './demo-ids.ts';
import { resolveDemoSpec, type DemoOptions } from './demo-spec.ts';
import { engagementOf } from './engagement.ts';
import { createOwnerRoster } from './owners.ts';
import { tasksOfContact, tasksOfDeal } from './tasks.ts';

/** Sequential ids per record type, handed out in generation order. */
function idCounter(type: DemoRecordType): () => string {
  let next = 0;
  return () => demoId(type, ++next);
}

/** People the CRM can attach to a deal: contacts (not leads) linked to the company, furthest along first. */
function dealContactsByCompany(contacts: readonly DemoContact[]): Map<string, DemoContact[]> {
  const furthestFirst = ['customer', 'opportunity', 'sql'];
  const rank = (contact: DemoContact) => {
    const position = furthestFirst.indexOf(contact.lifecycleStage ?? '');
    return position === -1 ? furthestFirst.length : position;
  };
  const byCompany = new Map<string, DemoContact[]>();
  for (const contact of contacts) {
    if (contact.kind !== 'contact' || !contact.companyId) continue;
    byCompany.set(contact.companyId, [...(byCompany.get(contact.companyId) ?? []), contact]);
  }
  for (const list of byCompany.values()) list.sort((a, b) => rank(a) - rank(b));
  return byCompany;
}

/**
 * A whole demo data set in memory: the embedded default seeds the vendor sandboxes from it.
 * For benchmark sizes use `streamDemoContacts`, which yields the same people page by page.
 */
export function generateDemoData(options: DemoOptions): DemoDataSet {
  const spec = resolveDemoSpec(options);
  const roster = createOwnerRoster(spec);
  const companies: DemoCompany[] = [];
  const contacts: DemoContact[] = [];
  const duplicates: DemoDuplicate[] = [];
  for (const page of streamDemoContacts(spec)) {
    companies.push(...page.companies);
    contacts.push(...page.contacts);
    duplicates.push(...page.duplicates);
  }
  const duplicateCompanyIds = new Set(duplicates.filter((d) => d.recordType === 'company').map((d) => d.duplicateId));
  const contactsByCompany = dealContactsByCompany(contacts);
  const ids = { deal: idCounter('deal'), task: idCounter('task'), activity: idCounter('activity'), meeting: idCounter('meeting') };

  const deals: CanonicalDeal[] = companies
    .filter((company) => !duplicateCompanyIds.has(company.source.id))
    .flatMap((company) => dealsOfCompany(spec, company, contactsByCompany.get(company.source.id) ?? [], ids.deal));
  const activities: CanonicalActivity[] = [];
  const meetings: CanonicalMeeting[] = [];
  const tasks: CanonicalTask[] = [];
  for (const contact of contacts) {
    const engagement = engagementOf(spec, contact, roster, ids);
    activities.push(...engagement.activities);
    meetings.push(...engagement.meetings);
    tasks.push(...tasksOfContact(spec, contact, ids.task));
  }
  for (const deal of deals) tasks.push(...tasksOfDeal(spec, deal, ids.task));
  return { spec, owners: roster.owners, companies, contacts, deals, meetings, tasks, activities, duplicates };
}
