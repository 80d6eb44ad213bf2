import { asciiLetters } from './email-addresses.ts';
import { createRandom } from './seeded-random.ts';
import { NAME_LEADS, NAME_PLACES, SECTOR_WORDS, type SectorWord } from './vocabulary/company-words.ts';

/** A company name in parts, so a duplicate can vary one part (suffix, "The", punctuation) and keep the rest. */
export interface CompanyName {
  lead: string;
  place: string;
  sector: SectorWord;
  /** Written with a leading "The". */
  article: boolean;
  /** Legal form as written ("Inc.", ", LLC", "GmbH"), or "" for none. */
  suffix: string;
}

const combinations = NAME_LEADS.length * NAME_PLACES.length * SECTOR_WORDS.length;
// A prime larger than the number of combinations: stepping by it visits every combination once.
const STRIDE = 1_000_003;

/**
 * The distinct core name (lead, place, sector) of the n-th original company. A seeded stride
 * through all combinations gives every company its own name and domain; past the last
 * combination `round` counts how often the names came round again.
 */
export function coreNameOf(seed: number, ordinal: number): { lead: string; place: string; sector: SectorWord; round: number } {
  const offset = Math.floor(createRandom(seed, 'company-names').next() * combinations);
  const k = (((ordinal % combinations) * STRIDE) % combinations + offset) % combinations;
  const lead = NAME_LEADS[k % NAME_LEADS.length] as string;
  const place = NAME_PLACES[Math.floor(k / NAME_LEADS.length) % NAME_PLACES.length] as string;
  const sector = SECTOR_WORDS[Math.floor(k / (NAME_LEADS.length * NAME_PLACES.length))] as SectorWord;
  return { lead, place, sector, round: Math.floor(ordinal / combinations) };
}

export function writtenName(name: CompanyName): string {
  const base = `${name.article ? 'The ' : ''}${name.lead} ${name.place} ${name.sector.word}`;
  if (!name.suffix) return base;
  return name.suffix.startsWith(',') ? `${base}${name.suffix}` : `${base} ${name.suffix}`;
}

/** blueharboranalytics.com; names that came round again get a number so domains stay unique. */
export function domainOf(name: Pick<CompanyName, 'lead' | 'place' | 'sector'>, tld: string, round: number): string {
  const base = asciiLetters(`${name.lead}${name.place}${name.sector.word}`);
  return `${base}${round > 0 ? round : ''}.${tld}`;
}
