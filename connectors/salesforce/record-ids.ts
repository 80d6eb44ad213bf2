// Salesforce ids as the connector compares them: the 18-character case-safe form. A 15-character id is
// case-sensitive; the 18-character one adds a suffix saying which of the first 15 letters are upper case,
// so it survives tools that change case (QUIRKS.md, "Ids").
// https://help.salesforce.com/s/articleView?id=000385008&type=1

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** Key prefixes of the people objects: the first three characters of every id of theirs, in every org. */
export const PERSON_KEY_PREFIXES = { Lead: '00Q', Contact: '003' } as const;

function suffixOf(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const ch = id15.charAt(chunk * 5 + i);
      if (ch >= 'A' && ch <= 'Z') bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET.charAt(bits);
  }
  return suffix;
}

/**
 * The 18-character form of a 15- or 18-character id, its case rebuilt from the suffix (an 18-character id
 * may arrive lower-cased); undefined for anything that is no id, which Salesforce would refuse as malformed.
 */
export function caseSafeId(raw: string): string | undefined {
  const id = raw.trim();
  if (/^[a-zA-Z0-9]{15}$/.test(id)) return id + suffixOf(id);
  if (!/^[a-zA-Z0-9]{18}$/.test(id)) return undefined;
  const suffix = id.slice(15).toUpperCase();
  let head = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    const bits = SUFFIX_ALPHABET.indexOf(suffix.charAt(chunk));
    if (bits < 0) return undefined;
    for (let i = 0; i < 5; i++) {
      const ch = id.charAt(chunk * 5 + i);
      const upper = (bits & (1 << i)) !== 0;
      if (/[a-z]/i.test(ch)) head += upper ? ch.toUpperCase() : ch.toLowerCase();
      else if (upper) return undefined;
      else head += ch;
    }
  }
  return head + suffix;
}

/** Key prefixes of the objects the company, deal and association capabilities name. */
export const RECORD_KEY_PREFIXES = { ...PERSON_KEY_PREFIXES, Account: '001', Opportunity: '006', OpportunityContactRole: '00K' } as const;
