import type { Random } from './seeded-random.ts';

/** Neighbouring keys on a QWERTY keyboard, for the slip of a finger. */
const KEYBOARD_NEIGHBOURS: Readonly<Record<string, string>> = {
  a: 'sqz', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k', m: 'n',
  n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};

type Typo = (name: string, at: number, random: Random) => string;

const typos: readonly Typo[] = [
  // swapped neighbours: Jonh
  (name, at) => name.slice(0, at) + (name[at + 1] ?? '') + (name[at] ?? '') + name.slice(at + 2),
  // dropped letter: Jon Smth
  (name, at) => name.slice(0, at) + name.slice(at + 1),
  // doubled letter: Smitth
  (name, at) => name.slice(0, at + 1) + (name[at] ?? '') + name.slice(at + 1),
  // neighbouring key: Smitj
  (name, at, random) => {
    const letter = name[at] ?? '';
    const neighbours = KEYBOARD_NEIGHBOURS[letter.toLowerCase()];
    return neighbours ? name.slice(0, at) + random.pick([...neighbours]) + name.slice(at + 1) : name;
  },
];

/**
 * The name with one typing slip inside it (never on the first letter, which people rarely get
 * wrong), or undefined when the name is too short to misspell plausibly.
 */
export function misspell(name: string, random: Random): string | undefined {
  const positions: number[] = [];
  for (let i = 1; i < name.length - 1; i++) {
    if (/[a-z]/.test(name[i] ?? '') && /[a-z]/.test(name[i + 1] ?? '') && name[i] !== name[i + 1]) positions.push(i);
  }
  if (positions.length === 0) return undefined;
  const at = random.pick(positions);
  return random.pick(typos)(name, at, random);
}
