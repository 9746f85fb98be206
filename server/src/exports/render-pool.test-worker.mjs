// A stand-in renderer for render-pool.test.ts: the "format" says how to behave.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id, kind, args: [input, format = kind] }) => {
  if (format === 'crash') process.exit(3);
  if (format === 'hang') return;
  if (format === 'fail') return parentPort.postMessage({ id, ok: false, message: 'no such font' });
  const bytes = new TextEncoder().encode(`${format}:${input.title}`);
  parentPort.postMessage({ id, ok: true, bytes }, [bytes.buffer]);
});
