import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of one server instance (own registry, so several instances can share a process). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const metrics = {
    registry,
    connections: new Gauge({
      name: 'accord_connections',
      help: 'Open WebSocket connections',
      registers: [registry],
    }),
    messagesIn: new Counter({
      name: 'accord_messages_in_total',
      help: 'WebSocket messages received',
      registers: [registry],
    }),
    messagesOut: new Counter({
      name: 'accord_messages_out_total',
      help: 'WebSocket messages sent',
      registers: [registry],
    }),
    bytesOut: new Counter({
      name: 'accord_bytes_out_total',
      help: 'WebSocket bytes sent',
      registers: [registry],
    }),
    persistLag: new Histogram({
      name: 'accord_persistence_lag_seconds',
      help: 'Time from receiving an update to its durable append',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers: [registry],
    }),
    closes: new Counter({
      name: 'accord_connection_closes_total',
      help: 'Connections closed by the server, by close code',
      labelNames: ['code'],
      registers: [registry],
    }),
  };
  /** Samples the loaded documents of a hub on every scrape; returns the function that stops it. */
  function observeDocuments(sample: { openDocuments(): number; documentBytes(): Map<string, number> }) {
    new Gauge({
      name: 'accord_open_documents',
      help: 'Documents loaded in memory',
      registers: [registry],
      collect() {
        this.set(sample.openDocuments());
      },
    });
    new Gauge({
      name: 'accord_document_bytes',
      help: 'Encoded size of each loaded document',
      labelNames: ['doc'],
      registers: [registry],
      collect() {
        this.reset();
        for (const [doc, bytes] of sample.documentBytes()) this.set({ doc }, bytes);
      },
    });
    return () => {
      registry.removeSingleMetric('accord_open_documents');
      registry.removeSingleMetric('accord_document_bytes');
    };
  }
  return { ...metrics, observeDocuments };
}

export type Metrics = ReturnType<typeof createMetrics>;
