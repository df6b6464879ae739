// The start screen in the page's own HTML (index.html), made to work where the parser reaches
// this script: post-build inlines it as a classic script right after the host, since the loader
// is a module and runs only once the whole page is parsed and embed.js has arrived (Start clickable
// at 4x CPU, bench/results.md). It adopts the start screens as the loader would and leaves them
// for it (START_SCREENS), as an older build's loader leaves its screens for a newer one.
import { HOSTS } from '../generated/facts.js';
import { leaveStartScreens } from './left-for-loader.js';
import { showPanel } from './panels.js';
import { adoptStartScreen } from './start-screen.js';

const left = new Map();
for (const host of document.querySelectorAll(HOSTS)) left.set(host, adoptStartScreen(host));
leaveStartScreens(left);
// The loader may never come (embed.js blocked or gone): then nothing would carry out Next or
// save, so the reader is told, as the loader tells of a failed download. A module script
// reports that once the page is parsed, after this has run.
document.querySelector('script[type=module][src$="embed.js"]')?.addEventListener('error', () => {
  for (const host of left.keys()) showPanel(host, 'failed', [['retry', () => location.reload()]]);
});
