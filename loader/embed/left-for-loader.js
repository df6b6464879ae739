// Start screens one loader leaves for the loader that goes on with them: an older build's for a
// newer one (upgrade.js), or early.js's for this build's loader.
/** Where a loader leaves its start screens for the next one: a Map of host to { shown, name }, as
 *  adoptStartScreen returns. The name must stay the same in every build. */
const START_SCREENS = Symbol.for('client-triage:start-screens');

export function leaveStartScreens(screens) {
  globalThis[START_SCREENS] = screens;
}

/** The start screens left for this loader, if any (taken once). */
export function takeStartScreens() {
  const screens = globalThis[START_SCREENS];
  delete globalThis[START_SCREENS];
  return screens;
}
