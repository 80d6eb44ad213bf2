import type { Connection } from 'jsforce';
import { streamDemoContacts } from '../../src/demo/index.ts';
import type { DemoContact } from '../../src/demo/index.ts';

// What a sync does with jsforce: push N demo people as Leads through sObject Collections (200 records
// a call, allOrNone false so one bad record does not sink its batch), then read every Lead back with
// SOQL, one query and queryMore across nextRecordsUrl, 2,000 rows a page. Calls are sequential, as one
// org's sync would make them.

/** Records per sObject Collections call: Salesforce's maximum, and jsforce's (MAX_DML_COUNT). */
export const COLLECTION_SIZE = 200;
export const LEAD_SOQL = 'SELECT Id, Email, LastName, Company FROM Lead';

/** The org's out-of-box Lead Status values (a restricted picklist), from the canonical lead status. */
const STATUS: Record<string, string> = {
  new: 'Open - Not Contacted', open: 'Open - Not Contacted',
  attempted_to_contact: 'Working - Contacted', connected: 'Working - Contacted', in_progress: 'Working - Contacted', open_deal: 'Working - Contacted',
  unqualified: 'Closed - Not Converted', bad_timing: 'Closed - Not Converted', converted: 'Closed - Converted',
};
/** The org's out-of-box Lead Source values, from the canonical lead source. */
const SOURCE: Record<string, string> = {
  organic_search: 'Web', paid_search: 'Web', paid_social: 'Web', organic_social: 'Web', email_marketing: 'Web', direct_traffic: 'Web',
  webinar: 'Web', content_download: 'Web', referral: 'Partner Referral', partner: 'Partner Referral', purchased_list: 'Purchased List',
  event: 'Other', outbound: 'Other', offline: 'Other', other: 'Other',
};

export type LeadFields = Record<string, string>;

/**
 * The Lead fields a sync would write for a demo person: trimmed, blanks left out. Nothing is made up
 * for a missing LastName or Company (both required): Salesforce refuses that record, and the push counts it.
 */
export function leadFields(contact: DemoContact): LeadFields {
  const values: Record<string, string | undefined> = {
    LastName: contact.lastName, FirstName: contact.firstName, Company: contact.companyName, Email: contact.email, Phone: contact.phone,
    Title: contact.title, Status: STATUS[contact.leadStatus ?? 'new'], LeadSource: contact.leadSource === undefined ? undefined : SOURCE[contact.leadSource],
  };
  const fields: LeadFields = {};
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value.trim() !== '') fields[name] = value.trim();
  return fields;
}

export interface LeadPushOutcome {
  sent: number;
  created: number;
  /** Records the org refused, by the error code of their first error. */
  failuresByCode: Record<string, number>;
  calls: number;
}

export async function pushLeads(conn: Connection, size: number, progress: (done: number) => void): Promise<LeadPushOutcome> {
  const outcome: LeadPushOutcome = { sent: 0, created: 0, failuresByCode: {}, calls: 0 };
  const send = async (records: LeadFields[]) => {
    const results = await conn.sobject('Lead').create(records, { allOrNone: false });
    if (results.length !== records.length) throw new Error(`create answered ${results.length} of ${records.length}`);
    for (const result of results) {
      if (result.success) {
        outcome.created += 1;
      } else {
        // On the wire (and so from jsforce) a collection's per-record error names its code `statusCode`;
        // jsforce's SaveError type says `errorCode`. Either is taken.
        const error = result.errors[0] as { statusCode?: string; errorCode?: string } | undefined;
        const code = error?.statusCode ?? error?.errorCode ?? 'UNKNOWN';
        outcome.failuresByCode[code] = (outcome.failuresByCode[code] ?? 0) + 1;
      }
    }
    outcome.sent += records.length;
    outcome.calls += 1;
    progress(outcome.sent);
  };
  let batch: LeadFields[] = [];
  for (const page of streamDemoContacts({ size })) {
    for (const contact of page.contacts) {
      batch.push(leadFields(contact));
      if (batch.length === COLLECTION_SIZE) {
        await send(batch);
        batch = [];
      }
    }
  }
  if (batch.length > 0) await send(batch);
  return outcome;
}

export interface LeadReadOutcome {
  rows: number;
  pages: number;
  /** totalSize of the first page: the rows the query matched. */
  totalSize: number;
}

/** Reads every Lead with one SOQL query and queryMore until done; keeps only the counts, so memory does not grow with the rows. */
export async function readAllLeads(conn: Connection, progress: (done: number) => void): Promise<LeadReadOutcome> {
  let page = await conn.query(LEAD_SOQL);
  const outcome: LeadReadOutcome = { rows: page.records.length, pages: 1, totalSize: page.totalSize };
  progress(outcome.rows);
  while (!page.done) {
    if (!page.nextRecordsUrl) throw new Error('a page that is not done has no nextRecordsUrl');
    page = await conn.queryMore(page.nextRecordsUrl);
    outcome.rows += page.records.length;
    outcome.pages += 1;
    progress(outcome.rows);
  }
  return outcome;
}
