/** A unique value another record already holds: thrown where a write would have shared it. */
export class UniqueValueTaken extends Error {
  readonly property: string;
  readonly value: string;
  readonly existingId: string;

  constructor(objectType: string, property: string, value: string, existingId: string, claimantId?: string) {
    super(`${objectType} ${property} "${value}" belongs to record ${existingId}${claimantId === undefined ? '' : `, not ${claimantId}`}`);
    this.name = 'UniqueValueTaken';
    this.property = property;
    this.value = value;
    this.existingId = existingId;
  }
}

/**
 * Values that identify one record per object type: contact emails (case-insensitive, including the
 * addresses in `hs_additional_emails` after a merge) and properties created with `hasUniqueValue`.
 * Company domains are not unique in HubSpot, so they are never indexed here. A key has one owner:
 * claiming a key another id owns throws, so a write path that skipped the guard fails loudly.
 */
export class UniqueValueIndex {
  // key: `${objectType}\u0000${property}\u0000${normalised value}` → record id
  private readonly owners = new Map<string, string>();

  private static key(objectType: string, property: string, value: string): string {
    return `${objectType}\u0000${property}\u0000${value.trim().toLowerCase()}`;
  }

  ownerOf(objectType: string, property: string, value: string): string | undefined {
    return this.owners.get(UniqueValueIndex.key(objectType, property, value));
  }

  claim(objectType: string, property: string, value: string, id: string): void {
    const key = UniqueValueIndex.key(objectType, property, value);
    const owner = this.owners.get(key);
    if (owner !== undefined && owner !== id) throw new UniqueValueTaken(objectType, property, value, owner, id);
    this.owners.set(key, id);
  }

  release(objectType: string, property: string, value: string, id: string): void {
    const key = UniqueValueIndex.key(objectType, property, value);
    if (this.owners.get(key) === id) this.owners.delete(key);
  }

  /** Frees every value of one property (it stopped being unique: archived). */
  releaseProperty(objectType: string, property: string): void {
    const prefix = `${objectType}\u0000${property}\u0000`;
    for (const key of this.owners.keys()) if (key.startsWith(prefix)) this.owners.delete(key);
  }

  clear(): void {
    this.owners.clear();
  }
}
