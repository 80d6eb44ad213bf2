// Owners across two systems, matched by email: the sync carries an owner as the person (their email)
// and writes each system's own id for that person. Pure.
import type { Owner } from '../connector-kit/owners.ts';

export interface OwnerKeys {
  /** The person behind an owner id of this system (their email), or undefined for an id no owner has. */
  keyOf(id: string): string | undefined;
  /** This system's active owner for a person, or undefined when they are not an active owner here. */
  idOf(key: string): string | undefined;
}

export function ownerKeys(owners: readonly Owner[]): OwnerKeys {
  const emailById = new Map<string, string>();
  const activeIdByEmail = new Map<string, string>();
  for (const owner of owners) {
    if (!owner.email) continue;
    emailById.set(owner.id, owner.email);
    if (owner.active && !activeIdByEmail.has(owner.email)) activeIdByEmail.set(owner.email, owner.id);
  }
  return { keyOf: (id) => emailById.get(id), idOf: (key) => activeIdByEmail.get(key.trim().toLowerCase()) };
}
