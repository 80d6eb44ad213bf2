/**
 * Values that identify one record per object type: contact emails (case-insensitive, including the
 * addresses in `hs_additional_emails` after a merge) and properties created with `hasUniqueValue`.
 * Company domains are not unique in HubSpot, so they are never indexed here.
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
    this.owners.set(UniqueValueIndex.key(objectType, property, value), id);
  }

  release(objectType: string, property: string, value: string, id: string): void {
    const key = UniqueValueIndex.key(objectType, property, value);
    if (this.owners.get(key) === id) this.owners.delete(key);
  }

  clear(): void {
    this.owners.clear();
  }
}
