import { Counter, Gauge, type Registry } from 'prom-client';
import type { ExportRenderer } from './export-gate';

/** Export load in /metrics: what is rendering or queued now, and how many were turned away. */
export function registerExportMetrics(registry: Registry, renderer: ExportRenderer): void {
  new Gauge({
    name: 'accord_exports_in_flight',
    help: 'Exports rendering on a worker thread or waiting for one',
    registers: [registry],
    collect() {
      this.set(renderer.inFlight());
    },
  });
  new Counter({
    name: 'accord_exports_refused_total',
    help: 'Exports refused (429) past the per-caller or global concurrency cap',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(renderer.refused());
    },
  });
}
