import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startTestServer, type TestServer } from '../support/server';

/** Raw GET (fetch would decompress and hide Content-Encoding). */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const script = `console.log(${JSON.stringify('accord '.repeat(2000))});\n`;
let t: TestServer;
let clientDir: string;

beforeAll(async () => {
  // A client build as Vite lays it out: index.html naming hashed assets, plus a source map.
  clientDir = mkdtempSync(join(tmpdir(), 'accord-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(
    join(clientDir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(clientDir, 'assets', 'index-AbC123.js'), script);
  writeFileSync(join(clientDir, 'assets', 'index-AbC123.js.map'), '{"version":3,"sources":["secret.ts"]}');
  // An asset with the build's compressed copies beside it (client/vite.config.ts precompress), each
  // marked so a response shows which was sent.
  writeFileSync(join(clientDir, 'assets', 'worker-XyZ789.js'), script);
  writeFileSync(
    join(clientDir, 'assets', 'worker-XyZ789.js.br'),
    brotliCompressSync(`${script}// br copy\n`),
  );
  writeFileSync(join(clientDir, 'assets', 'worker-XyZ789.js.gz'), gzipSync(`${script}// gz copy\n`));
  t = await startTestServer({ clientDir, metricsToken: 'metrics-token-for-tests' });
});

afterAll(async () => {
  await t.stop();
  rmSync(clientDir, { recursive: true, force: true });
});

describe('security headers (api.md "Headers")', () => {
  it('serves pages with a CSP without inline script, frame-ancestors none, nosniff and DENY framing', async () => {
    for (const path of ['/', '/d/some-doc']) {
      const res = await rawGet(`${t.url}${path}`);
      expect(res.status).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc).toBe("'self'");
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('lets the page open its own WebSocket under the CSP', async () => {
    const res = await rawGet(`${t.url}/`);
    const connectSrc = /connect-src ([^;]*)/.exec(String(res.headers['content-security-policy']))?.[1] ?? '';
    expect(connectSrc.split(' ')).toContain(`ws://${new URL(t.url).host}`);
  });

  it('keeps nosniff on API responses and errors, and sockets still upgrade', async () => {
    const res = await rawGet(`${t.url}/api/docs`);
    expect(res.status).toBe(401);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const docId = await t.createDoc(['FR'], 'One clause.');
    const ws = new WebSocket(`${t.wsUrl}/${docId}?token=${await t.token('FR')}`);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    ws.close();
  });
});

describe('static assets', () => {
  it('serves hashed assets brotli- or gzip-compressed when accepted, and immutable', async () => {
    const br = await rawGet(`${t.url}/assets/index-AbC123.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.byteLength).toBeLessThan(script.length / 10);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['content-type']).toMatch(/javascript/);

    const gz = await rawGet(`${t.url}/assets/index-AbC123.js`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);

    const plain = await rawGet(`${t.url}/assets/index-AbC123.js`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('compresses the page itself too', async () => {
    const res = await rawGet(`${t.url}/`, { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.body).toString()).toMatch(/<div id="root">/);
  });

  it("sends the build's own compressed copies when it has them (#18: nothing compressed on a first request)", async () => {
    const br = await rawGet(`${t.url}/assets/worker-XyZ789.js`, { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.body).toString()).toBe(`${script}// br copy\n`);
    const gz = await rawGet(`${t.url}/assets/worker-XyZ789.js`, { 'accept-encoding': 'gzip' });
    expect(gunzipSync(gz.body).toString()).toBe(`${script}// gz copy\n`);
    const plain = await rawGet(`${t.url}/assets/worker-XyZ789.js`, { 'accept-encoding': 'identity' });
    expect(plain.body.toString()).toBe(script);
  });

  it('never serves source maps, nor anything outside assets/', async () => {
    expect((await rawGet(`${t.url}/assets/index-AbC123.js.map`)).status).toBe(404);
    // The compressed copies only as an encoding of their file, never by their own names.
    expect((await rawGet(`${t.url}/assets/worker-XyZ789.js.br`)).status).toBe(404);
    expect((await rawGet(`${t.url}/assets/worker-XyZ789.js.gz`)).status).toBe(404);
    expect((await rawGet(`${t.url}/assets/missing-123.js`)).status).toBe(404);
    expect((await rawGet(`${t.url}/assets/..%2Findex.html`)).status).toBe(404);
  });
});

describe('/metrics', () => {
  it('names no document ids unless METRICS_TOKEN is presented', async () => {
    const docId = await t.createDoc(['FR'], 'One clause.');
    // A live document shows in the per-document series.
    const ws = new WebSocket(`${t.wsUrl}/${docId}?token=${await t.token('FR')}`);
    await new Promise((resolve) => ws.once('message', resolve));
    const anonymous = await (await fetch(`${t.url}/metrics`)).text();
    const wrong = await (
      await fetch(`${t.url}/metrics`, { headers: { authorization: 'Bearer not-the-token' } })
    ).text();
    const full = await (
      await fetch(`${t.url}/metrics`, { headers: { authorization: 'Bearer metrics-token-for-tests' } })
    ).text();
    expect(full).toContain(docId);
    expect(anonymous).not.toContain(docId);
    expect(wrong).not.toContain(docId);
    expect(anonymous).toMatch(/^accord_connections 1$/m);
    ws.close();
  });

  it('names no document ids when no METRICS_TOKEN is configured, whatever is presented', async () => {
    const s = await startTestServer();
    try {
      const docId = await s.createDoc(['FR'], 'One clause.');
      const ws = new WebSocket(`${s.wsUrl}/${docId}?token=${await s.token('FR')}`);
      await new Promise((resolve) => ws.once('message', resolve));
      const text = await (await fetch(`${s.url}/metrics`, { headers: { authorization: 'Bearer ' } })).text();
      expect(text).not.toContain(docId);
      ws.close();
    } finally {
      await s.stop();
    }
  });
});
