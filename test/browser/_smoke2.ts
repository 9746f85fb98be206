import { buildClientIfStale, launchBrowser, startAccord } from './harness';

buildClientIfStale();
const accord = await startAccord();
const browser = await launchBrowser();
try {
  const pages = [];
  for (const [d, n] of [
    ['FR', 'Élise'],
    ['UK', 'Tom'],
  ]) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.on('console', (m) => console.log(d, 'console', m.type(), m.text().slice(0, 200)));
    page.on('websocket', (ws) => {
      ws.on('framereceived', (f) => {
        const b = Buffer.from(f.payload as Buffer);
        console.log(d, 'in', b[0], b.length);
      });
      ws.on('framesent', (f) => {
        const b = Buffer.from(f.payload as Buffer);
        console.log(d, 'out', b[0], b.length, b[0] === 1 ? b.toString('utf8').slice(0, 300) : '');
      });
      ws.on('close', () => console.log(d, 'ws close'));
    });
    const token = accord.token({ sub: d, name: n, delegation: d, role: 'drafter' });
    await page.goto(`${accord.url}/d/${accord.demoDocId}#token=${token}`);
    await page.waitForTimeout(2500);
    pages.push(page);
  }
  await pages[0].waitForTimeout(2000);
} finally {
  await browser.close();
  await accord.stop();
}
