import { CONTACT_VARIANTS, placedIn } from './contact-variants.ts';
import type { ContactVariation, DemoContact, DemoDuplicate } from './dataset.ts';
import { demoId, demoSource } from './demo-ids.ts';
import { HOUR_MS, instantBetween, isoAt } from './demo-time.ts';
import type { PersonDraft } from './people.ts';
import { weightedChoices, type Random } from './seeded-random.ts';

const VARIATION_WEIGHTS: readonly (readonly [ContactVariation, number])[] = [
  ['email_case', 14], ['email_whitespace', 6], ['email_plus_alias', 8], ['gmail_dots', 6], ['email_removed', 8],
  ['name_typo', 14], ['nickname', 12], ['phone_format', 8], ['cross_system', 16], ['lead_and_contact', 8],
];

/** Variations of one family contradict each other (one email cannot be both upper-cased and removed). */
const FAMILIES: readonly (readonly ContactVariation[])[] = [
  ['email_case', 'email_whitespace', 'email_plus_alias', 'gmail_dots', 'email_removed'],
  ['name_typo', 'nickname'],
  ['phone_format'],
  ['cross_system', 'lead_and_contact'],
];
const familyOf = (variation: ContactVariation) => FAMILIES.find((family) => family.includes(variation)) ?? [];

/** One variation the original allows, and sometimes a second from another family. */
function chooseVariations(original: PersonDraft, random: Random): ContactVariation[] {
  const allowed = VARIATION_WEIGHTS.filter(([variation]) => CONTACT_VARIANTS[variation].applies(original));
  if (allowed.length === 0) return [];
  const primary = random.weighted(weightedChoices(allowed));
  const others = allowed.filter(([variation]) => !familyOf(primary).includes(variation));
  return others.length && random.chance(0.35) ? [primary, random.weighted(weightedChoices(others))] : [primary];
}

/**
 * A second record of the same person, created later, in one of the systems that hold them,
 * differing from the original in the recorded ways. Undefined when nothing about the original can vary.
 */
export function duplicatePerson(
  original: PersonDraft,
  ordinal: number,
  nowMs: number,
  random: Random,
): { record: DemoContact; truth: DemoDuplicate } | undefined {
  const variations = chooseVariations(original, random);
  if (variations.length === 0) return undefined;
  const createdMs = instantBetween(random, Date.parse(original.record.createdAt), nowMs - HOUR_MS);
  const lastActivityMs = random.chance(0.5) ? instantBetween(random, createdMs, nowMs) : undefined;
  const base: DemoContact = {
    ...original.record,
    additionalEmails: [...original.record.additionalEmails],
    scores: { isMql: false },
    consent: { ...original.record.consent },
    fieldSources: undefined,
    lastActivityAt: lastActivityMs === undefined ? undefined : isoAt(lastActivityMs),
    createdAt: isoAt(createdMs),
    updatedAt: isoAt(instantBetween(random, lastActivityMs ?? createdMs, nowMs)),
  };
  let duplicate = placedIn(base, [random.pick(original.record.presentIn)]);
  for (const variation of variations) duplicate = CONTACT_VARIANTS[variation].apply(duplicate, original, random);
  const id = demoId('contact', ordinal);
  duplicate = { ...duplicate, source: demoSource(id, duplicate.kind) };
  return { record: duplicate, truth: { recordType: 'contact', duplicateId: id, originalId: original.record.source.id, variations } };
}
