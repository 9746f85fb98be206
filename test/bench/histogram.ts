/**
 * A fixed-resolution latency histogram: hundreds of thousands of samples per second must cost
 * neither memory nor sorting, so samples land in 0.1 ms buckets up to 10 s (above that: overflow).
 */
export class LatencyHistogram {
  static readonly resolutionMs = 0.1;
  private readonly buckets = new Uint32Array(100_001);
  count = 0;
  maxMs = 0;

  record(ms: number): void {
    const i = Math.min(this.buckets.length - 1, Math.max(0, Math.round(ms / LatencyHistogram.resolutionMs)));
    this.buckets[i]!++;
    this.count++;
    if (ms > this.maxMs) this.maxMs = ms;
  }

  /** The latency at or below which `q` (0..1) of the samples fall; NaN without samples. */
  quantile(q: number): number {
    if (this.count === 0) return Number.NaN;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = 0; i < this.buckets.length; i++) {
      seen += this.buckets[i]!;
      if (seen >= rank) return i * LatencyHistogram.resolutionMs;
    }
    return this.maxMs;
  }

  summary(): LatencySummary {
    return {
      p50: this.quantile(0.5),
      p95: this.quantile(0.95),
      p99: this.quantile(0.99),
      samples: this.count,
    };
  }
}

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  samples: number;
}
