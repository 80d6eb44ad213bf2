import type { HubspotObjectType } from '../object-types.ts';
import { HUBSPOT_OBJECT_TYPES } from '../object-types.ts';
import { associationType, defaultAssociationType } from '../association-types.ts';
import type { AssociationTargets } from './association-targets.ts';
import { entriesOf, typesTo, withTypes } from './association-targets.ts';

const pairOf = (from: HubspotObjectType, to: HubspotObjectType) => `${from}>${to}`;

/**
 * Associations between records, kept in both directions: writing contact→company 279 also writes
 * company→contact 280. Every labeled association implies the unlabeled default one, and a record
 * holds a primary label (1: contact's primary company, 5: deal's primary company) toward one record only.
 */
export class AssociationStore {
  // `${fromType}>${toType}` → numeric from-id → its targets of that type.
  private readonly pairs = new Map<string, Map<number, AssociationTargets>>();

  typesBetween(fromType: HubspotObjectType, fromId: string, toType: HubspotObjectType, toId: string): number[] {
    return typesTo(this.targets(fromType, fromId, toType), Number(toId));
  }

  /** The records of `toType` associated with a record, in id order, with the type ids of each association. */
  list(fromType: HubspotObjectType, fromId: string, toType: HubspotObjectType): Array<{ toId: string; typeIds: number[] }> {
    return entriesOf(this.targets(fromType, fromId, toType))
      .sort(([a], [b]) => a - b)
      .map(([toId, typeIds]) => ({ toId: String(toId), typeIds }));
  }

  /** Adds types to an association (creating it); the default unlabeled type always comes along. */
  add(fromType: HubspotObjectType, fromId: string, toType: HubspotObjectType, toId: string, typeIds: number[]): void {
    this.write(fromType, fromId, toType, toId, [...this.typesBetween(fromType, fromId, toType, toId), ...typeIds]);
  }

  /** Replaces the labels of an association with these ("to replace the existing label, only include the new label"). */
  set(fromType: HubspotObjectType, fromId: string, toType: HubspotObjectType, toId: string, typeIds: number[]): void {
    this.write(fromType, fromId, toType, toId, typeIds);
  }

  /** Removes every association type between two records, in both directions. */
  remove(fromType: HubspotObjectType, fromId: string, toType: HubspotObjectType, toId: string): boolean {
    const had = this.typesBetween(fromType, fromId, toType, toId).length > 0;
    this.put(fromType, fromId, toType, toId, []);
    this.put(toType, toId, fromType, fromId, []);
    return had;
  }

  /** Drops every association of a record (GDPR delete). */
  removeAllOf(type: HubspotObjectType, id: string): void {
    for (const toType of HUBSPOT_OBJECT_TYPES) {
      for (const { toId } of this.list(type, id, toType)) this.remove(type, id, toType, toId);
    }
  }

  /**
   * Moves a merged-away record's associations onto the record that survives. Associations the
   * survivor already has win: a second "primary" from the merged record is dropped, as HubSpot does.
   */
  moveAll(type: HubspotObjectType, fromId: string, intoId: string): void {
    for (const toType of HUBSPOT_OBJECT_TYPES) {
      for (const { toId, typeIds } of this.list(type, fromId, toType)) {
        this.remove(type, fromId, toType, toId);
        if (toType === type && (toId === intoId || toId === fromId)) continue;
        const keep = typeIds.filter((t) => !associationType(t)?.primary || !this.holdsPrimary(type, intoId, toType, t));
        this.add(type, intoId, toType, toId, keep);
      }
    }
  }

  /** Association type entries (each direction and label counted once). */
  count(): number {
    let total = 0;
    for (const byId of this.pairs.values()) for (const targets of byId.values()) for (const [, typeIds] of entriesOf(targets)) total += typeIds.length;
    return total;
  }

  snapshot(): Array<{ from: string; to: string; typeIds: number[] }> {
    const out: Array<{ from: string; to: string; typeIds: number[] }> = [];
    for (const [pair, byId] of this.pairs) {
      const [fromType, toType] = pair.split('>') as [string, string];
      for (const [fromId, targets] of byId) {
        for (const [toId, typeIds] of entriesOf(targets)) out.push({ from: `${fromType}:${fromId}`, to: `${toType}:${toId}`, typeIds });
      }
    }
    return out;
  }

  reset(): void {
    this.pairs.clear();
  }

  private targets(fromType: HubspotObjectType, fromId: string, toType: HubspotObjectType): AssociationTargets | undefined {
    return this.pairs.get(pairOf(fromType, toType))?.get(Number(fromId));
  }

  private holdsPrimary(type: HubspotObjectType, id: string, toType: HubspotObjectType, typeId: number): boolean {
    return this.list(type, id, toType).some((a) => a.typeIds.includes(typeId));
  }

  private write(fromType: HubspotObjectType, fromId: string, toType: HubspotObjectType, toId: string, typeIds: number[]): void {
    const fallback = defaultAssociationType(fromType, toType);
    const types = new Set(typeIds);
    if (fallback) types.add(fallback.typeId);
    for (const typeId of types) {
      const info = associationType(typeId);
      // A new primary demotes the record's previous primary of that kind to a plain association.
      if (!info?.primary) continue;
      for (const other of this.list(fromType, fromId, toType)) {
        if (other.toId === toId || !other.typeIds.includes(typeId)) continue;
        this.put(fromType, fromId, toType, other.toId, other.typeIds.filter((t) => t !== typeId));
        this.put(toType, other.toId, fromType, fromId, this.typesBetween(toType, other.toId, fromType, fromId).filter((t) => t !== info.inverse));
      }
    }
    const sorted = [...types].sort((a, b) => a - b);
    this.put(fromType, fromId, toType, toId, sorted);
    const inverse = sorted.map((t) => associationType(t)?.inverse).filter((t): t is number => t !== undefined);
    this.put(toType, toId, fromType, fromId, inverse.sort((a, b) => a - b));
  }

  private put(fromType: HubspotObjectType, fromId: string, toType: HubspotObjectType, toId: string, typeIds: number[]): void {
    const pair = pairOf(fromType, toType);
    let byId = this.pairs.get(pair);
    if (!byId) this.pairs.set(pair, (byId = new Map()));
    const next = withTypes(byId.get(Number(fromId)), Number(toId), typeIds);
    if (next === undefined) byId.delete(Number(fromId));
    else byId.set(Number(fromId), next);
  }
}
