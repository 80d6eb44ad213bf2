import type { ContactVariation, DemoContact } from './dataset.ts';
import { misspell } from './name-typos.ts';
import type { PersonDraft } from './people.ts';
import { reformatPhone } from './phone-numbers.ts';
import type { Random } from './seeded-random.ts';
import { NICKNAMES } from './vocabulary/nicknames.ts';

/**
 * Each variation turns a copy of the original into a duplicate that differs in one known way.
 * `applies` says whether the original allows it (gmail dots need a gmail address).
 */
interface ContactVariant {
  applies(original: PersonDraft): boolean;
  apply(duplicate: DemoContact, original: PersonDraft, random: Random): DemoContact;
}

const PLUS_TAGS = ['news', 'webinar', 'crm', 'sales', 'events', '2025', 'work'];

function withEmail(duplicate: DemoContact, rewrite: (local: string, domain: string) => string): DemoContact {
  const [local = '', domain = ''] = (duplicate.email ?? '').split('@');
  return { ...duplicate, email: rewrite(local, domain) };
}

const capitalised = (part: string) => part.charAt(0).toUpperCase() + part.slice(1);
const hasEmail = (original: PersonDraft) => original.record.email !== undefined;

const NO_FIRMOGRAPHICS = { industry: undefined, employeeCount: undefined, annualRevenue: undefined };

/** The copy as the systems in `presentIn` hold it: marketing automation has no CRM owner, account link, lead status or Lead object. */
export function placedIn(duplicate: DemoContact, presentIn: DemoContact['presentIn']): DemoContact {
  if (presentIn.includes('crm')) return { ...duplicate, presentIn };
  return { ...duplicate, presentIn, kind: 'contact', ownerId: undefined, companyId: undefined, leadStatus: undefined, ...NO_FIRMOGRAPHICS };
}

export const CONTACT_VARIANTS: Readonly<Record<ContactVariation, ContactVariant>> = {
  email_case: {
    applies: hasEmail,
    apply: (duplicate, _original, random) => withEmail(duplicate, (local, domain) => random.chance(0.5)
      ? `${local.split('.').map(capitalised).join('.')}@${capitalised(domain)}`
      : `${local}@${domain}`.toUpperCase()),
  },
  email_whitespace: {
    applies: hasEmail,
    apply: (duplicate, _original, random) => withEmail(duplicate, (local, domain) => random.pick([' ', '', '  ']) + `${local}@${domain}` + random.pick([' ', '\t', '  '])),
  },
  email_plus_alias: {
    applies: hasEmail,
    apply: (duplicate, _original, random) => withEmail(duplicate, (local, domain) => `${local}+${random.pick(PLUS_TAGS)}@${domain}`),
  },
  gmail_dots: {
    applies: (original) => original.record.email?.endsWith('@gmail.com') === true,
    apply: (duplicate, _original, random) => withEmail(duplicate, (local, domain) => {
      if (local.includes('.')) return `${local.replaceAll('.', '')}@${domain}`;
      const at = random.int(1, local.length - 1);
      return `${local.slice(0, at)}.${local.slice(at)}@${domain}`;
    }),
  },
  email_removed: {
    applies: hasEmail,
    apply: (duplicate) => ({ ...duplicate, email: undefined }),
  },
  name_typo: {
    applies: (original) => original.record.lastName !== undefined && original.record.lastName.length >= 4,
    apply: (duplicate, original, random) => {
      const first = original.record.firstName ?? '';
      const misspeltFirst = random.chance(0.4) ? misspell(first, random) : undefined;
      if (misspeltFirst) return { ...duplicate, firstName: misspeltFirst };
      return { ...duplicate, lastName: misspell(original.record.lastName ?? '', random) ?? `${original.record.lastName}e` };
    },
  },
  nickname: {
    applies: (original) => NICKNAMES[original.record.firstName ?? ''] !== undefined,
    apply: (duplicate, original, random) => ({ ...duplicate, firstName: random.pick(NICKNAMES[original.record.firstName ?? ''] ?? []) }),
  },
  phone_format: {
    applies: (original) => original.phone !== undefined && original.record.phone !== undefined,
    apply: (duplicate, original, random) => original.phone && original.record.phone
      ? { ...duplicate, phone: reformatPhone(original.phone, original.record.phone, random) }
      : duplicate,
  },
  cross_system: {
    applies: (original) => original.record.presentIn.length === 1,
    apply: (duplicate, original) => placedIn(duplicate, original.record.presentIn.includes('crm') ? ['marketing'] : ['crm']),
  },
  lead_and_contact: {
    applies: (original) => original.record.presentIn.includes('crm'),
    apply: (duplicate, original) => original.record.kind === 'lead'
      ? { ...duplicate, presentIn: ['crm'], kind: 'contact', companyId: original.company.record.source.id, ...NO_FIRMOGRAPHICS }
      : { ...duplicate, presentIn: ['crm'], kind: 'lead', companyId: undefined, industry: original.company.record.industry,
          employeeCount: original.company.record.employeeCount, annualRevenue: original.company.record.annualRevenue },
  },
};
