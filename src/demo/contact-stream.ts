import { duplicateCompany } from './company-variants.ts';
import { generateCompany, type CompanyDraft } from './companies.ts';
import { duplicatePerson } from './contact-duplicates.ts';
import type { DemoContact, DemoContactPage, DemoDuplicate, DemoSpec } from './dataset.ts';
import { demoId } from './demo-ids.ts';
import { resolveDemoSpec, type DemoOptions } from './demo-spec.ts';
import { createOwnerRoster, type OwnerRoster } from './owners.ts';
import { generatePerson, type PersonDraft } from './people.ts';
import { Reservoir } from './reservoir.ts';
import { createRandom, type Random } from './seeded-random.ts';

/** Share of person slots filled with a duplicate of an earlier person, and of company slots with a duplicate company. */
export const PERSON_DUPLICATE_RATE = 0.06;
export const COMPANY_DUPLICATE_RATE = 0.05;
/** How many earlier records duplicates are drawn from: a uniform sample of all of them, of fixed size. */
const SAMPLE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 1000;

export interface DemoStreamOptions extends DemoOptions {
  /** People per page (the last page may be shorter). It cuts the same data differently, never changes it. */
  pageSize?: number;
}

interface StreamContext {
  spec: DemoSpec;
  roster: OwnerRoster;
  earlierPeople: Reservoir<PersonDraft>;
}

type Person = { record: DemoContact; truth?: DemoDuplicate };

/** The company's people: originals, and now and then a duplicate of someone met earlier (here or at another company). */
function peopleOf(company: CompanyDraft, firstOrdinal: number, count: number, context: StreamContext, random: Random): Person[] {
  const nowMs = Date.parse(context.spec.now);
  const takenLocalParts = new Set<string>();
  const people: Person[] = [];
  for (let ordinal = firstOrdinal; ordinal < firstOrdinal + count; ordinal++) {
    const original = random.chance(PERSON_DUPLICATE_RATE) ? context.earlierPeople.sample(random) : undefined;
    const duplicate = original && duplicatePerson(original, ordinal, nowMs, random);
    if (duplicate) {
      people.push(duplicate);
      continue;
    }
    const person = generatePerson({ spec: context.spec, roster: context.roster, company, ordinal, takenLocalParts }, random);
    people.push({ record: person.record });
    context.earlierPeople.offer(person, random);
  }
  return people;
}

function latest(instants: readonly (string | undefined)[]): string | undefined {
  return instants.reduce<string | undefined>((max, at) => (at !== undefined && (max === undefined || at > max) ? at : max), undefined);
}

/**
 * The demo people page by page, each page with the companies first met in it and the ground truth
 * of its duplicates, for sizes that must not be held in memory (benchmarks up to millions). Between
 * pages only the owner roster and two fixed-size samples of earlier records are kept. Company n and
 * its people draw from their own seeded generator, so the data does not depend on the page size.
 */
export function* streamDemoContacts(options: DemoStreamOptions): Generator<DemoContactPage, void, undefined> {
  const spec = resolveDemoSpec(options);
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isSafeInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a whole number ≥ 1, got ${pageSize}`);
  const context: StreamContext = { spec, roster: createOwnerRoster(spec), earlierPeople: new Reservoir(SAMPLE_SIZE) };
  const earlierCompanies = new Reservoir<CompanyDraft>(SAMPLE_SIZE);
  const nowMs = Date.parse(spec.now);
  let page: DemoContactPage = { companies: [], contacts: [], duplicates: [] };
  let made = 0;
  let originalCompanies = 0;
  for (let slot = 0; made < spec.size; slot++) {
    const random = createRandom(spec.seed, 'company', slot);
    const id = demoId('company', slot + 1);
    const original = random.chance(COMPANY_DUPLICATE_RATE) ? earlierCompanies.sample(random) : undefined;
    if (original) {
      const duplicate = duplicateCompany(original, id, nowMs, random);
      page.companies.push(duplicate.record);
      page.duplicates.push(duplicate.truth);
      continue;
    }
    const company = generateCompany(spec, context.roster, id, originalCompanies++, random);
    const people = peopleOf(company, made + 1, Math.min(company.peopleCount, spec.size - made), context, random);
    company.record.lastActivityAt = latest(people.filter((p) => p.record.companyId === id).map((p) => p.record.lastActivityAt));
    earlierCompanies.offer(company, random);
    made += people.length;
    page.companies.push(company.record);
    for (const person of people) {
      page.contacts.push(person.record);
      if (person.truth) page.duplicates.push(person.truth);
      if (page.contacts.length === pageSize) {
        yield page;
        page = { companies: [], contacts: [], duplicates: [] };
      }
    }
  }
  if (page.contacts.length || page.companies.length) yield page;
}
