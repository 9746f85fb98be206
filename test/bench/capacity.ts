import { performance } from 'node:perf_hooks';
import { type LoadResult, runLoad } from './fanout';
import type { BenchServer } from './server-process';

export interface CapacityStep {
  clients: number;
  result: LoadResult | null;
  error?: string;
  passed: boolean;
}

export interface CapacityResult {
  /** Largest client count whose p99 stayed under the limit with every update delivered. */
  maxClients: number;
  steps: CapacityStep[];
}

/**
 * Steps the client count on one document up until p99 reaches `p99LimitMs`, an update goes
 * missing, or the time budget runs out; each step is a fresh document on the same server.
 */
export async function runCapacity(
  server: BenchServer,
  o: {
    steps: number[];
    editsPerSecond: number;
    editorsPerDoc?: number;
    p99LimitMs: number;
    budgetMs: number;
  },
): Promise<CapacityResult> {
  const steps: CapacityStep[] = [];
  let maxClients = 0;
  const deadline = performance.now() + o.budgetMs;
  for (const clients of o.steps) {
    if (performance.now() > deadline) break;
    try {
      const result = await runLoad(
        server,
        {
          docs: 1,
          clientsPerDoc: clients,
          editorsPerDoc: o.editorsPerDoc,
          editsPerSecond: o.editsPerSecond,
          warmupMs: 1500,
          measureMs: 4000,
        },
        `cap-${clients}`,
      );
      const passed = result.latency.p99 < o.p99LimitMs && result.delivered === result.expected;
      steps.push({ clients, result, passed });
      if (!passed) break;
      maxClients = clients;
    } catch (e) {
      steps.push({ clients, result: null, error: (e as Error).message, passed: false });
      break;
    }
  }
  return { maxClients, steps };
}
