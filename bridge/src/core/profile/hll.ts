/** HyperLogLog distinct-count estimator (precision 12: 4096 registers, ~1.6 % standard error). */

function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  // murmur3 finalizer for avalanche
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class HyperLogLog {
  private readonly p: number;
  private readonly m: number;
  private readonly reg: Uint8Array;
  /** exact set while small (exact answers for low-cardinality columns) */
  private exact: Set<string> | null = new Set();
  private readonly exactLimit: number;

  constructor(precision = 12, exactLimit = 2000) {
    this.p = precision;
    this.m = 1 << precision;
    this.reg = new Uint8Array(this.m);
    this.exactLimit = exactLimit;
  }

  add(value: string): void {
    if (this.exact) {
      this.exact.add(value);
      if (this.exact.size > this.exactLimit) this.exact = null;
    }
    const h = hash32(value);
    const idx = h >>> (32 - this.p);
    const w = (h << this.p) >>> 0;
    const rank = w === 0 ? 32 - this.p + 1 : Math.clz32(w) + 1;
    if (rank > (this.reg[idx] as number)) this.reg[idx] = rank;
  }

  estimate(): number {
    if (this.exact) return this.exact.size;
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < this.m; i++) {
      const r = this.reg[i] as number;
      sum += 2 ** -r;
      if (r === 0) zeros++;
    }
    const alpha = 0.7213 / (1 + 1.079 / this.m);
    const e = (alpha * this.m * this.m) / sum;
    if (e <= 2.5 * this.m && zeros > 0) return Math.round(this.m * Math.log(this.m / zeros));
    return Math.round(e);
  }
}
