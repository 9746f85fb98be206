import { parentPort } from 'node:worker_threads';
import { renderCommunique, renderRedlinePdf } from '@accord/communique';
import type { RenderReply, RenderRequest } from './render-pool';

/**
 * One export renderer thread: renders what the pool sends, one job at a time, and answers with the
 * file's bytes (transferred, not copied) or the error's message.
 */
const port = parentPort;
if (!port) throw new Error('render-worker runs as a worker thread');

port.on('message', async (job: RenderRequest) => {
  let reply: RenderReply;
  try {
    const rendered =
      job.kind === 'redline-pdf' ? await renderRedlinePdf(...job.args) : await renderCommunique(...job.args);
    // A fresh buffer of its own: a small Buffer may be a view into a shared pool, which must not be
    // transferred away.
    const bytes = new Uint8Array(rendered);
    reply = { id: job.id, ok: true, bytes };
    port.postMessage(reply, [bytes.buffer]);
  } catch (e) {
    reply = { id: job.id, ok: false, message: e instanceof Error ? e.message : String(e) };
    port.postMessage(reply);
  }
});
