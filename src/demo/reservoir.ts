import type { Random } from './seeded-random.ts';

/**
 * A fixed-size uniform sample of everything offered so far (Vitter's algorithm R). Duplicates are
 * drawn from it, so any earlier record can be copied while memory stays the same for ten records
 * or ten million.
 */
export class Reservoir<T> {
  readonly #items: T[] = [];
  readonly #capacity: number;
  readonly #copy: (item: T) => T;
  #offered = 0;

  /** `copy` is applied to what is kept, so a caller changing an item it was handed cannot change the sample. */
  constructor(capacity: number, copy: (item: T) => T = structuredClone) {
    this.#capacity = capacity;
    this.#copy = copy;
  }

  get size(): number {
    return this.#items.length;
  }

  offer(item: T, random: Random): void {
    this.#offered += 1;
    if (this.#items.length < this.#capacity) {
      this.#items.push(this.#copy(item));
      return;
    }
    const slot = random.int(0, this.#offered - 1);
    if (slot < this.#capacity) this.#items[slot] = this.#copy(item);
  }

  sample(random: Random): T | undefined {
    return this.#items.length ? random.pick(this.#items) : undefined;
  }
}
