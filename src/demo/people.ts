import type { ContactKind, FieldSource, LifecycleStage } from '../core/canonical/index.ts';
import type { CompanyDraft } from './companies.ts';
import type { DemoContact, DemoSpec } from './dataset.ts';
import { demoId, demoSource } from './demo-ids.ts';
import { HOUR_MS, instantBetween, isoAt, recentInstantBetween } from './demo-time.ts';
import { freeMailAddress, localPartFor, uniqueWorkEmail } from './email-addresses.ts';
import type { OwnerRoster } from './owners.ts';
import { consentOf, leadSourceShare, leadStatusOf, personStage, presenceOf, scoresOf } from './person-standing.ts';
import { formatPhone, randomPhone, type PhoneNumber } from './phone-numbers.ts';
import type { Random } from './seeded-random.ts';
import { FIRST_NAMES } from './vocabulary/first-names.ts';
import { JOB_TITLES } from './vocabulary/job-titles.ts';
import { LAST_NAMES } from './vocabulary/last-names.ts';
import { LEAD_SOURCE_DETAILS } from './vocabulary/marketing.ts';

/** A generated person with the facts a duplicate of them is made from. */
export interface PersonDraft {
  record: DemoContact;
  phone?: PhoneNumber;
  company: CompanyDraft;
}

const EARLY_STAGES: readonly LifecycleStage[] = ['subscriber', 'lead', 'mql', 'sql'];

/** Salesforce orgs keep most not-yet-qualified people as Leads. */
function kindOf(stage: LifecycleStage, inCrm: boolean, random: Random): ContactKind {
  return inCrm && EARLY_STAGES.includes(stage) && random.chance(0.6) ? 'lead' : 'contact';
}

/** SDRs work leads and early people; the account's owner has everyone further along. */
function ownerOf(roster: OwnerRoster, company: CompanyDraft, stage: LifecycleStage, kind: ContactKind, random: Random): string | undefined {
  const sdrs = roster.inTerritory(company.territory, 'sdr');
  if ((kind === 'lead' || stage === 'lead' || stage === 'mql') && sdrs.length) return random.pick(sdrs);
  return company.record.ownerId;
}

/** A quarter of people list the switchboard; the rest a direct line. */
function phoneOf(company: CompanyDraft, random: Random): { phone?: PhoneNumber; written?: string } {
  if (!random.chance(0.65)) return {};
  const phone = random.chance(0.25) ? company.mainPhone : randomPhone(random, company.country, company.locality);
  return { phone, written: formatPhone(phone, random.int(0, 6)) };
}

export interface PersonContext {
  spec: DemoSpec;
  roster: OwnerRoster;
  company: CompanyDraft;
  /** 1-based position among all generated people: the id and the free-mail handle number. */
  ordinal: number;
  /** Local parts already used at this company's domain. */
  takenLocalParts: Set<string>;
}

export function generatePerson({ spec, roster, company, ordinal, takenLocalParts }: PersonContext, random: Random): PersonDraft {
  const nowMs = Date.parse(spec.now);
  const stage = personStage(company.record.lifecycleStage, random);
  const presentIn = presenceOf(stage, random);
  const inCrm = presentIn.includes('crm');
  const kind = kindOf(stage, inCrm, random);
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const usesFreeMail = random.chance(inCrm ? 0.08 : 0.25);
  const email = usesFreeMail
    ? freeMailAddress(random, firstName, lastName, ordinal)
    : uniqueWorkEmail(localPartFor(company.emailPattern, firstName, lastName), company.record.domain ?? 'example.com', takenLocalParts);
  const job = random.chance(0.85) ? random.pick(JOB_TITLES) : undefined;
  const { phone, written } = phoneOf(company, random);
  const locality = random.chance(0.85) ? company.locality : random.pick(company.country.localities);
  const leadSource = random.weighted(leadSourceShare);
  const createdMs = instantBetween(random, Date.parse(company.record.createdAt), nowMs - HOUR_MS);
  const lastActivityMs = random.chance(0.85) ? recentInstantBetween(random, createdMs, nowMs) : undefined;
  const updatedMs = instantBetween(random, lastActivityMs ?? createdMs, nowMs);
  const isLead = kind === 'lead';
  // Some titles were typed by a rep: enrichment must leave those alone.
  const fieldSources: Record<string, FieldSource> | undefined = job && inCrm && random.chance(0.2)
    ? { title: { system: 'demo', at: isoAt(updatedMs), writtenBy: 'person' } }
    : undefined;
  const record: DemoContact = {
    kind, email, additionalEmails: [], firstName, lastName,
    title: job?.title, seniority: job?.seniority, department: job?.department,
    phone: written,
    mobilePhone: random.chance(0.2) ? formatPhone(randomPhone(random, company.country, locality), random.int(0, 6)) : undefined,
    companyId: inCrm && !isLead ? company.record.source.id : undefined,
    companyName: company.record.name,
    companyDomain: company.record.domain,
    // Salesforce Leads carry their company's firmographics themselves.
    industry: isLead ? company.record.industry : undefined,
    employeeCount: isLead ? company.record.employeeCount : undefined,
    annualRevenue: isLead ? company.record.annualRevenue : undefined,
    country: company.country.name, countryCode: company.country.code, state: locality.state, city: locality.city, region: company.country.region,
    lifecycleStage: stage,
    leadStatus: leadStatusOf(stage, inCrm, random),
    leadSource,
    leadSourceDetail: random.pick(LEAD_SOURCE_DETAILS[leadSource]),
    ownerId: inCrm ? ownerOf(roster, company, stage, kind, random) : undefined,
    scores: scoresOf(stage, createdMs, nowMs, random),
    consent: consentOf(stage, company.country.gdpr, createdMs, nowMs, random),
    lastActivityAt: lastActivityMs === undefined ? undefined : isoAt(lastActivityMs),
    createdAt: isoAt(createdMs),
    updatedAt: isoAt(updatedMs),
    source: demoSource(demoId('contact', ordinal), kind),
    fieldSources,
    presentIn,
  };
  return { record, phone, company };
}
