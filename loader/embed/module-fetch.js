// Loading the module on a served page: the glue and the wasm by their hashed names, the
// language files fetched. The single file (client-triage.html) is bundled with
// module-inline.js in this one's place (scripts/bundle-loader.mjs).
import { GLUE, LANGUAGE_FILES, WASM } from './build.js';

/** A language's file, as text; a refusal carries the HTTP status. `fresh(name)`: its URL. */
export const languageFile = (lang, fresh) =>
  fetch(fresh(LANGUAGE_FILES[lang])).then((response) => (response.ok ? response.text() : Promise.reject(response.status)));

/** Downloads the glue and, alongside, the wasm; once `ready()` (the start screens are on
 *  screen, and nothing says a newer build is deployed), compiles and starts the module.
 *  Returns the glue's exports. */
export async function startModule(fresh, ready) {
  const wasm = fetch(fresh(WASM));
  wasm.catch(() => {}); // the module's start sees a failure
  const glue = await import(fresh(GLUE).href);
  await ready();
  await glue.default({ module_or_path: wasm });
  return glue;
}
