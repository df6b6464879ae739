// Where answer → next question spends its time (issue 13): answers questions at 4× CPU under a
// Chromium performance trace (CDP tracing, clicks through CDP so that no test tool's script runs
// in the page) and reports per answer the click's task, the style and layout it forces, and the
// time to the frame that shows the next question.
//
//   node bench/profile.mjs [--dist dist] [--answers 12] [--rate 4] [--trace trace.json]
//                          [--clients 40 --checks 12]   (a reader with that much stored)
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer } from '../e2e/serve.mjs';
import { launchPlain } from '../e2e/browser.mjs';
import { REPO } from './size.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const DIST = resolve(opt('--dist', join(REPO, 'dist')));
const ANSWERS = Number(opt('--answers', 12));
const RATE = Number(opt('--rate', 4));
const WINDOW_MS = 400;
const CLIENTS = Number(opt('--clients', 0));
const CHECKS = Number(opt('--checks', 0));

/** A stored book of `clients` clients with `checks` finished assessments each (schema v2 migrates). */
function heavyBook(clients, checks) {
  const answers = {
    satisfiable: 'never', toll: 'drained', fronts: 'hardened', fairness: 'hardly', offer: 'stalled', talk: 'no_change',
    time_drain: 'much_more', money_worth: 'not_really', contract: 'signed', scope: 'precise', deadlines: 'written',
    milestones: 'signed_off', target_group: 'mostly', duration: 'months', trend: 'worse', respect: 'curt',
  };
  const record = (day) => ({ date: `2026-0${1 + (day % 9)}-1${day % 10}T09:00:00.000Z`, strategy: 'terminate', scores: { detach: 20, mediate: 30, terminate: 50 }, answers });
  const client = (n) => ({
    id: `c${n}`, label: `Client ${n}`, updated: '2026-11-05T09:00:00.000Z',
    draft: { screen: 'intro', answers: {} },
    history: Array.from({ length: checks }, (_, day) => record(day)),
  });
  return JSON.stringify({ version: 2, current: 'c1', deleted: [], clients: Array.from({ length: clients }, (_, n) => client(n + 1)) });
}

const server = await startServer(DIST);
const browser = await launchPlain();
const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
const page = await context.newPage();
if (CLIENTS > 0) {
  const book = heavyBook(CLIENTS, CHECKS);
  await page.goto(`${server.url}favicon.svg`);
  await page.evaluate((value) => localStorage.setItem('client-triage', value), book);
  console.log(`stored: ${CLIENTS} clients with ${CHECKS} checks each, ${book.length.toLocaleString('en-US')} characters`);
}
await page.goto(`${server.url}?lang=de`);
await page.locator('[data-screen="intro"]').waitFor();
await page.locator('.ct-start').click();
await page.locator('[data-screen="question"]').waitFor();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
await page.waitForTimeout(300);

await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
// Clicks go in through CDP and nothing polls the page meanwhile: Playwright's own injected
// scripts would otherwise be counted as the page's.
const press = async ({ x, y }) => {
  for (const type of ['mousePressed', 'mouseReleased']) await cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
};
const centre = (selector) =>
  page.locator('[data-client-triage]').evaluate((host, s) => {
    const el = host.shadowRoot.querySelector(s);
    el.scrollIntoView({ block: 'center' });
    const box = el.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, selector);
for (let n = 1; n <= ANSWERS; n += 1) {
  await press(await centre('.ct-option'));
  const next = await centre('button[type=submit]');
  await page.waitForTimeout(300);
  await page.evaluate(() => performance.mark('next'));
  await page.waitForTimeout(50);
  await press(next);
  await page.waitForTimeout(WINDOW_MS);
}
const trace = JSON.parse((await browser.stopTracing()).toString());
if (opt('--trace')) writeFileSync(opt('--trace'), JSON.stringify(trace));

// Per answer, on the page's main thread: the click's task (event handlers, the widget's render
// and everything it forces: style, layout), the style and layout inside it, and the time from the
// click to the end of the frame that shows the next question (its compositor commit).
const events = trace.traceEvents;
const mainThread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'next'));
const main = events.filter((e) => e.pid === mainThread.pid && e.tid === mainThread.tid && e.ph === 'X');
const starts = events.filter((e) => e.name === 'next' && e.pid === mainThread.pid).map((e) => e.ts).sort((a, b) => a - b);
const rows = [];
for (const from of starts) {
  const inside = main.filter((e) => e.ts >= from && e.ts < from + (50 + WINDOW_MS) * 1000);
  const click = inside.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  if (!click) continue;
  const within = (names) => inside.filter((e) => names.includes(e.name) && e.ts >= click.ts && e.ts < click.ts + click.dur).reduce((sum, e) => sum + e.dur, 0) / 1000;
  const commit = inside.find((e) => e.name === 'Commit' && e.ts > click.ts + click.dur);
  rows.push({ task: click.dur / 1000, style: within(['UpdateLayoutTree']), layout: within(['Layout']), frame: commit ? (commit.ts + commit.dur - click.ts) / 1000 : NaN });
}
const p = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
console.log(`answer → next question, ${RATE}× CPU, ${rows.length} answers (ms; p50 / p95 / max):`);
const LABELS = { task: 'click task (handlers + render)', style: '  of which style', layout: '  of which layout', frame: 'click → frame committed' };
for (const [kind, label] of Object.entries(LABELS)) {
  const xs = rows.map((r) => r[kind]);
  console.log(`  ${label.padEnd(32)} ${p(xs, 0.5).toFixed(1).padStart(6)} ${p(xs, 0.95).toFixed(1).padStart(6)} ${Math.max(...xs).toFixed(1).padStart(6)}`);
}
await browser.close();
await server.close();
