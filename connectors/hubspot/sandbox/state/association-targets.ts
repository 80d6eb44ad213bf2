/**
 * The records one record is associated with (of one object type), with the type ids of each
 * association. Most records have a handful, kept packed in one number array
 * `[toId, count, typeId…, toId, count, typeId…]`; a record with many (a company with thousands of
 * contacts) switches to a Map so each write stays cheap. ~100k associated records fit in tens of MB.
 */
export type AssociationTargets = number[] | Map<number, number[]>;

const PACKED_LIMIT = 16;

export function typesTo(targets: AssociationTargets | undefined, toId: number): number[] {
  if (!targets) return [];
  if (targets instanceof Map) return targets.get(toId) ?? [];
  for (let i = 0; i < targets.length; i += 2 + targets[i + 1]!) {
    if (targets[i] === toId) return targets.slice(i + 2, i + 2 + targets[i + 1]!);
  }
  return [];
}

export function entriesOf(targets: AssociationTargets | undefined): Array<[toId: number, typeIds: number[]]> {
  if (!targets) return [];
  if (targets instanceof Map) return [...targets];
  const out: Array<[number, number[]]> = [];
  for (let i = 0; i < targets.length; i += 2 + targets[i + 1]!) out.push([targets[i]!, targets.slice(i + 2, i + 2 + targets[i + 1]!)]);
  return out;
}

/** The targets with `toId`'s type ids replaced (an empty list removes it); undefined when none are left. */
export function withTypes(targets: AssociationTargets | undefined, toId: number, typeIds: number[]): AssociationTargets | undefined {
  if (targets instanceof Map) {
    if (typeIds.length === 0) targets.delete(toId);
    else targets.set(toId, typeIds);
    return targets.size === 0 ? undefined : targets;
  }
  const packed: number[] = [];
  let count = 0;
  for (const [id, types] of entriesOf(targets)) {
    if (id === toId) continue;
    packed.push(id, types.length, ...types);
    count += 1;
  }
  if (typeIds.length > 0) {
    packed.push(toId, typeIds.length, ...typeIds);
    count += 1;
  }
  if (count === 0) return undefined;
  return count > PACKED_LIMIT ? new Map(entriesOf(packed)) : packed;
}
