import { createHubspotSdk } from '../../../connectors/hubspot/index.ts';
import type { HubspotSdk } from '../../../connectors/hubspot/index.ts';
import { createSalesforceConnection } from '../../../connectors/salesforce/index.ts';
import type { MemorySampler } from '../memory-sampler.ts';
import { pacedFor } from '../pacer.ts';
import type { Pace } from '../pacer.ts';
import type { Row, SyncPerRecordJob } from '../types.ts';
import { readyToken } from './controls.ts';

// The per-record approach generic automation tools take, for comparison with the sync: every
// Salesforce Lead (read a query page at a time) costs one official-SDK call to find its HubSpot
// contact by email and one to update or create it. Every HubSpot call keeps to the public app's
// limit (110 per 10 s, the window K times shorter with --time-scale K), as such a tool must.

const LEAD_SOQL = 'SELECT Id, Email, FirstName, LastName, Company, Title, Phone FROM Lead';

interface LeadRow {
  Email: string | null;
  FirstName: string | null;
  LastName: string | null;
  Company: string | null;
  Title: string | null;
}

/** The contact properties the sync would give this Lead: names, company, title (blanks left out). */
function propertiesOf(lead: LeadRow): Record<string, string> {
  const values: Record<string, string | null> = { email: lead.Email, firstname: lead.FirstName, lastname: lead.LastName, company: lead.Company, jobtitle: lead.Title };
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== ''));
}

const notFound = (err: unknown) => typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 404;

/** One lookup by email, then one update or one create. */
async function syncOne(hubspot: HubspotSdk, pace: Pace, lead: LeadRow): Promise<void> {
  const properties = propertiesOf(lead);
  if (!lead.Email) return;
  const email = lead.Email;
  let id: string | undefined;
  try {
    id = (await pace(() => hubspot.crm.contacts.basicApi.getById(email, ['email'], undefined, undefined, false, 'email'))).id;
  } catch (err) {
    if (!notFound(err)) throw err;
  }
  const existing = id;
  if (existing) await pace(() => hubspot.crm.contacts.basicApi.update(existing, { properties }));
  else await pace(() => hubspot.crm.contacts.basicApi.create({ properties, associations: [] }));
}

/** Runs in the bench worker (its own process, so the peak RSS is the client's alone). */
export async function measurePerRecord(job: SyncPerRecordJob, memory: MemorySampler): Promise<Row> {
  const hubspot = createHubspotSdk({ baseUrl: `${job.root}/hubspot`, accessToken: await readyToken(job.root, 'hubspot') });
  const conn = createSalesforceConnection({ instanceUrl: `${job.root}/salesforce`, accessToken: await readyToken(job.root, 'salesforce') });
  const pace = pacedFor({ max: 110, windowMs: 10_000 / job.timeScale });
  const started = performance.now();
  let leads = 0;
  let page = await conn.query<LeadRow>(LEAD_SOQL);
  for (;;) {
    for (const lead of page.records) {
      await syncOne(hubspot, pace, lead);
      leads += 1;
      if (leads % 100 === 0) memory.sample();
    }
    if (page.done || !page.nextRecordsUrl) break;
    page = await conn.queryMore<LeadRow>(page.nextRecordsUrl);
  }
  return { leads, wallMs: performance.now() - started };
}
