import { startServer } from '../e2e/serve.mjs';
import { launchPlain } from '../e2e/browser.mjs';
const server = await startServer(process.argv[2]);
const browser = await launchPlain();
const rate = Number(process.argv[3] ?? 4);
for (let i = 0; i < 6; i++) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'de-DE' });
  const page = await context.newPage();
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(() => {
    window.__t = {};
    const of = window.fetch;
    window.fetch = function (u, ...r) {
      const n = String(u).includes('texts') ? 'txt' : 'wasm';
      window.__t[n + 'Call'] ??= performance.now();
      return of.call(this, u, ...r).then((res) => { window.__t[n + 'Res'] ??= performance.now(); return res; });
    };
    const orig = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (...a) {
      const sr = orig.apply(this, a);
      window.__t.shadow = performance.now();
      new MutationObserver(() => {
        const r = sr.querySelector('.ct');
        if (r && !r.dataset.screen && !window.__t.pre) window.__t.pre = performance.now();
        if (r?.dataset.screen && !window.__t.mod) window.__t.mod = performance.now();
      }).observe(sr, { childList: true, subtree: true });
      return sr;
    };
    const look = () => {
      const r = document.querySelector('[data-client-triage]')?.shadowRoot?.querySelector('.ct');
      if (r && !window.__t.frame) window.__t.frame = performance.now();
      if (r?.dataset.screen) { window.__t.modFrame = performance.now(); return; }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
    document.addEventListener('readystatechange', () => { window.__t['rs_' + document.readyState] = performance.now(); });
  });
  await page.goto(`${server.url}?lang=de`);
  await page.waitForFunction(() => window.__t.modFrame);
  const t = await page.evaluate(() => {
    const res = Object.fromEntries(performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop().slice(0, 14), [Math.round(r.startTime), Math.round(r.responseEnd)]]));
    const nav = performance.getEntriesByType('navigation')[0];
    const paints = Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, Math.round(p.startTime)]));
    return { ...window.__t, resp: Math.round(nav.responseEnd), dcl: nav.domContentLoadedEventStart, ...paints, res };
  });
  const { res, ...marks } = t;
  console.log(Object.entries(marks).sort((a, b) => a[1] - b[1]).map(([k, v]) => k + '=' + Math.round(v)).join(' '));
  if (i === 0) console.log(JSON.stringify(res));
  await context.close();
}
await browser.close(); await server.close();
