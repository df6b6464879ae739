import { startServer } from '../e2e/serve.mjs';
import { launchPlain } from '../e2e/browser.mjs';
import { readFileSync } from 'node:fs';
const server = await startServer(process.argv[2]);
const browser = await launchPlain();
const context = await browser.newContext({ serviceWorkers: 'block', locale: 'de-DE' });
const page = await context.newPage();
await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { path: '/tmp/pr/trace.json', categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'loading'] });
await page.goto(`${server.url}?lang=de`);
await page.waitForFunction(() => document.querySelector('[data-client-triage]')?.shadowRoot?.querySelector('[data-screen]'));
await page.waitForTimeout(200);
await browser.stopTracing();
const trace = JSON.parse(readFileSync('/tmp/pr/trace.json', 'utf8'));
const events = trace.traceEvents ?? trace;
const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart' || (e.name === 'markAsMainFrame'));
const t0 = events.filter((e) => e.name === 'navigationStart').map((e) => e.ts).sort().at(-1);
const main = events.filter((e) => e.name === 'RunTask' && e.dur > 1500 && e.ts >= t0).map((e) => ({ at: Math.round((e.ts - t0) / 1000), dur: Math.round(e.dur / 1000), pid: e.pid, tid: e.tid, e }));
// children: top-level named events inside each long task
for (const task of main) {
  const inside = events.filter((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.e.ts && e.ts < task.e.ts + task.e.dur && e.dur > 1000 && e.name !== 'RunTask')
    .map((e) => `${e.name}${e.args?.data?.url ? ' ' + e.args.data.url.split('/').pop().slice(0, 20) : ''}${e.args?.data?.functionName ? ' ' + e.args.data.functionName : ''}:${Math.round(e.dur / 1000)}`);
  console.log(task.at, task.dur, task.tid, inside.slice(0, 8).join(' | '));
}
await browser.close(); await server.close();
