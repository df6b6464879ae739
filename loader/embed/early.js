// The start screen in the page's own HTML (index.html), made to work where the parser reaches
// this script: post-build inlines it as a classic script right after the host, since the loader
// is a module and runs only once the whole page is parsed and embed.js has arrived (Start clickable
// at 4x CPU, bench/results.md). It adopts the start screens as the loader would and leaves them
// for it (START_SCREENS), as an older build's loader leaves its screens for a newer one.
import { HOSTS } from '../generated/facts.js';
import { leaveStartScreens } from './left-for-loader.js';
import { adoptStartScreen } from './start-screen.js';

const left = new Map();
for (const host of document.querySelectorAll(HOSTS)) left.set(host, adoptStartScreen(host));
leaveStartScreens(left);
