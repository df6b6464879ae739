// The benchmark of issue 7: the widget (dist/) against an equivalent SurveyJS page, both served
// on loopback and measured in one headless Chromium, alternating A B A B, each run in a fresh
// browser context (cold HTTP and code caches). Writes bench/results.md (+ bench/work/results.json).
//
//   node bench/run.mjs [--runs 10] [--dist dist] [--no-lighthouse]
//
// Needs dist/ (make dist) and bench/node_modules (npm ci --prefix bench). See bench/README.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, availableParallelism, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../e2e/serve.mjs';
import { buildSurveyPage, surveyJson } from './surveyjs/build.mjs';
import { BEFORE_ANSWER_BUDGET, beforeAnswer, measureFirstVisit, measurePage, sizeTable, fmt, gzipSize, REPO } from './size.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const WORK = join(here, 'work');
// The widget's questions, which the SurveyJS page asks too (surveyjs/build.mjs).
const QUESTIONS = surveyJson().pages.length;
const { chromium } = await import(join(REPO, 'node_modules', 'playwright-core', 'index.mjs'));

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
// A phone-sized window (Lighthouse's Moto G Power metrics), German like the blog.
const CONTEXT = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: false,
  locale: 'de-DE',
};
const THROTTLE = 4;
const TIMEOUT = 60_000;

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('--runs', 10));
const DIST = resolve(opt('--dist', join(REPO, 'dist')));
const LIGHTHOUSE = !args.includes('--no-lighthouse');

/** The two pages: how to find the first question and the Next button. */
const PAGES = {
  ours: {
    name: 'ours',
    title: 'client-triage (dist/)',
    probe: { hostSelector: '[data-client-triage]', startSelector: '.ct-intro button' },
    option: 'label.ct-option',
    next: 'button[type=submit]',
    lighthousePath: '?lang=de',
  },
  surveyjs: {
    name: 'surveyjs',
    title: 'SurveyJS 2.5.38',
    probe: { hostSelector: null, startSelector: null },
    option: 'label.sd-selectbase__label',
    next: '.sd-navigation__next-btn',
    lighthousePath: '',
  },
};

// ---------------------------------------------------------------- statistics

