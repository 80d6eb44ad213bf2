// The people of the sync benchmark (`npm run bench:sync`), the same in every vendor sandbox: person i
// has fixed values, so a CRM sandbox seeds N of them and a marketing sandbox 30% of them without any
// API call (at 1M records the rate-limited APIs would take hours), and the expected state after each
// sync is known without holding it: a sandbox compares its records with it one by one.
import { z } from 'zod';

/** Email domain of every benchmark person; not example.com/org, which mappings/sync.yaml leaves out. */
export const BENCH_EMAIL_DOMAIN = 'bench-sync.test';
export const MAX_BENCH_PEOPLE = 2_000_000;

/** `{ size }` for seeding; `{ round }` for an edit round; both for a check. */
export const BenchSeedRequest = z.object({ size: z.number().int().min(1).max(MAX_BENCH_PEOPLE) }).strict();
export const BenchEditRequest = z.object({ round: z.number().int().min(1) }).strict();
export const BenchCheckRequest = z.object({
  size: z.coerce.number().int().min(1).max(MAX_BENCH_PEOPLE),
  round: z.coerce.number().int().min(0).default(0),
});

/** A person as both systems hold them once in sync; a null phone is an empty field. */
export interface BenchPerson {
  email: string;
  firstName: string;
  lastName: string;
  company: string;
  title: string;
  phone: string | null;
}

export const benchEmail = (i: number) => `person${i}@${BENCH_EMAIL_DOMAIN}`;

const EMAIL = new RegExp(`^person(\\d+)@${BENCH_EMAIL_DOMAIN.replace(/\./g, '\\.')}$`);

/** The person an email belongs to, or undefined for any other address. */
export function benchIndexOf(email: unknown): number | undefined {
  const match = typeof email === 'string' ? EMAIL.exec(email.toLowerCase()) : null;
  return match ? Number(match[1]) : undefined;
}

/** 30% of the people are already in marketing automation, same email, not linked to the CRM record. */
export const inMarketing = (i: number) => i % 10 < 3;
export const marketingCount = (size: number) => Math.floor(size / 10) * 3 + Math.min(size % 10, 3);

/** What marketing holds for a person before the first sync: the CRM's name is newer (crm_wins). */
export const staleFirstName = (i: number) => `Was${i}`;

/** 1% of the people are edited in the CRM each round (their first name: crm_wins, goes to marketing). */
export const editedInCrm = (i: number) => i % 100 === 0;
/** Another 1% are edited in marketing (their phone: most_recent_wins, goes to the CRM, which has none). */
export const editedInMarketing = (i: number) => i % 100 === 50;
export const editsPerRound = (size: number) => ({ crm: Math.ceil(size / 100), marketing: size > 50 ? Math.ceil((size - 50) / 100) : 0 });

export const crmFirstName = (i: number, round: number) => (round > 0 && editedInCrm(i) ? `First${i}r${round}` : `First${i}`);

/** A possible US number in E.164 (415, exchange 200–999), different for each person and round. */
export function marketingPhone(i: number, round: number): string | null {
  if (round === 0 || !editedInMarketing(i)) return null;
  return `+1415${2_000_000 + ((i + round * 7_919) % 8_000_000)}`;
}

/** The person once `round` edit rounds (0: none) have been synced, on either side. */
export function benchPerson(i: number, round = 0): BenchPerson {
  return {
    email: benchEmail(i),
    firstName: crmFirstName(i, round),
    lastName: `Last${i}`,
    company: `Company ${i % 5_000}`,
    title: `Title ${i % 40}`,
    phone: marketingPhone(i, round),
  };
}

/** What a sandbox's check answers: how many records it compared and what did not match. */
export interface BenchCheckResult {
  exact: boolean;
  checked: number;
  mismatches: number;
  /** The first few mismatches, as sentences. */
  examples: string[];
}

/** Counts mismatches and keeps the first few, so a check over 1M records answers a small body. */
export class BenchCheckTally {
  checked = 0;
  mismatches = 0;
  readonly examples: string[] = [];

  problem(text: string): void {
    this.mismatches += 1;
    if (this.examples.length < 10) this.examples.push(text);
  }

  /** Compares one field; `where` names the record. */
  field(where: string, name: string, actual: unknown, expected: string | null): void {
    const value = actual === undefined || actual === '' ? null : actual;
    if (value !== expected) this.problem(`${where}: ${name} is ${JSON.stringify(value)}, expected ${JSON.stringify(expected)}`);
  }

  result(): BenchCheckResult {
    return { exact: this.mismatches === 0, checked: this.checked, mismatches: this.mismatches, examples: this.examples };
  }
}

/** Which people a check has seen: each exactly once. */
export class SeenPeople {
  private readonly seen: Uint8Array;
  private readonly size: number;
  private readonly tally: BenchCheckTally;

  constructor(size: number, tally: BenchCheckTally) {
    this.size = size;
    this.tally = tally;
    this.seen = new Uint8Array(size);
  }

  /** The person's index when the email is a benchmark person's seen for the first time; otherwise a problem is counted. */
  take(where: string, email: unknown): number | undefined {
    const i = benchIndexOf(email);
    if (i === undefined || i >= this.size) return void this.tally.problem(`${where}: ${JSON.stringify(email)} is no benchmark person`);
    if (this.seen[i] === 1) return void this.tally.problem(`${where}: ${benchEmail(i)} appears twice`);
    this.seen[i] = 1;
    return i;
  }

  /** Counts every person of the set never seen. */
  missing(system: string, wanted: (i: number) => boolean = () => true): void {
    for (let i = 0; i < this.size; i++) if (wanted(i) && this.seen[i] !== 1) this.tally.problem(`${system} has no record for ${benchEmail(i)}`);
  }
}
