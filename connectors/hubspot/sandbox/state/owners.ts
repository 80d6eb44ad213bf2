// The portal's owners: the users and queues a record can be assigned to through hubspot_owner_id.
// https://developers.hubspot.com/docs/api-reference/legacy/crm/owners/guide

export interface OwnerTeam {
  id: string;
  name: string;
  primary: boolean;
}

export interface HubspotOwner {
  id: string;
  email: string | null;
  type: 'PERSON' | 'QUEUE';
  firstName: string;
  lastName: string;
  /** null once the owner is archived (deactivated); userIdIncludingInactive keeps the id. */
  userId: number | null;
  userIdIncludingInactive: number | null;
  createdAt: number;
  updatedAt: number;
  archived: boolean;
  teams: OwnerTeam[];
}

export interface NewOwner {
  id?: string;
  email: string | null;
  firstName: string;
  lastName: string;
  type?: 'PERSON' | 'QUEUE';
  userId?: number | null;
  teams?: OwnerTeam[];
  archived?: boolean;
  createdAt?: number;
  updatedAt?: number;
}

export interface OwnerPage {
  results: HubspotOwner[];
  /** The `after` cursor of the next page, when there is one. */
  nextAfter?: string;
}

// Owner and user ids look like HubSpot's: eight-digit owner ids, seven-digit user ids.
const FIRST_OWNER_ID = 41_629_779;
const FIRST_USER_ID = 9_586_504;
const SEEDED_AT = Date.UTC(2024, 0, 15, 9, 0, 0);

export class OwnerDirectory {
  private owners: HubspotOwner[] = [];
  private nextOwnerId = FIRST_OWNER_ID;
  private nextUserId = FIRST_USER_ID;

  /** Adds one owner; a PERSON gets a user id unless given one, a QUEUE has none. */
  add(input: NewOwner): HubspotOwner {
    const id = input.id ?? String(this.nextOwnerId++);
    if (this.owners.some((o) => o.id === id)) throw new Error(`owner ${id} already exists`);
    const type = input.type ?? 'PERSON';
    const userId = input.userId !== undefined ? input.userId : type === 'PERSON' ? this.nextUserId++ : null;
    // Seeded ids move the counters on, so later additions never collide with them.
    if (/^\d+$/.test(id)) this.nextOwnerId = Math.max(this.nextOwnerId, Number(id) + 1);
    if (typeof userId === 'number') this.nextUserId = Math.max(this.nextUserId, userId + 1);
    const archived = input.archived ?? false;
    const owner: HubspotOwner = {
      id,
      email: input.email,
      type,
      firstName: input.firstName,
      lastName: input.lastName,
      userId: archived ? null : userId,
      userIdIncludingInactive: userId,
      createdAt: input.createdAt ?? SEEDED_AT,
      updatedAt: input.updatedAt ?? input.createdAt ?? SEEDED_AT,
      archived,
      teams: input.teams ?? [],
    };
    this.owners.push(owner);
    return owner;
  }

  /** Replaces the directory with these owners (seeding). */
  seed(owners: NewOwner[]): HubspotOwner[] {
    this.reset();
    return owners.map((o) => this.add(o));
  }

  /** Deactivates an owner: it stays readable with `archived=true`, and loses its userId. */
  archive(id: string, now: number): HubspotOwner | undefined {
    const owner = this.owners.find((o) => o.id === id && !o.archived);
    if (!owner) return undefined;
    owner.archived = true;
    owner.userId = null;
    owner.updatedAt = now;
    return owner;
  }

  /** A live owner by id (or with `archived: true`, an archived one); `by: 'userId'` looks up the user id. */
  get(id: string, options: { by?: 'id' | 'userId'; archived?: boolean } = {}): HubspotOwner | undefined {
    const archived = options.archived ?? false;
    return this.owners.find((o) => {
      if (o.archived !== archived) return false;
      return options.by === 'userId' ? String(o.userIdIncludingInactive) === id : o.id === id;
    });
  }

  /** One page in id order. `after` is the opaque cursor a previous page returned. */
  page(options: { email?: string; limit: number; after?: string; archived?: boolean }): OwnerPage {
    const archived = options.archived ?? false;
    const email = options.email?.toLowerCase();
    const matching = this.owners
      .filter((o) => o.archived === archived && (email === undefined || o.email?.toLowerCase() === email))
      .sort((a, b) => Number(a.id) - Number(b.id));
    const start = options.after === undefined ? 0 : matching.findIndex((o) => Number(o.id) > Number(options.after));
    if (start < 0) return { results: [] };
    const results = matching.slice(start, start + options.limit);
    const more = start + options.limit < matching.length;
    return more ? { results, nextAfter: results.at(-1)!.id } : { results };
  }

  all(): HubspotOwner[] {
    return this.owners.map((o) => ({ ...o, teams: o.teams.map((t) => ({ ...t })) }));
  }

  reset(): void {
    this.owners = [];
    this.nextOwnerId = FIRST_OWNER_ID;
    this.nextUserId = FIRST_USER_ID;
  }

  snapshot(): HubspotOwner[] {
    return this.all();
  }
}
