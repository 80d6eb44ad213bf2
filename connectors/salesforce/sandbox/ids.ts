// Salesforce record ids: a 3-character key prefix naming the object, 2 characters naming the pod that
// created the record, a reserved character, a 9-character base-62 counter, and for the 18-character
// case-safe form a 3-character checksum of which letters are upper case.
// https://help.salesforce.com/s/articleView?id=000385008&type=1 (15- and 18-character ids)

/** Key prefixes of the objects the sandbox serves (and the org and queue ids it mentions). */
export const KEY_PREFIXES = {
  Account: '001',
  Contact: '003',
  User: '005',
  Opportunity: '006',
  OpportunityHistory: '008',
  OpportunityContactRole: '00K',
  OpportunityStage: '01J',
  Lead: '00Q',
  Task: '00T',
  Event: '00U',
  Group: '00G',
  Organization: '00D',
} as const;
export type KeyPrefixObject = keyof typeof KEY_PREFIXES;

const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ID15 = /^[a-zA-Z0-9]{15}$/;
const ID18 = /^[a-zA-Z0-9]{18}$/;

/** The 3-character suffix that makes a 15-character id case-insensitively unique. */
export function idChecksum(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const ch = id15.charAt(chunk * 5 + i);
      if (ch >= 'A' && ch <= 'Z') bits |= 1 << i;
    }
    suffix += CHECKSUM_ALPHABET.charAt(bits);
  }
  return suffix;
}

/**
 * The 18-character form of a 15- or 18-character id; undefined when it is neither. An 18-character id is
 * case-insensitive (Salesforce: it "can be safely compared for uniqueness by case-insensitive
 * applications"): its suffix says which of the first 15 characters are upper case, so the id is rebuilt
 * from it whatever case it arrives in. A suffix that marks a digit upper case is no id.
 */
export function to18(id: string): string | undefined {
  if (ID15.test(id)) return id + idChecksum(id);
  if (!ID18.test(id)) return undefined;
  const suffix = id.slice(15).toUpperCase();
  let head = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    const bits = CHECKSUM_ALPHABET.indexOf(suffix.charAt(chunk));
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

/** The 15-character (case-sensitive) form of an id. */
export function to15(id: string): string {
  return id.slice(0, 15);
}

/** Whether a string is a well-formed 15- or 18-character id (what Salesforce calls MALFORMED_ID otherwise). */
export function isWellFormedId(id: string): boolean {
  return to18(id) !== undefined;
}

/** The object an id belongs to, by its key prefix; undefined for prefixes the sandbox does not know. */
export function sobjectOfId(id: string): KeyPrefixObject | undefined {
  const prefix = id.slice(0, 3);
  for (const [name, known] of Object.entries(KEY_PREFIXES)) if (known === prefix) return name as KeyPrefixObject;
  return undefined;
}

function base62(n: number, width: number): string {
  let out = '';
  let rest = n;
  while (rest > 0) {
    out = BASE62.charAt(rest % 62) + out;
    rest = Math.floor(rest / 62);
  }
  return out.padStart(width, '0');
}

/** The 18-character id numbered `n` under a key prefix on a pod: `prefix + pod + 0 + base-62 n + checksum`. */
export function idFromCounter(prefix: string, pod: string, n: number): string {
  const id15 = prefix + pod + '0' + base62(n, 9);
  return id15 + idChecksum(id15);
}

/**
 * Mints 18-character ids per key prefix from a counter, as one pod would. A reset starts the counters
 * again for the org's re-seeding (so seeded records get the ids they had), but every id minted outside
 * `replay` goes past the highest one ever minted: an id is never handed out twice.
 */
export class IdMinter {
  private readonly counters = new Map<string, number>();
  /** The highest counter per prefix before the last reset. */
  private readonly highWater = new Map<string, number>();
  private replaying = 0;
  private readonly pod: string;

  /** `pod`: the two characters naming the instance, e.g. '5e'. */
  constructor(pod = '5e') {
    if (!/^[a-zA-Z0-9]{2}$/.test(pod)) throw new Error(`pod must be two alphanumerics, got ${pod}`);
    this.pod = pod;
  }

  next(sobject: KeyPrefixObject): string {
    const prefix = KEY_PREFIXES[sobject];
    const counter = this.counters.get(prefix) ?? 0;
    const n = Math.max(counter, this.replaying > 0 ? 0 : (this.highWater.get(prefix) ?? 0)) + 1;
    this.counters.set(prefix, n);
    return idFromCounter(prefix, this.pod, n);
  }

  /** Runs `fn` minting from the restarted counters (re-seeding after a reset). */
  replay<T>(fn: () => T): T {
    this.replaying += 1;
    try {
      return fn();
    } finally {
      this.replaying -= 1;
    }
  }

  /** Makes sure later ids do not collide with one minted elsewhere (seeded or restored). */
  reserve(id: string): void {
    const prefix = id.slice(0, 3);
    const counter = id.slice(6, 15);
    let n = 0;
    for (const ch of counter) {
      const digit = BASE62.indexOf(ch);
      if (digit < 0) return;
      n = n * 62 + digit;
    }
    if (n > (this.counters.get(prefix) ?? 0)) this.counters.set(prefix, n);
  }

  /** Restarts the counters, remembering how far they went. */
  reset(): void {
    for (const [prefix, n] of this.counters) this.highWater.set(prefix, Math.max(n, this.highWater.get(prefix) ?? 0));
    this.counters.clear();
  }
}
