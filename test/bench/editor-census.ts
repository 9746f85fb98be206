/**
 * What the typist's page is made of on a large statement (#18): elements per region, positioned
 * elements (each a paint layer), scrollers, composited layers (CDP LayerTree). A tool, not a benchmark.
 * Run: pnpm exec tsx test/bench/editor-census.ts  (CLAUSES=300)
 */
import { buildClientIfStale, launchBrowser, startAccord } from '../browser/harness';
import { caretToEndOfClause, openBenchDocument } from './editor';

const N = Number(process.env.CLAUSES ?? 300);
buildClientIfStale();
const accord = await startAccord();
const browser = await launchBrowser();
try {
  const people = await openBenchDocument(browser, accord, N, 'C');
  const typist = people[0]!.page;
  await typist.waitForTimeout(6000);
  await caretToEndOfClause(typist, Math.ceil(N / 2));
  const census = await typist.evaluate(`(() => {
    const out = { regions: {}, positioned: {}, scrollers: [], other: {} };
    const region = (el) => {
      const r = el.closest('.editor-input, .approval-gutter, .sidebar, .topbar, .toolbar, .cursors-layer');
      return r ? r.className.split(' ')[0] : 'other';
    };
    const add = (o, k) => { o[k] = (o[k] || 0) + 1; };
    for (const el of document.querySelectorAll('*')) {
      const r = region(el);
      add(out.regions, r);
      const cs = getComputedStyle(el);
      if (cs.position !== 'static') add(out.positioned, r + ' ' + cs.position + ' ' + (el.className && typeof el.className === 'string' ? el.className.split(' ')[0] : el.tagName));
      if ((cs.overflowY === 'auto' || cs.overflowY === 'scroll') ) out.scrollers.push(r + ' ' + el.className);
      for (const [p, v] of [['transform','none'],['willChange','auto'],['opacity','1'],['filter','none'],['contain','none'],['contentVisibility','visible'],['zIndex','auto'],['isolation','auto']])
        if (cs[p] !== v) add(out.other, p + '=' + cs[p] + ' ' + r);
      const b = getComputedStyle(el, '::before');
      if (b.content !== 'none' && b.position !== 'static') add(out.positioned, r + ' ::before ' + b.position);
    }
    return out;
  })()`);
  console.log(JSON.stringify(census, null, 1));
  const cdp = await typist.context().newCDPSession(typist);
  const layers = new Promise<unknown[]>((ok) =>
    cdp.on('LayerTree.layerTreeDidChange', (e: { layers?: unknown[] }) => e.layers && ok(e.layers)),
  );
  await cdp.send('LayerTree.enable');
  await typist.keyboard.type('x');
  const ls = (await layers) as {
    layerId: string;
    width: number;
    height: number;
    drawsContent: boolean;
    paintCount: number;
    backendNodeId?: number;
  }[];
  console.log(`composited layers: ${ls.length}`);
  for (const l of ls)
    console.log(
      `  ${l.width}x${l.height} draws=${l.drawsContent} paints=${l.paintCount} node=${l.backendNodeId ?? ''}`,
    );
  for (const p of people) await p.context.close();
} finally {
  await browser.close();
  await accord.stop();
}