const sorted = (xs) => [...xs].sort((a, b) => a - b);
/** Nearest-rank percentile. */
function pct(xs, p) {
  if (!xs.length) return NaN;
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
function median(xs) {
  if (!xs.length) return NaN;
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// ---------------------------------------------------------------- serving

/**
 * Copies a page's first-load files gzip -9 compressed into bench/work/served/<name>/ and serves
 * them with `content-encoding: gzip` through e2e/serve.mjs, as a blog host would: the bytes on the
 * wire are the gzip -9 figure of the size table.
 */
async function serveCompressed(name, page) {
  const dir = join(WORK, 'served', name);
  rmSync(dir, { recursive: true, force: true });
  for (const f of page.files) {
    const out = join(dir, f.file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, execFileSync('gzip', ['-9', '-n', '-c'], { input: readFileSync(join(page.root, f.file)), maxBuffer: 1 << 30 }));
  }
  return startServer(dir, 0, { headers: () => ({ 'content-encoding': 'gzip' }) });
}

/** Every file of `root` (no subfolders), gzip -9, served like serveCompressed: the blog pages. */
async function serveDirCompressed(name, root) {
  const dir = join(WORK, 'served', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(root, { withFileTypes: true }).filter((f) => f.isFile())) {
    writeFileSync(join(dir, file.name), execFileSync('gzip', ['-9', '-n', '-c'], { input: readFileSync(join(root, file.name)), maxBuffer: 1 << 30 }));
  }
  return startServer(dir, 0, { headers: () => ({ 'content-encoding': 'gzip' }) });
}

/** Layout shifts as CLS counts them (not within 500 ms of input), from the start of the page. */
const RECORD_SHIFTS = `window.__cls = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });`;

// ---------------------------------------------------------------- one cold run

const PROBE = readFileSync(join(here, 'probe.js'), 'utf8');

/**
 * One fresh context: navigate, (ours: click Start as soon as it is clickable), wait for the first
 * question; with `walk`, then answer all QUESTIONS questions and time Next → next question.
 */
async function coldRun(browser, spec, url, rate, walk) {
  const context = await browser.newContext(CONTEXT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const foreign = [];
  const errors = [];
  const requested = [];
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (u.protocol !== 'data:' && u.hostname !== '127.0.0.1') foreign.push(req.url());
    requested.push(u.pathname);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

  // Messages from the probe arrive through a CDP binding: no polling in the page.
  const inbox = [];
  const waiters = [];
  const deliver = () => {
    for (let i = 0; i < waiters.length; i += 1) {
      const j = inbox.findIndex((m) => m.type === waiters[i].type);
      if (j >= 0) {
        const [m] = inbox.splice(j, 1);
        waiters.splice(i, 1)[0].resolve(m);
        i -= 1;
      }
    }
  };
  const wait = (type) => new Promise((resolve_, reject) => {
    const timer = setTimeout(() => reject(new Error(`${spec.name}: no "${type}" within ${TIMEOUT} ms`)), TIMEOUT);
    waiters.push({ type, resolve: (m) => { clearTimeout(timer); resolve_(m); } });
    deliver();
  });
  const click = async (x, y) => {
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
  };
  cdp.on('Runtime.bindingCalled', (ev) => {
    if (ev.name !== '__benchReport') return;
    const msg = JSON.parse(ev.payload);
    // The reader who clicks instantly: Start is clicked the moment the probe sees it clickable.
    if (msg.type === 'intro') click(msg.x, msg.y).catch(() => {});
    inbox.push(msg);
    deliver();
  });
  await cdp.send('Runtime.enable'); // bindings and their calls need the Runtime domain
  await cdp.send('Runtime.addBinding', { name: '__benchReport' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript({ content: `(${PROBE})(${JSON.stringify(spec.probe)});` });
  await page.addInitScript({ content: RECORD_SHIFTS });

  const result = { page: spec.name, rate };
  try {
    const intro = spec.probe.startSelector ? wait('intro') : null;
    const first = wait('first');
    // Should the intro never come, that is the run's failure; the question's own timeout later
    // must not end the whole benchmark as an unhandled rejection.
    first.catch(() => {});
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
    if (intro) result.intro = (await intro).t;
    const f = await first;
    result.first = f.t;
    result.firstPaint = f.paint;
    result.firstInstant = f.t;
    if (intro) {
      if (f.click == null) throw new Error(`${spec.name}: the click on Start was not seen`);
      result.startClick = f.click;
      // The reader who clicks the instant Start is clickable: take out the harness' round trip
      // (probe → CDP binding → node → Input.dispatchMouseEvent), keep everything after the click.
      result.firstInstant = result.intro + (f.t - f.click);
    }
    if (walk) {
      result.next = [];
      result.nextPaint = [];
      for (let n = 1; n <= QUESTIONS; n += 1) {
        const options = await page.evaluate((s) => window.__bench.point(s, 0), spec.option);
        const k = (n - 1) % options.count; // a different answer position per question
        const at = await page.evaluate(([s, i]) => window.__bench.point(s, i), [spec.option, k]);
        await click(at.x, at.y);
        await page.waitForFunction(() => window.__bench.checked(), null, { polling: 50, timeout: TIMEOUT });
        // A reader needs far longer than this between two clicks: let the answer's own work settle.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
        if (n === QUESTIONS) break; // the last Next leads to the review / completion, not a question
        await page.evaluate(() => window.__bench.arm());
        const next = await page.evaluate((s) => window.__bench.point(s, 0), spec.next);
        const done = wait('next');
        await click(next.x, next.y);
        const m = await done;
        if (m.click == null) throw new Error(`${spec.name}: the click on Next was not seen`);
        result.next.push(m.t - m.click);
        result.nextPaint.push(m.paint - m.click);
      }
      result.stored = await page.evaluate(() => Object.keys(localStorage).length);
    }
    // Until the module has drawn its own screen, and a little after.
    if (spec.probe.hostSelector) {
      await page.waitForFunction((host) => document.querySelector(host)?.shadowRoot?.querySelector('[data-screen]'), spec.probe.hostSelector, { timeout: TIMEOUT });
      await page.waitForTimeout(300);
      result.cls = await page.evaluate(() => window.__cls);
    }
  } finally {
    result.foreign = foreign;
    result.errors = errors;
    result.requested = [...new Set(requested)];
    await context.close();
  }
  return result;
}

// ---------------------------------------------------------------- blog pages (ours only)

/**
 * The blog demo (two widgets near the top): CLS until both have mounted, and 500 ms after. The
 * long post (blog-long.html, the widget three screens down): bytes on the wire until the page
 * is idle without scrolling, then the time from the scroll that brings the widget into view to
 * its Start being clickable.
 */
async function blogRun(browser, url, rate) {
  const context = await browser.newContext(CONTEXT);
  const contexts = [context];
  const result = { rate };
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.addInitScript({ content: RECORD_SHIFTS });
    await page.goto(`${url}blog-demo.html`, { timeout: TIMEOUT });
    await page.waitForFunction(() => [...document.querySelectorAll('[data-client-triage]')].every((h) => h.shadowRoot?.querySelector('[data-screen]')), null, { polling: 'raf', timeout: TIMEOUT });
    await page.waitForTimeout(500);
    result.blogCls = await page.evaluate(() => window.__cls);

    // Its own context: the demo above has put the module into the HTTP and code caches.
    const cold = await browser.newContext(CONTEXT);
    contexts.push(cold);
    const longPost = await cold.newPage();
    await longPost.addInitScript({ content: RECORD_SHIFTS });
    const coldCdp = await cold.newCDPSession(longPost);
    await coldCdp.send('Emulation.setCPUThrottlingRate', { rate });
    const bytes = [];
    longPost.on('requestfinished', async (req) => {
      const sizes = await req.sizes().catch(() => null);
      if (sizes) bytes.push({ url: req.url(), n: sizes.responseBodySize });
    });
    await longPost.goto(`${url}blog-long.html`, { waitUntil: 'networkidle', timeout: TIMEOUT });
    await longPost.waitForTimeout(1000);
    result.longBytes = bytes.reduce((sum, b) => sum + b.n, 0);
    result.longFiles = bytes.map((b) => `${new URL(b.url).pathname.split('/').pop()} ${b.n}`);
    result.longModule = bytes.some((b) => /_bg\.wasm/.test(b.url));
    result.scrollToStart = await longPost.evaluate((timeout) => new Promise((resolve, reject) => {
      const host = document.querySelector('[data-client-triage]');
      const t0 = performance.now();
      host.scrollIntoView({ block: 'center' });
      let shown = false;
      const frame = () => {
        const start = host.shadowRoot?.querySelector('.ct-start');
        // The empty host grows when the widget mounts: bring Start itself into view once, as
        // the reader would.
        if (start && !shown) {
          start.scrollIntoView({ block: 'center' });
          shown = true;
        }
        const box = start?.getBoundingClientRect();
        const hit = box && host.shadowRoot.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        if (hit && (hit === start || start.contains(hit))) resolve(performance.now() - t0);
        else if (performance.now() - t0 > timeout) reject(new Error('Start never became clickable'));
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }), TIMEOUT);
    // What the jump to the widget shifts: the empty host grows when the widget mounts, and
    // scrolling is not input, so CLS counts it.
    await longPost.waitForTimeout(500);
    result.longCls = await longPost.evaluate(() => window.__cls);
  } finally {
    for (const c of contexts) await c.close();
  }
  return result;
}

// ---------------------------------------------------------------- WordPress (ours only)

/**
 * The plugin on Debian's WordPress (e2e/wordpress.mjs; skipped where it is not installed): a
 * post with one shortcode, served by `php -S` (uncompressed). Returns the post's address with
 * the start screen in the page, and without it (a must-use plugin turns the plugin's filter
 * client_triage_start_screen off for ?no-start-screen), and stop(). A short title and nothing
 * before the widget: on the bench's phone viewport Start must be on the first screen, where
 * the probe looks for it.
 */
async function wordpressPost() {
  const { installed, startWordPress } = await import('../e2e/wordpress.mjs');
  if (installed().length) return null;
  const { buildWordPressPlugin } = await import('../scripts/package.mjs');
  const wp = await startWordPress();
  try {
    const zip = await buildWordPressPlugin({ dist: DIST, out: wp.work });
    execFileSync('unzip', ['-q', zip.path, '-d', join(wp.content, 'plugins')]);
    await wp.setup('activate', { plugin: 'client-triage/client-triage.php' });
    mkdirSync(join(wp.content, 'mu-plugins'));
    writeFileSync(join(wp.content, 'mu-plugins', 'no-start-screen.php'), "<?php add_filter( 'client_triage_start_screen', function () { return ! isset( $_GET['no-start-screen'] ); } );\n");
    await wp.setup('author', { login: 'bench', password: 'bench-password-1' });
    const post = await wp.setup('post', { author: 'bench', type: 'post', title: 'Kunden-Check', content: '[client_triage lang="de"]' });
    return { withStart: post.url, withoutStart: `${post.url}${post.url.includes('?') ? '&' : '?'}no-start-screen`, stop: wp.stop };
  } catch (error) {
    await wp.stop();
    throw error;
  }
}

// ---------------------------------------------------------------- Lighthouse

/**
 * Lighthouse 12 (Node API, default mobile preset) on its own Chromium from chrome-launcher; async,
 * as this process serves the pages meanwhile. The browser is killed in every case.
 */
async function lighthouse(name, url) {
  const { default: run } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_ARGS, '--lang=de-DE'], logLevel: 'silent' });
  let timer;
  let result;
  try {
    result = await Promise.race([
      run(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      }),
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('timed out after 180 s')), 180_000); }),
    ]);
  } finally {
    clearTimeout(timer);
    await chrome.kill();
  }
  const out = join(WORK, `lighthouse-${name}.json`);
  writeFileSync(out, result.report);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const cat = report.categories;
  const missed = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
    .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  return {
    performance: cat.performance.score,
    accessibility: cat.accessibility.score,
    bestPractices: cat['best-practices'].score,
    version: report.lighthouseVersion,
    metrics: Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'cumulative-layout-shift']
      .map((id) => [id, report.audits[id]?.displayValue])),
    missed,
  };
}

