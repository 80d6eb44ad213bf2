// Which CRM record goes with which marketing record: an existing link first, then exact email
// (trimmed, lower-case) for records linked to nothing. Pure: no I/O.
import type { CanonicalContact } from '../core/canonical/contact.ts';
import type { Side, SkippedRecord } from './plan-types.ts';

export interface ContactMatch {
  crm: CanonicalContact;
  marketing: CanonicalContact;
  matchedBy: 'link' | 'email';
}

export interface ContactMatches {
  matches: ContactMatch[];
  /** Unlinked records with no counterpart on the other side: candidates for a create. */
  unmatched: Record<Side, CanonicalContact[]>;
  skipped: SkippedRecord[];
}

/** The email as compared for matching: trimmed and lower-case; undefined when blank. */
export function normaliseEmail(email: string | undefined): string | undefined {
  const normal = email?.trim().toLowerCase();
  return normal === undefined || normal === '' ? undefined : normal;
}

function groupByEmail(records: readonly CanonicalContact[]): Map<string, CanonicalContact[]> {
  const groups = new Map<string, CanonicalContact[]>();
  for (const record of records) {
    const email = normaliseEmail(record.email);
    if (email !== undefined) groups.set(email, [...(groups.get(email) ?? []), record]);
  }
  return groups;
}

const idOf = (record: CanonicalContact): string => record.source.id;

/**
 * Pairs the two sides. A linked record whose twin is not among the inputs is skipped (never created
 * again); an email shared by several unlinked records on one side is ambiguous and skipped.
 */
export function matchContacts(
  crm: readonly CanonicalContact[],
  marketing: readonly CanonicalContact[],
  links: ReadonlyMap<string, string>,
): ContactMatches {
  const result: ContactMatches = { matches: [], unmatched: { crm: [], marketing: [] }, skipped: [] };
  const marketingById = new Map(marketing.map((record) => [idOf(record), record]));
  const linkedMarketing = new Map([...links].map(([crmId, marketingId]) => [marketingId, crmId]));
  const crmIds = new Set(crm.map(idOf));
  const skip = (side: Side, record: CanonicalContact, reason: string) => result.skipped.push({ side, recordId: idOf(record), reason });

  const unlinkedCrm: CanonicalContact[] = [];
  for (const record of crm) {
    const twinId = links.get(idOf(record));
    if (twinId === undefined) { unlinkedCrm.push(record); continue; }
    const twin = marketingById.get(twinId);
    if (twin === undefined) skip('crm', record, `linked to marketing ${twinId}, which is not among the records read`);
    else result.matches.push({ crm: record, marketing: twin, matchedBy: 'link' });
  }
  const unlinkedMarketing: CanonicalContact[] = [];
  for (const record of marketing) {
    const twinId = linkedMarketing.get(idOf(record));
    if (twinId === undefined) unlinkedMarketing.push(record);
    else if (!crmIds.has(twinId)) skip('marketing', record, `linked to CRM ${twinId}, which is not among the records read`);
  }

  const crmByEmail = groupByEmail(unlinkedCrm);
  const marketingByEmail = groupByEmail(unlinkedMarketing);
  const paired = new Set<CanonicalContact>();
  for (const [email, crmGroup] of crmByEmail) {
    const marketingGroup = marketingByEmail.get(email) ?? [];
    if (marketingGroup.length === 0) continue;
    if (crmGroup.length > 1 || marketingGroup.length > 1) {
      const why = `email ${email} is shared by ${crmGroup.length} CRM and ${marketingGroup.length} marketing records; not matched automatically`;
      for (const record of crmGroup) { skip('crm', record, why); paired.add(record); }
      for (const record of marketingGroup) { skip('marketing', record, why); paired.add(record); }
      continue;
    }
    result.matches.push({ crm: crmGroup[0]!, marketing: marketingGroup[0]!, matchedBy: 'email' });
    paired.add(crmGroup[0]!).add(marketingGroup[0]!);
  }

  const emailsOf = (records: readonly CanonicalContact[], unlinked: readonly CanonicalContact[]) =>
    new Set(records.filter((r) => !unlinked.includes(r)).map((r) => normaliseEmail(r.email)).filter((e) => e !== undefined));
  const linkedEmails = { crm: emailsOf(crm, unlinkedCrm), marketing: emailsOf(marketing, unlinkedMarketing) };
  for (const [side, records] of [['crm', unlinkedCrm], ['marketing', unlinkedMarketing]] as const) {
    for (const record of records) {
      if (paired.has(record)) continue;
      const email = normaliseEmail(record.email);
      const sharedBy = email === undefined ? 0 : ((side === 'crm' ? crmByEmail : marketingByEmail).get(email)?.length ?? 0);
      if (email === undefined) skip(side, record, 'no email and no link: nothing to match it by');
      else if (linkedEmails[side === 'crm' ? 'marketing' : 'crm'].has(email)) {
        skip(side, record, `email ${email} is already held by a linked ${side === 'crm' ? 'marketing' : 'CRM'} record: a possible duplicate, not created`);
      } else if (sharedBy > 1) skip(side, record, `email ${email} is shared by ${sharedBy} unlinked ${side === 'crm' ? 'CRM' : 'marketing'} records; not created until they are deduplicated`);
      else result.unmatched[side].push(record);
    }
  }
  return result;
}
