// Bundles the loader (loader/embed/main.js and the modules it imports, one job each) into the
// one script a page includes, with esbuild. At bundle time:
//   build.js        the build's names in place of the stand-ins (`names`);
//   module-fetch.js replaced by module-inline.js for the single file (`glue` given: the glue's
//                   source, bundled in as 'ct:glue'; then `names.WASM` is the module in base64
//                   and `names.LANGUAGE_FILES` the files' texts).
// What the loader shares with the widget comes from loader/generated/facts.js (examples/texts.rs).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../loader/embed/main.js', import.meta.url));
export const EARLY_ENTRY = fileURLToPath(new URL('../loader/embed/early.js', import.meta.url));
const BUILD = fileURLToPath(new URL('../loader/embed/build.js', import.meta.url));
const INLINE = fileURLToPath(new URL('../loader/embed/module-inline.js', import.meta.url));

/** The loader as one ES module (unminified: the caller minifies). `names`: { GLUE, WASM,
 *  LANGUAGE_FILES }; `glue`: the single file's glue source, or none for a served page.
 *  `entry`: another module than main.js (early.js; the unit tests bundle one part alone);
 *  `format`: 'iife' for a classic inline script. */
export async function bundleLoader({ names, glue, entry = ENTRY, format = 'esm' }) {
  for (const name of Object.keys(names)) {
    if (!['GLUE', 'WASM', 'LANGUAGE_FILES'].includes(name)) throw new Error(`bundle-loader: unknown name ${name}`);
  }
  const plugin = {
    name: 'client-triage',
    setup(build) {
      build.onLoad({ filter: /[\\/]build\.js$/ }, ({ path }) =>
        path === BUILD
          ? { loader: 'js', contents: Object.entries(names).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};\n`).join('') }
          : undefined,
      );
      if (glue === undefined) return;
      build.onResolve({ filter: /^\.\/module-fetch\.js$/ }, () => ({ path: INLINE }));
      build.onResolve({ filter: /^ct:glue$/ }, () => ({ path: 'glue', namespace: 'ct-glue' }));
      build.onLoad({ filter: /.*/, namespace: 'ct-glue' }, () => ({ loader: 'js', contents: glue }));
    },
  };
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format,
    // Nothing lowered for old browsers (the loader needs a module-capable one anyway), and the
    // German texts as they are, not as \u escapes.
    target: 'esnext',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    plugins: [plugin],
  });
  return result.outputFiles[0].text;
}