// ---------------------------------------------------------------- report

function machine(browserVersion) {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpus()[0]?.model ?? 'unknown CPU';
  let nproc = availableParallelism();
  try { nproc = Number(execFileSync('nproc').toString().trim()); } catch { /* keep node's */ }
  return { nproc, cpu: model.trim(), chromium: browserVersion, node: process.version, loadStart: loadavg()[0] };
}

const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '–');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b ? (a / b).toFixed(2) : '–');
const score = (x) => (typeof x === 'number' ? x.toFixed(2) : '–');
const verdict = (ok) => (ok === null ? 'not run' : ok ? '**pass**' : '**FAIL**');

function table(rows) {
  const out = ['| figure | ours | SurveyJS | ours/SurveyJS | budget | result |', '| --- | ---: | ---: | ---: | --- | --- |'];
  for (const r of rows) out.push(`| ${r.join(' | ')} |`);
  return out.join('\n');
}

// ---------------------------------------------------------------- main

async function main() {
  const started = Date.now();
  mkdirSync(WORK, { recursive: true });
  const sjRoot = buildSurveyPage();
  const sizes = { ours: measurePage(DIST), surveyjs: measurePage(sjRoot) };
  // Counted at the server, worker included (SurveyJS has none: its first visit is its page files).
  const firstVisit = await measureFirstVisit(DIST);
  console.log(sizeTable([{ name: 'ours', ...sizes.ours }, { name: 'SurveyJS', ...sizes.surveyjs }]));

  const servers = {
    ours: await serveCompressed('ours', sizes.ours),
    surveyjs: await serveCompressed('surveyjs', sizes.surveyjs),
    blog: await serveDirCompressed('blog', DIST),
  };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const env = machine(browser.version());
  const runs = [];
  const blogRuns = [];
  const wpRuns = [];
  const failures = [];
  const wordpress = await wordpressPost().catch((error) => {
    failures.push(`WordPress: ${error.message}`);
    return null;
  });
  try {
    // Warm-up, not recorded: the first launch of each page pays for disk cache of the files and
    // the browser process' own start.
    for (const key of ['ours', 'surveyjs']) await coldRun(browser, PAGES[key], servers[key].url, 1, false);
    for (const [rate, walk] of [[1, false], [THROTTLE, true]]) {
      for (let i = 0; i < RUNS; i += 1) {
        for (const key of ['ours', 'surveyjs']) { // A B A B …
          let r;
          try {
            r = await coldRun(browser, PAGES[key], servers[key].url, rate, walk);
          } catch (err) {
            failures.push(`${key} ${rate}× run ${i + 1}: ${err.message}`);
            console.error(`run failed: ${failures.at(-1)}`);
            if (failures.length > 3) throw new Error(`giving up after ${failures.length} failed runs`);
            continue;
          }
          r.iteration = i;
          runs.push(r);
          const extra = walk ? `, next p50 ${ms(median(r.next))}` : '';
          console.log(`${rate}× run ${i + 1}/${RUNS} ${key.padEnd(8)} first question ${ms(r.firstInstant)}${r.intro ? ` (intro ${ms(r.intro)}, raw ${ms(r.first)})` : ''}${extra}`);
        }
      }
    }
    for (const rate of [1, THROTTLE]) {
      for (let i = 0; i < Math.ceil(RUNS / 2); i += 1) {
        try {
          const r = await blogRun(browser, servers.blog.url, rate);
          blogRuns.push(r);
          console.log(`${rate}× blog run ${i + 1}: CLS ${r.blogCls.toFixed(3)}, long post ${fmt(r.longBytes)} B before scrolling (${r.longFiles.join(', ')}), Start clickable ${ms(r.scrollToStart)} after the scroll`);
        } catch (err) {
          failures.push(`blog ${rate}× run ${i + 1}: ${err.message}`);
          console.error(`run failed: ${failures.at(-1)}`);
        }
      }
    }
    for (const rate of wordpress ? [1, THROTTLE] : []) {
      for (let i = 0; i < Math.ceil(RUNS / 2); i += 1) {
        for (const [variant, url] of [['with', wordpress.withStart], ['without', wordpress.withoutStart]]) {
          try {
            const r = await coldRun(browser, PAGES.ours, url, rate, false);
            wpRuns.push({ ...r, variant });
            console.log(`${rate}× WordPress post ${variant} the start screen in the page: Start clickable ${ms(r.intro)}, CLS ${r.cls?.toFixed(3)}`);
          } catch (err) {
            failures.push(`WordPress ${variant} ${rate}× run ${i + 1}: ${err.message}`);
            console.error(`run failed: ${failures.at(-1)}`);
          }
        }
      }
    }
  } finally {
    await browser.close();
    await wordpress?.stop();
  }

  let lh = { ours: null, surveyjs: null };
  if (LIGHTHOUSE) {
    for (const key of ['ours', 'surveyjs']) {
      console.log(`Lighthouse (mobile) ${key} …`);
      try {
        lh[key] = await lighthouse(key, servers[key].url + PAGES[key].lighthousePath);
      } catch (err) {
        console.error(`Lighthouse failed for ${key}: ${err.message}`);
      }
    }
  }
  for (const s of Object.values(servers)) await s.close();

  // ------------------------------------------------------------ figures
  const pick = (key, rate, field) => runs.filter((r) => r.page === key && r.rate === rate && r[field] != null).map((r) => r[field]);
  const flat = (key, field) => runs.filter((r) => r.page === key && r.rate === THROTTLE).flatMap((r) => r[field] ?? []);
  const fig = {};
  for (const key of ['ours', 'surveyjs']) {
    fig[key] = {
      first1: median(pick(key, 1, 'firstInstant')),
      first4: median(pick(key, THROTTLE, 'firstInstant')),
      firstRaw1: median(pick(key, 1, 'first')),
      firstRaw4: median(pick(key, THROTTLE, 'first')),
      intro1: median(pick(key, 1, 'intro')),
      intro4: median(pick(key, THROTTLE, 'intro')),
      clickLatency1: median(runs.filter((r) => r.page === key && r.rate === 1 && r.intro != null).map((r) => r.startClick - r.intro)),
      clickLatency4: median(runs.filter((r) => r.page === key && r.rate === THROTTLE && r.intro != null).map((r) => r.startClick - r.intro)),
      firstPaint1: median(pick(key, 1, 'firstPaint')),
      firstPaint4: median(pick(key, THROTTLE, 'firstPaint')),
      nextP50: pct(flat(key, 'next'), 50),
      nextP95: pct(flat(key, 'next'), 95),
      nextPaintP50: pct(flat(key, 'nextPaint'), 50),
      nextPaintP95: pct(flat(key, 'nextPaint'), 95),
      nextCount: flat(key, 'next').length,
      spread1: [pct(pick(key, 1, 'firstInstant'), 0), pct(pick(key, 1, 'firstInstant'), 100)],
      spread4: [pct(pick(key, THROTTLE, 'firstInstant'), 0), pct(pick(key, THROTTLE, 'firstInstant'), 100)],
    };
  }
  const o = fig.ours;
  const s = fig.surveyjs;
  const blog = (rate, field) => blogRuns.filter((r) => r.rate === rate).map((r) => r[field]);
  const blogCls = blogRuns.length ? Math.max(...blogRuns.map((r) => r.blogCls)) : NaN;
  const longBytes = median(blogRuns.map((r) => r.longBytes));
  const { files: beforeAnswerFiles, gzip: beforeAnswerBytes } = beforeAnswer(DIST);
  const beforeAnswerOk = beforeAnswerBytes <= BEFORE_ANSWER_BUDGET;
  const standaloneCls = Math.max(...runs.filter((r) => r.page === 'ours' && r.cls != null).map((r) => r.cls));
  const wpStart = (variant, rate) => median(wpRuns.filter((r) => r.variant === variant && r.rate === rate).map((r) => r.intro));
  const wpCls = wpRuns.length ? Math.max(...wpRuns.filter((r) => r.variant === 'with').map((r) => r.cls)).toFixed(3) : '–';
  const bytesOk = firstVisit.total.gzip <= 90_000;
  const first1Ok = o.first1 <= 0.3 * s.first1;
  const first4Ok = o.first4 <= 0.3 * s.first4;
  const nextOk = o.nextP95 < 16;
  const lhOk = (k) => (lh.ours ? lh.ours[k] === 1 : null);
  const rows = [
    ['Page files, both languages, raw', fmt(sizes.ours.total.raw), fmt(sizes.surveyjs.total.raw), ratio(sizes.ours.total.raw, sizes.surveyjs.total.raw), '', ''],
    ['First visit, worker included, gzip -9 (at the server)', fmt(firstVisit.total.gzip), fmt(sizes.surveyjs.total.gzip), ratio(firstVisit.total.gzip, sizes.surveyjs.total.gzip), '≤ 90,000', verdict(bytesOk)],
    ['Page files, both languages, gzip -9', fmt(sizes.ours.total.gzip), fmt(sizes.surveyjs.total.gzip), ratio(sizes.ours.total.gzip, sizes.surveyjs.total.gzip), '', ''],
    ['Page files, both languages, brotli -q 11', fmt(sizes.ours.total.brotli), fmt(sizes.surveyjs.total.brotli), ratio(sizes.ours.total.brotli, sizes.surveyjs.total.brotli), '', ''],
    ['Intro ready (Start clickable), median, 1× CPU', ms(o.intro1), 'no intro', '', '', ''],
    ['First question ready, median, 1× CPU', ms(o.first1), ms(s.first1), ratio(o.first1, s.first1), '≤ 0.30 × SurveyJS', verdict(first1Ok)],
    [`… incl. the harness' Start click round trip (${ms(o.clickLatency1)}), 1× CPU`, ms(o.firstRaw1), ms(s.firstRaw1), ratio(o.firstRaw1, s.firstRaw1), '(information)', ''],
    [`Intro ready (Start clickable), median, ${THROTTLE}× CPU`, ms(o.intro4), 'no intro', '', '', ''],
    [`First question ready, median, ${THROTTLE}× CPU`, ms(o.first4), ms(s.first4), ratio(o.first4, s.first4), '≤ 0.30 × SurveyJS', verdict(first4Ok)],
    [`… incl. the harness' Start click round trip (${ms(o.clickLatency4)}), ${THROTTLE}× CPU`, ms(o.firstRaw4), ms(s.firstRaw4), ratio(o.firstRaw4, s.firstRaw4), '(information)', ''],
    [`Answer → next question ready, p50, ${THROTTLE}× CPU`, ms(o.nextP50), ms(s.nextP50), ratio(o.nextP50, s.nextP50), '', ''],
    [`Answer → next question ready, p95, ${THROTTLE}× CPU`, ms(o.nextP95), ms(s.nextP95), ratio(o.nextP95, s.nextP95), '< 16 ms', verdict(nextOk)],
    [`Bytes before question 1 can be answered (${beforeAnswerFiles.map((f) => f.file.replace(/-[0-9a-f]+\./, '.')).join(', ')}), gzip -9`, fmt(beforeAnswerBytes), '', '', `≤ ${fmt(BEFORE_ANSWER_BUDGET)}`, verdict(beforeAnswerOk)],
    ['CLS, standalone page (worst run)', standaloneCls.toFixed(3), '', '', '(information)', ''],
    ['CLS, blog demo (two widgets; worst run)', blogCls.toFixed(3), '', '', '(information)', ''],
    [`WordPress post: Start clickable, median, 1× / ${THROTTLE}× CPU, start screen in the page`, `${ms(wpStart('with', 1))} / ${ms(wpStart('with', THROTTLE))}`, '', '', '(information)', ''],
    [`… without the start screen in the page (filter client_triage_start_screen off), 1× / ${THROTTLE}× CPU`, `${ms(wpStart('without', 1))} / ${ms(wpStart('without', THROTTLE))}`, '', '', '(information)', ''],
    ['CLS, WordPress post with the start screen in the page (worst run)', wpCls, '', '', '(information)', ''],
    ['Long post: bytes on the wire before scrolling (median; widget three screens down)', fmt(longBytes), '', '', '(information)', blogRuns.some((r) => r.longModule) ? '**wasm loaded**' : 'no wasm'],
    ['CLS, long post after the jump to the widget (worst run)', blogRuns.length ? Math.max(...blogRuns.map((r) => r.longCls)).toFixed(3) : '–', '', '', '(information)', ''],
    [`Long post: scroll → Start clickable, median, 1× / ${THROTTLE}× CPU`, `${ms(median(blog(1, 'scrollToStart')))} / ${ms(median(blog(THROTTLE, 'scrollToStart')))}`, '', '', '(information)', ''],
    [`Answer → next question painted, p50 / p95, ${THROTTLE}× CPU`, `${ms(o.nextPaintP50)} / ${ms(o.nextPaintP95)}`, `${ms(s.nextPaintP50)} / ${ms(s.nextPaintP95)}`, `${ratio(o.nextPaintP50, s.nextPaintP50)} / ${ratio(o.nextPaintP95, s.nextPaintP95)}`, '(information)', ''],
    ['Lighthouse 12 mobile: performance', score(lh.ours?.performance), score(lh.surveyjs?.performance), ratio(lh.ours?.performance, lh.surveyjs?.performance), '= 1.00', verdict(lhOk('performance'))],
    ['Lighthouse 12 mobile: accessibility', score(lh.ours?.accessibility), score(lh.surveyjs?.accessibility), ratio(lh.ours?.accessibility, lh.surveyjs?.accessibility), '= 1.00', verdict(lhOk('accessibility'))],
    ['Lighthouse 12 mobile: best practices', score(lh.ours?.bestPractices), score(lh.surveyjs?.bestPractices), ratio(lh.ours?.bestPractices, lh.surveyjs?.bestPractices), '= 1.00', verdict(lhOk('bestPractices'))],
  ];
  // A run that failed (no first question, a click not seen) is a reader who got stuck: it fails
  // the benchmark, it is not a footnote.
  const runsOk = failures.length === 0;
  rows.push(['Cold runs that failed (of all runs, both pages, blog runs included)', `${failures.length}`, '', '', '= 0', verdict(runsOk)]);
  const budgets = [bytesOk, beforeAnswerOk, first1Ok, first4Ok, nextOk, lhOk('performance'), lhOk('accessibility'), lhOk('bestPractices'), runsOk];
  const passed = budgets.filter((b) => b === true).length;
  const judged = budgets.filter((b) => b !== null).length;

  const problems = [...failures];
  for (const r of runs) {
    if (r.foreign.length) problems.push(`${r.page} ${r.rate}× run ${r.iteration + 1}: requests off loopback: ${r.foreign.join(', ')}`);
    if (r.errors.length) problems.push(`${r.page} ${r.rate}× run ${r.iteration + 1}: page errors: ${r.errors.join(' | ')}`);
    if (r.stored === 0) problems.push(`${r.page} ${r.rate}× run ${r.iteration + 1}: nothing in localStorage after the walk`);
  }
  const notes = [];
  for (const key of ['ours', 'surveyjs']) {
    const counted = sizes[key].files.map((f) => `/${f.file}`.replace(/\/index\.html$/, '/'));
    const seen = new Set(runs.filter((r) => r.page === key).flatMap((r) => r.requested));
    const uncounted = [...seen].filter((p) => !counted.includes(p));
    const unseen = counted.filter((p) => !seen.has(p));
    if (uncounted.length) problems.push(`${key}: the page requested ${uncounted.join(' ')}, which the size table does not count`);
    if (unseen.length) notes.push(`${key}: counted but not requested by the page itself during the runs: ${unseen.join(' ')} (e.g. a service worker script, which the browser fetches on registration)`);
  }

  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  const summary = table(rows);
  const md = `# Benchmark: client-triage vs SurveyJS

Latest run: ${date} — ${env.nproc} cores, ${env.cpu}, Chromium ${env.chromium}, Node ${env.node}${lh.ours ? `, Lighthouse ${lh.ours.version}` : ''}.
${RUNS} cold runs per page and CPU setting, alternating ours / SurveyJS, each in a fresh browser context; ${minutes} min in all; 1-minute load average ${env.loadStart.toFixed(2)} at the start and ${loadavg()[0].toFixed(2)} at the end (other work on the machine widens the spread).
Budgets met: ${passed} of ${judged}.

${summary}

Timings are medians over the runs (spread min–max: ours ${ms(o.spread1[0])}–${ms(o.spread1[1])} and SurveyJS ${ms(s.spread1[0])}–${ms(s.spread1[1])} at 1×; ours ${ms(o.spread4[0])}–${ms(o.spread4[1])} and SurveyJS ${ms(s.spread4[0])}–${ms(s.spread4[1])} at ${THROTTLE}×). Answer → next question: ${o.nextCount} (ours) and ${s.nextCount} (SurveyJS) transitions, ${QUESTIONS - 1} per full walk, one walk per ${THROTTLE}× run.

## How it is measured

- **Pages.** Ours: \`${relative(REPO, DIST).startsWith('..') ? DIST : relative(REPO, DIST) || '.'}/\`${revision(DIST)} as built by \`make dist\` (release, wasm-opt -Oz). SurveyJS: \`bench/surveyjs/build.mjs\` writes survey-core + survey-js-ui 2.5.38 (fontless CSS, German locale file) with the widget's ${QUESTIONS} German questions (generated from its texts; 3–5 choices, one per page, progress bar on top, answers saved to localStorage on every change and restored on load). Both are served by \`e2e/serve.mjs\` on 127.0.0.1 as gzip -9 files with \`content-encoding: gzip\` (what a blog host sends), no network throttling.
- **Browser.** One headless Chromium; every run gets a new context (empty HTTP cache, code cache and storage), a ${CONTEXT.viewport.width}×${CONTEXT.viewport.height} phone viewport at DPR ${CONTEXT.deviceScaleFactor}, locale de-DE; CPU throttle via CDP \`Emulation.setCPUThrottlingRate\` (1× and ${THROTTLE}×). One unrecorded warm-up run per page comes first.
- **Clock.** \`performance.now()\` in the page (0 = navigation start), taken by \`bench/probe.js\`, an init script that checks after every DOM mutation batch and on every animation frame. Results come back through a CDP binding, so nothing polls the page.
- **First question ready.** The \`<label>\` of the first \`input[type=radio]\` has a box, is visible (\`checkVisibility\`), its centre is in the viewport and \`elementFromPoint\` there hits the label (nothing covers it), and the input is enabled. SurveyJS shows question 1 at once. **Ours shows an intro first:** the script clicks Start (a real CDP mouse click) the moment Start passes the same test. The budget row is the time for a reader who clicks instantly: intro ready + (question ready − the click's \`event.timeStamp\`), i.e. without the harness' round trip probe → CDP → node → \`Input.dispatchMouseEvent\` (median ${ms(o.clickLatency1)} at 1×, ${ms(o.clickLatency4)} at ${THROTTLE}×); the "incl." row is the raw time with it. "Intro ready" is the moment Start passes the test.
- **Answer → next question.** A full walk at ${THROTTLE}×: per question a real click on an answer, a pause (two frames + 50 ms), then a real click on Next; the time runs from the Next click's \`event.timeStamp\` to the next question's first radio label being ready (DOM, style, layout, hit test). "Painted" adds the wait for the following frame (rAF, then a task), so it includes up to one frame interval of vsync waiting.
- **Lighthouse** 12 (Node API, its own Chromium via chrome-launcher), default mobile preset (simulated slow 4G, 4× CPU), categories performance, accessibility, best practices, one run per page, so ±0.02 between runs is normal. It scores the page load: for ours the intro screen (with \`?lang=de\`), for SurveyJS question 1.
- **Bytes.** \`bench/size.mjs\`: index.html plus every file it loads and every existing file its scripts name (a service worker counts, its precache list does not), raw, \`gzip -9 -n\`, brotli quality 11.

## First-load bytes per file

${sizeTable([{ name: 'ours', ...sizes.ours }, { name: 'SurveyJS', ...sizes.surveyjs }])}
${lh.ours || lh.surveyjs ? `
## Lighthouse details

${['ours', 'surveyjs'].filter((k) => lh[k]).map((k) => `- ${PAGES[k].title}: ${Object.entries(lh[k].metrics).map(([id, v]) => `${id} ${v}`).join(', ')}. Audits below 1: ${lh[k].missed.join(', ') || 'none'}.`).join('\n')}
` : ''}${problems.length ? `
## Problems seen during the runs

${problems.map((p) => `- ${p}`).join('\n')}
` : ''}${notes.length ? `
## Notes

${notes.map((n) => `- ${n}`).join('\n')}
` : ''}`;

  writeFileSync(join(here, 'results.md'), md);
  writeFileSync(join(WORK, 'results.json'), JSON.stringify({ date, env, sizes, fig, lighthouse: lh, runs }, null, 2));
  updateReadme(date, env, summary);
  console.log(`\n${summary}\n\nBudgets met: ${passed} of ${judged}. Written to bench/results.md (${minutes} min).`);
  if (problems.length) console.log(`Problems:\n${problems.join('\n')}`);
  if (!runsOk) {
    console.error(`${failures.length} run(s) failed: the benchmark fails.`);
    process.exitCode = 1;
  }
}

/** " (commit abc1234[, with uncommitted changes])" of the work tree holding `dir`, if any. */
function revision(dir) {
  try {
    const git = (...a) => execFileSync('git', ['-C', dir, ...a], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = git('status', '--porcelain', '--untracked-files=no') ? ', with uncommitted changes' : '';
    return ` (commit ${git('rev-parse', '--short', 'HEAD')}${dirty})`;
  } catch {
    return '';
  }
}

/** Replaces the README's table between <!-- bench:start --> and <!-- bench:end -->, if present. */
function updateReadme(date, env, summary) {
  const readme = join(REPO, 'README.md');
  if (!existsSync(readme)) return;
  const text = readFileSync(readme, 'utf8');
  const re = /(<!-- bench:start -->)[\s\S]*?(<!-- bench:end -->)/;
  if (!re.test(text)) return;
  const block = `\nLatest \`make bench\`: ${date}, ${env.nproc} cores, ${env.cpu}, Chromium ${env.chromium} (details: [bench/results.md](bench/results.md)).\n\n${summary}\n`;
  writeFileSync(readme, text.replace(re, `$1${block}$2`));
  console.log('README.md: benchmark table updated.');
}

await main();
