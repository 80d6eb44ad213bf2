import { describe, expect, it } from 'vitest';
import { createRandom, weightedChoices } from '../../src/demo/seeded-random.ts';

const draws = (random: ReturnType<typeof createRandom>, count: number) => Array.from({ length: count }, () => random.next());

describe('seeded random', () => {
  it('gives the same numbers for the same key', () => {
    expect(draws(createRandom(42, 'company', 7), 20)).toEqual(draws(createRandom(42, 'company', 7), 20));
  });

  it('gives different numbers for a different seed or a different record', () => {
    const reference = draws(createRandom(42, 'company', 7), 5);
    expect(draws(createRandom(43, 'company', 7), 5)).not.toEqual(reference);
    expect(draws(createRandom(42, 'company', 8), 5)).not.toEqual(reference);
  });

  it('keeps floats in [0, 1) and integers within both bounds', () => {
    const random = createRandom('bounds');
    const floats = draws(random, 5000);
    const ints = Array.from({ length: 5000 }, () => random.int(1, 3));
    expect(Math.min(...floats)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...floats)).toBeLessThan(1);
    expect(new Set(ints)).toEqual(new Set([1, 2, 3]));
  });

  it('never picks a choice of weight zero and picks the others in proportion', () => {
    const random = createRandom('weights');
    const choices = weightedChoices([['never', 0], ['rare', 1], ['common', 3]] as const);
    const picks = Array.from({ length: 8000 }, () => random.weighted(choices));
    const common = picks.filter((pick) => pick === 'common').length / picks.length;
    expect(picks).not.toContain('never');
    expect(common).toBeGreaterThan(0.7);
    expect(common).toBeLessThan(0.8);
  });
});
