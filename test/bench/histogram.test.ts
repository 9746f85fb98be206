import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from './histogram';

describe('LatencyHistogram', () => {
  it('reports nearest-rank quantiles at 0.1 ms resolution', () => {
    const h = new LatencyHistogram();
    for (let i = 1; i <= 100; i++) h.record(i);
    expect(h.quantile(0.5)).toBe(50);
    expect(h.quantile(0.95)).toBe(95);
    expect(h.quantile(0.99)).toBe(99);
    expect(h.summary().samples).toBe(100);
  });

  it('keeps a lone slow sample visible at the top quantile', () => {
    const h = new LatencyHistogram();
    for (let i = 0; i < 99; i++) h.record(1);
    h.record(250.04);
    expect(h.quantile(0.99)).toBe(1);
    expect(h.quantile(1)).toBeCloseTo(250, 5);
  });

  it('clamps samples beyond 10 s into the overflow bucket and has no quantile when empty', () => {
    const h = new LatencyHistogram();
    expect(h.quantile(0.5)).toBeNaN();
    h.record(60_000);
    expect(h.quantile(0.5)).toBe(10_000);
    expect(h.maxMs).toBe(60_000);
  });
});
