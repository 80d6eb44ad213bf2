/** Looks at up to `count` of a map's oldest entries: ended ones are deleted, the others move to the back. */
export function sweepOldest<V>(map: Map<string, V>, count: number, ended: (value: V) => boolean): void {
  const oldest: Array<[string, V]> = [];
  for (const entry of map) {
    if (oldest.length >= Math.min(count, map.size)) break;
    oldest.push(entry);
  }
  for (const [key, value] of oldest) {
    map.delete(key);
    if (!ended(value)) map.set(key, value);
  }
}
