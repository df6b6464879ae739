// Renders the standalone page's app icons from loader/favicon.svg with Debian's Chromium, once:
// the PNGs are committed in loader/ (the build copies them), so a build needs no renderer.
//   node scripts/make-icons.mjs      (then optipng, Debian package, shrinks them losslessly)
// icon-192.png, icon-512.png   the favicon as it is (rounded corners), purpose "any": Chrome's
//                              install criteria want 192 and 512 px PNGs
// icon-maskable-512.png        full bleed (no rounded corners): the launcher cuts its own shape;
//                              the check mark already lies inside the 80 % safe circle
// icon-180.png                 Safari's apple-touch-icon; full bleed too, since iOS rounds the
//                              corners itself and fills transparency with black. Not named
//                              apple-touch-icon.png: Safari asks every site's root for that name,
//                              so a dist/ at a site's root would become the whole site's icon.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/browser.mjs';

const loader = new URL('../loader/', import.meta.url);
const favicon = await readFile(new URL('favicon.svg', loader), 'utf8');
const fullBleed = favicon.replace(' rx="3"', '');
if (fullBleed === favicon) throw new Error('favicon.svg changed: its rounded corner (rx="3") is gone');

const ICONS = [
  ['icon-192.png', 192, favicon],
  ['icon-512.png', 512, favicon],
  ['icon-maskable-512.png', 512, fullBleed],
  ['icon-180.png', 180, fullBleed],
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const [name, size, svg] of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    const file = fileURLToPath(new URL(name, loader));
    await writeFile(file, png);
    // Few colours: a palette PNG is half the bytes or less, and every one is downloaded.
    execFileSync('optipng', ['-quiet', '-o7', '-strip', 'all', file]);
    console.log(`${name}: ${size} px, ${(await readFile(file)).length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
