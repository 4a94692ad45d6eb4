/**
 * Seeded pseudo-random numbers for the synthetic graph: the same seed gives the same graph on every
 * machine. `streamFor(seed, ...keys)` derives an independent stream for one entity or document, so
 * any part of the graph can be generated without generating what comes before it.
 */

/** A 32-bit hash of strings and numbers (FNV-1a, then an avalanche step). */
export function hash32(...keys: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const key of keys) {
    const text = `${key}\u0000`;
    for (let i = 0; i < text.length; i += 1) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A stream of numbers in [0, 1) (mulberry32) with helpers. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list, uniformly. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
}

/** A stream of its own for `keys` under `seed` (e.g. `streamFor(seed, 'document', 42)`). */
export function streamFor(seed: number, ...keys: (string | number)[]): Random {
  return new Random(hash32(seed, ...keys));
}

/**
 * Draws indexes 0..n-1 with probability proportional to 1 / (i + 1)^exponent: a few indexes very
 * often (the hubs), most rarely, as degrees are distributed in real networks of sources and speakers.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(
    readonly size: number,
    exponent: number,
  ) {
    if (size < 1) throw new Error('A Zipf sampler needs at least one index.');
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let i = 0; i < size; i += 1) {
      total += 1 / Math.pow(i + 1, exponent);
      this.cumulative[i] = total;
    }
    for (let i = 0; i < size; i += 1) this.cumulative[i] = (this.cumulative[i] as number) / total;
  }

  /** An index in [0, size). */
  sample(random: Random): number {
    const u = random.next();
    let low = 0;
    let high = this.size - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.cumulative[mid] as number) < u) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
