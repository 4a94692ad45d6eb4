/**
 * A set of string ids kept as 64-bit hashes in typed arrays (open addressing), so that millions
 * of relationship ids are checked for repeats without keeping their strings or allocating per id.
 * Two different ids sharing a hash (odds about n² / 2^65) count as a repeat; the caller treats a
 * repeat as a reason to load through transactions, never as an error in the data.
 */

const EMPTY = 0;

/** Ids added so far, by hash. */
export class HashedIdSet {
  private high = new Uint32Array(1 << 16);
  private low = new Uint32Array(1 << 16);
  private count = 0;

  /** Number of distinct hashes held. */
  get size(): number {
    return this.count;
  }

  /** Adds `id`; returns false when it (or an id of the same hash) was there already. */
  add(id: string): boolean {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < id.length; i += 1) {
      const code = id.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x01000197);
    }
    // 0 marks an empty slot in both halves: never store it.
    const high = (a >>> 0) | 1;
    const low = b >>> 0;
    if ((this.count + 1) * 2 > this.high.length) this.grow();
    return this.insert(high, low);
  }

  private insert(high: number, low: number): boolean {
    const mask = this.high.length - 1;
    let slot = (high ^ Math.imul(low, 0x9e3779b1)) & mask;
    for (;;) {
      const found = this.high[slot]!;
      if (found === EMPTY) {
        this.high[slot] = high;
        this.low[slot] = low;
        this.count += 1;
        return true;
      }
      if (found === high && this.low[slot] === low) return false;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { high, low } = this;
    this.high = new Uint32Array(high.length * 2);
    this.low = new Uint32Array(low.length * 2);
    this.count = 0;
    for (let slot = 0; slot < high.length; slot += 1)
      if (high[slot] !== EMPTY) this.insert(high[slot]!, low[slot]!);
  }
}
