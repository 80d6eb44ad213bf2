import { writtenName, type CompanyName } from './company-names.ts';
import type { CompanyDraft } from './companies.ts';
import type { CompanyVariation, DemoCompany, DemoDuplicate } from './dataset.ts';
import { demoSource } from './demo-ids.ts';
import { HOUR_MS, instantBetween, isoAt } from './demo-time.ts';
import type { Random } from './seeded-random.ts';
import { LEGAL_SUFFIX_SPELLINGS } from './vocabulary/company-words.ts';

/** Another spelling of the same legal form (Inc. → Incorporated), a common one when there was none, or none. */
function respelledSuffix(suffix: string, random: Random): string {
  if (!suffix) return random.pick(['Inc.', 'Inc', 'LLC', 'Ltd']);
  const spellings = LEGAL_SUFFIX_SPELLINGS.find((group) => group.includes(suffix));
  const others = spellings?.filter((spelling) => spelling !== suffix) ?? [];
  return others.length ? random.pick(others) : '';
}

/** Punctuation people drop or add: "Co., Ltd." → "Co Ltd", "Blue Harbor" → "Blue-Harbor". */
function repunctuated(written: string, name: CompanyName): string {
  return /[.,]/.test(written) ? written.replace(/[.,]/g, '') : written.replace(`${name.lead} ${name.place}`, `${name.lead}-${name.place}`);
}

function variationsFor(random: Random): CompanyVariation[] {
  const nameVariations: CompanyVariation[] = ['legal_suffix', 'leading_article', 'punctuation', 'letter_case'];
  const first = random.pick(nameVariations);
  const chosen = new Set<CompanyVariation>([first]);
  // Not suffix and punctuation together: "Inc" respelled "Inc." and then stripped of its dot is the original again.
  const second = random.pick(nameVariations);
  const clash = [first, second].includes('legal_suffix') && [first, second].includes('punctuation');
  if (random.chance(0.3) && !clash) chosen.add(second);
  if (random.chance(0.5)) chosen.add('domain_removed');
  // Fixed order: name parts first, then what is done to the written name.
  return nameVariations.concat('domain_removed').filter((variation) => chosen.has(variation));
}

/** The name the duplicate is written with: the original's parts, varied, then punctuation and case. */
function variedName(name: CompanyName, variations: readonly CompanyVariation[], random: Random): string {
  const parts: CompanyName = {
    ...name,
    suffix: variations.includes('legal_suffix') ? respelledSuffix(name.suffix, random) : name.suffix,
    article: variations.includes('leading_article') ? !name.article : name.article,
  };
  let written = writtenName(parts);
  if (variations.includes('punctuation')) written = repunctuated(written, parts);
  if (variations.includes('letter_case')) written = random.chance(0.7) ? written.toUpperCase() : written.toLowerCase();
  return written;
}

/** A second record of the same company, typed in later by someone who did not search first; it has no people of its own. */
export function duplicateCompany(original: CompanyDraft, id: string, nowMs: number, random: Random): { record: DemoCompany; truth: DemoDuplicate } {
  const variations = variationsFor(random);
  const createdMs = instantBetween(random, Date.parse(original.record.createdAt), nowMs - HOUR_MS);
  const withoutDomain = variations.includes('domain_removed');
  const record: DemoCompany = {
    ...original.record,
    name: variedName(original.name, variations, random),
    domain: withoutDomain ? undefined : original.record.domain,
    website: withoutDomain ? undefined : original.record.website,
    additionalDomains: [],
    employeeCount: random.chance(0.5) ? original.record.employeeCount : undefined,
    annualRevenue: undefined,
    lastActivityAt: undefined,
    createdAt: isoAt(createdMs),
    updatedAt: isoAt(instantBetween(random, createdMs, nowMs)),
    source: demoSource(id, 'company'),
    presentIn: ['crm'],
  };
  return { record, truth: { recordType: 'company', duplicateId: id, originalId: original.record.source.id, variations } };
}
