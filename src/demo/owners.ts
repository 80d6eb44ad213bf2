import type { CanonicalOwner, OwnerRole, TimeOff } from '../core/canonical/index.ts';
import type { DemoSpec } from './dataset.ts';
import { demoId, demoSource } from './demo-ids.ts';
import { DAY_MS, instantBetween, isoAt } from './demo-time.ts';
import { asciiLetters } from './email-addresses.ts';
import { createRandom, weightedChoices, type Random } from './seeded-random.ts';
import { FIRST_NAMES } from './vocabulary/first-names.ts';
import { TERRITORIES, type Territory } from './vocabulary/geography.ts';
import { LAST_NAMES } from './vocabulary/last-names.ts';

/** The demo company's own email domain: its sales team are the CRM users. */
export const DEMO_COMPANY_DOMAIN = 'northpeak-demo.example';

/** The owners by territory and role, so records can be given a plausible owner in O(1). */
export interface OwnerRoster {
  owners: CanonicalOwner[];
  byId: ReadonlyMap<string, CanonicalOwner>;
  inTerritory(territory: Territory, role: OwnerRole): readonly string[];
}

/** About one rep per hundred people, never fewer than a manager, an AE and an SDR per territory. */
export function ownerCount(size: number): number {
  return Math.min(400, Math.max(TERRITORIES.length * 3, Math.ceil(size / 100)));
}

const territoryShare = weightedChoices<Territory>([['NA-East', 30], ['NA-West', 25], ['EMEA', 30], ['APAC', 15]]);
const extraRole = weightedChoices<OwnerRole>([['ae', 55], ['sdr', 35], ['csm', 10]]);
const timeOffReason = weightedChoices<NonNullable<TimeOff['reason']>>([['vacation', 70], ['sick', 10], ['holiday', 10], ['parental', 10]]);

const TIME_ZONES: Record<Territory, readonly string[]> = {
  'NA-East': ['America/New_York', 'America/Toronto', 'America/Chicago'],
  'NA-West': ['America/Los_Angeles', 'America/Denver', 'America/Vancouver'],
  EMEA: ['Europe/London', 'Europe/Berlin', 'Europe/Paris', 'Europe/Amsterdam'],
  APAC: ['Australia/Sydney', 'Asia/Singapore', 'Asia/Tokyo'],
};
const EXTRA_LANGUAGES: Record<Territory, readonly string[]> = {
  'NA-East': ['lang:es', 'lang:fr'], 'NA-West': ['lang:es'], EMEA: ['lang:de', 'lang:fr', 'lang:nl', 'lang:es', 'lang:sv'], APAC: ['lang:ja', 'lang:hi'],
};
const TEAM_NAMES: Record<OwnerRole, string> = { manager: 'Sales', ae: 'Sales', sdr: 'SDR', csm: 'Customer Success', admin: 'RevOps' };

/** The first twelve owners are a manager, an AE and an SDR per territory; the rest are spread by territory size. */
function seatOf(index: number, random: Random): { territory: Territory; role: OwnerRole } {
  const perRole = TERRITORIES.length;
  if (index < perRole * 3) {
    const roles: OwnerRole[] = ['manager', 'ae', 'sdr'];
    return { territory: TERRITORIES[index % perRole] as Territory, role: roles[Math.floor(index / perRole)] as OwnerRole };
  }
  return { territory: random.weighted(territoryShare), role: random.weighted(extraRole) };
}

function capacityOf(role: OwnerRole, random: Random): CanonicalOwner['capacity'] {
  if (role === 'sdr') return { maxNewLeadsPerDay: random.int(15, 40), maxOpenLeads: random.int(150, 400), maxMeetingsPerWeek: random.int(5, 15) };
  if (role === 'ae') return { maxNewLeadsPerDay: random.int(3, 10), maxOpenLeads: random.int(40, 120), maxMeetingsPerWeek: random.int(10, 25) };
  return { maxNewLeadsPerDay: 0 };
}

function timeOffOf(nowMs: number, random: Random): TimeOff[] {
  if (!random.chance(0.25)) return [];
  const reason = random.weighted(timeOffReason);
  const startsAt = nowMs + random.int(-10, 30) * DAY_MS;
  const days = reason === 'parental' ? random.int(60, 120) : random.int(2, 14);
  return [{ startsAt: isoAt(startsAt), endsAt: isoAt(startsAt + days * DAY_MS), reason }];
}

function generateOwner(spec: DemoSpec, index: number, managerIds: readonly string[], usedEmails: Set<string>): CanonicalOwner {
  const random = createRandom(spec.seed, 'owner', index);
  const nowMs = Date.parse(spec.now);
  const { territory, role } = seatOf(index, random);
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const local = `${asciiLetters(firstName)}.${asciiLetters(lastName)}`;
  let email = `${local}@${DEMO_COMPANY_DOMAIN}`;
  for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${DEMO_COMPANY_DOMAIN}`;
  usedEmails.add(email);
  const createdMs = instantBetween(random, nowMs - 1500 * DAY_MS, nowMs - 30 * DAY_MS);
  const managerId = managerIds[TERRITORIES.indexOf(territory)];
  const skills = ['lang:en', ...(random.chance(0.35) ? [random.pick(EXTRA_LANGUAGES[territory])] : [])];
  if (role === 'ae') skills.push(random.pick(['segment:smb', 'segment:mid_market', 'segment:enterprise']));
  return {
    email, firstName, lastName, role, territory,
    team: `${territory} ${TEAM_NAMES[role]}`,
    managerId: role === 'manager' ? undefined : managerId,
    // Some reps have left but still own records: the hygiene job has to find them.
    active: index < TERRITORIES.length * 3 || random.chance(0.94),
    capacity: capacityOf(role, random),
    timeOff: timeOffOf(nowMs, random),
    skills,
    timeZone: random.pick(TIME_ZONES[territory]),
    createdAt: isoAt(createdMs),
    updatedAt: isoAt(instantBetween(random, createdMs, nowMs)),
    source: demoSource(demoId('owner', index + 1), 'owner'),
  };
}

export function createOwnerRoster(spec: DemoSpec): OwnerRoster {
  const count = ownerCount(spec.size);
  const managerIds = TERRITORIES.map((_, index) => demoId('owner', index + 1));
  const usedEmails = new Set<string>();
  const owners = Array.from({ length: count }, (_, index) => generateOwner(spec, index, managerIds, usedEmails));
  const seats = new Map<string, string[]>();
  for (const owner of owners) {
    const key = `${owner.territory}/${owner.role}`;
    seats.set(key, [...(seats.get(key) ?? []), owner.source.id]);
  }
  return {
    owners,
    byId: new Map(owners.map((owner) => [owner.source.id, owner])),
    inTerritory: (territory, role) => seats.get(`${territory}/${role}`) ?? [],
  };
}
