// Loading the module in the single file (client-triage.html), which makes no request at all and
// works from file://: the glue is bundled in ('ct:glue'), build.js's WASM is the module itself
// (base64) and its LANGUAGE_FILES the files' texts (scripts/bundle-loader.mjs). Bundled in
// module-fetch.js's place, with the same exports.
import init, { connect, crash_channel, mount_host } from 'ct:glue';
import { LANGUAGE_FILES, WASM } from './build.js';

/** A language's file, as text: here already. */
export const languageFile = (lang) => Promise.resolve(LANGUAGE_FILES[lang]);

/** Once `ready()` (the start screens are on screen: decoding takes a while), starts the
 *  inlined module. Returns the glue's exports. */
export async function startModule(fresh, ready) {
  await ready();
  await init({ module_or_path: Uint8Array.from(atob(WASM), (c) => c.charCodeAt(0)) });
  return { crash_channel, connect, mount_host };
}
