import type { AccountType, LifecycleStage } from '../core/canonical/index.ts';
import { coreNameOf, domainOf, writtenName, type CompanyName } from './company-names.ts';
import type { DemoCompany, DemoSpec } from './dataset.ts';
import { demoSource } from './demo-ids.ts';
import { DAY_MS, instantBetween, isoAt } from './demo-time.ts';
import { emailPatternShare, type EmailPattern } from './email-addresses.ts';
import type { OwnerRoster } from './owners.ts';
import { formatPhone, randomPhone, type PhoneNumber } from './phone-numbers.ts';
import { weightedChoices, type Random } from './seeded-random.ts';
import { LEGAL_SUFFIXES } from './vocabulary/company-words.ts';
import { COUNTRIES, type Country, type Locality, type Territory } from './vocabulary/geography.ts';
import { INDUSTRIES } from './vocabulary/industries.ts';

/** A generated company with what its people are generated from: where it is, how it writes addresses, how many people. */
export interface CompanyDraft {
  record: DemoCompany;
  name: CompanyName;
  country: Country;
  locality: Locality;
  territory: Territory;
  emailPattern: EmailPattern;
  mainPhone: PhoneNumber;
  peopleCount: number;
}

const countryShare = weightedChoices(COUNTRIES.map((country) => [country, country.weight] as const));

/** Companies are mostly small, with a long tail of large ones. */
const employeeBands = weightedChoices<readonly [number, number]>([
  [[1, 10], 15], [[11, 50], 25], [[51, 200], 25], [[201, 1000], 20], [[1001, 5000], 10], [[5001, 50000], 5],
]);

const standing = weightedChoices<readonly [LifecycleStage, AccountType]>([
  [['customer', 'customer'], 18], [['opportunity', 'prospect'], 12], [['sql', 'prospect'], 8], [['lead', 'prospect'], 52],
  [['other', 'partner'], 5], [['other', 'vendor'], 3], [['other', 'competitor'], 2],
]);

/** People per company: at least one, about seven on average, a few with dozens. */
function peopleCountOf(random: Random): number {
  return Math.min(80, 1 + Math.floor(-Math.log(1 - random.next()) * 6.5));
}

function ownerOf(roster: OwnerRoster, territory: Territory, lifecycle: LifecycleStage, random: Random): string | undefined {
  const csms = roster.inTerritory(territory, 'csm');
  if (lifecycle === 'customer' && csms.length && random.chance(0.4)) return random.pick(csms);
  return random.pick(roster.inTerritory(territory, 'ae'));
}

/** The n-th original company (ordinal counts originals only, so names stay distinct). */
export function generateCompany(spec: DemoSpec, roster: OwnerRoster, id: string, ordinal: number, random: Random): CompanyDraft {
  const nowMs = Date.parse(spec.now);
  const core = coreNameOf(spec.seed, ordinal);
  const country = random.weighted(countryShare);
  const locality = random.pick(country.localities);
  const name: CompanyName = {
    ...core,
    article: random.chance(0.06),
    suffix: random.pick(LEGAL_SUFFIXES[country.code] ?? ['']),
  };
  const domain = domainOf(core, random.pick(country.tlds), core.round);
  const industry = INDUSTRIES[core.sector.industry];
  const [minEmployees, maxEmployees] = random.weighted(employeeBands);
  const employeeCount = random.int(minEmployees, maxEmployees);
  const annualRevenue = Math.round((employeeCount * industry.revenuePerEmployee * random.between(0.6, 1.4)) / 10_000) * 10_000;
  const [lifecycleStage, accountType] = random.weighted(standing);
  const mainPhone = randomPhone(random, country, locality);
  // Customers have been around longer than the average prospect.
  const createdMs = instantBetween(random, nowMs - (lifecycleStage === 'customer' ? 2000 : 1200) * DAY_MS, nowMs - (lifecycleStage === 'customer' ? 400 : 5) * DAY_MS);
  const record: DemoCompany = {
    name: writtenName(name),
    domain,
    additionalDomains: [],
    website: `https://www.${domain}`,
    industry: industry.name,
    // Gaps on purpose: enrichment has something to fill.
    employeeCount: random.chance(0.95) ? employeeCount : undefined,
    annualRevenue: random.chance(0.9) ? annualRevenue : undefined,
    phone: formatPhone(mainPhone, random.int(0, 5)),
    country: country.name,
    countryCode: country.code,
    state: locality.state,
    city: locality.city,
    region: country.region,
    accountType,
    lifecycleStage,
    ownerId: ownerOf(roster, locality.territory, lifecycleStage, random),
    createdAt: isoAt(createdMs),
    updatedAt: isoAt(instantBetween(random, createdMs, nowMs)),
    source: demoSource(id, 'company'),
    presentIn: random.chance(0.5) ? ['crm', 'marketing'] : ['crm'],
  };
  return {
    record, name, country, locality, territory: locality.territory,
    emailPattern: random.weighted(emailPatternShare),
    mainPhone,
    peopleCount: peopleCountOf(random),
  };
}
