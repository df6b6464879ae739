// Start-up A/B of two builds: the time until Start is on screen, interleaved cold loads.
//
//   node bench/startup-ab.mjs <dist A> <dist B> [--rate 4] [--runs 15] [--lang de]
//
// Each run opens each build's index.html in a fresh context (no service worker) at the given
// CPU throttling, alternating which goes first; a requestAnimationFrame probe records
// `performance.now()` when the widget's Start button is visible and enabled. Prints the median and every run.
// No network throttling: this shows what a page's own order of requests costs, the worst case
// for a request that starts late.
import { startServer } from '../e2e/serve.mjs';
import { launchPlain } from '../e2e/browser.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dists = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')).slice(0, 2);
if (dists.length !== 2) throw new Error('usage: node bench/startup-ab.mjs <dist A> <dist B> [--rate 4] [--runs 15] [--lang de]');
const rate = Number(opt('--rate', 4));
const runs = Number(opt('--runs', 15));
const lang = opt('--lang', 'de');

const servers = await Promise.all(dists.map((dist) => startServer(dist)));
const browser = await launchPlain();
const times = [[], []];
try {
  for (let run = 0; run < runs; run += 1) {
    for (const which of run % 2 ? [1, 0] : [0, 1]) {
      const context = await browser.newContext({ serviceWorkers: 'block', locale: `${lang}-${lang.toUpperCase()}` });
      const page = await context.newPage();
      await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
      await page.addInitScript(() => {
        const look = () => {
          // Clickable, as the benchmark's intro: on screen and enabled (a start screen in the
          // page's HTML is disabled until the loader makes it work).
          const starts = document.querySelector('[data-client-triage]')?.shadowRoot?.querySelectorAll('.ct-start') ?? [];
          if ([...starts].some((start) => !start.disabled && start.checkVisibility())) {
            window.__startShown = performance.now();
          } else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      await page.goto(`${servers[which].url}?lang=${lang}`);
      await page.waitForFunction(() => window.__startShown);
      times[which].push(Math.round(await page.evaluate(() => window.__startShown)));
      await context.close();
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
dists.forEach((dist, i) => console.log(`${dist}: Start shown, median ${median(times[i])} ms at ${rate}x CPU (${times[i].join(' ')})`));
