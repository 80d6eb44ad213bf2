// "Did you mean" for a misspelt name: the mapping loader's canonical fields and keys, the live-schema
// check's vendor fields and picklist values.

/** Levenshtein distance, ignoring case. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The candidate nearest to `name`, when one is near enough to be a likely misspelling. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(name.length / 3)) ? best.name : undefined;
}

/** `; did you mean "title"?`, or nothing when no candidate is near enough. */
export const suggest = (name: string, candidates: readonly string[]): string => {
  const closest = closestName(name, candidates);
  return closest ? `; did you mean "${closest}"?` : '';
};
