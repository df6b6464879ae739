// Writes the SurveyJS comparison page into bench/work/surveyjs/: index.html, the SurveyJS files
// copied from bench/node_modules, and survey-app.js with the widget's own single-choice questions
// (one per page, progress bar on top, answers saved to and restored from localStorage). Nothing
// is loaded from outside the page's own origin: the fontless CSS is used. The questions — ids,
// German prompts and answer labels, in the widget's order — are the widget's texts, as
// `cargo run --example texts` writes them with each build (target/texts/survey-de.json); written
// here first when missing. tests/contract.rs checks the page's survey against the widget's.
//
//   node bench/surveyjs/build.mjs [outDir]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const bench = resolve(here, '..');
const modules = join(bench, 'node_modules');

/** The files a blog owner would self-host, as the SurveyJS docs list them for plain HTML/JS. */
export const ASSETS = [
  ['survey-core/survey-core.fontless.min.css', 'survey-core.fontless.min.css'],
  ['survey-core/survey.core.min.js', 'survey.core.min.js'],
  // German button texts (Weiter, Zurück, Abschließen …), as the widget's page is German.
  ['survey-core/i18n/german.min.js', 'german.min.js'],
  ['survey-js-ui/survey-js-ui.min.js', 'survey-js-ui.min.js'],
];

export const STORAGE_KEY = 'surveyjs-bench-answers';

const REPO = resolve(bench, '..');
const TEXTS = join(REPO, 'target', 'texts');

/** The SurveyJS model of the widget's questions (`questions`: the file examples/texts.rs writes). */
export function surveyJson(questionsFile = join(TEXTS, 'survey-de.json')) {
  if (!existsSync(questionsFile)) {
    execFileSync('cargo', ['run', '--quiet', '--locked', '--example', 'texts', '--', TEXTS], { cwd: REPO, stdio: 'inherit' });
  }
  const { questions } = JSON.parse(readFileSync(questionsFile, 'utf8'));
  return {
    locale: 'de',
    showProgressBar: true,
    progressBarLocation: 'top',
    showQuestionNumbers: 'off',
    checkErrorsMode: 'onNextPage',
    pages: questions.map((q) => ({
      name: `page_${q.name}`,
      elements: [
        {
          type: 'radiogroup',
          name: q.name,
          title: q.title,
          isRequired: true,
          choices: q.choices.map((text, i) => ({ value: `${q.name}_${i + 1}`, text })),
        },
      ],
    })),
  };
}

function appScript(json) {
  return `// The comparison questionnaire: SurveyJS model, localStorage save/restore, render.
(function () {
  var KEY = ${JSON.stringify(STORAGE_KEY)};
  var survey = new Survey.Model(${JSON.stringify(json)});
  try {
    var saved = JSON.parse(localStorage.getItem(KEY) || 'null');
    if (saved && saved.data) {
      survey.data = saved.data;
      if (typeof saved.page === 'number') survey.currentPageNo = saved.page;
    }
  } catch (e) { /* unreadable or no storage: start fresh */ }
  function save() {
    try {
      localStorage.setItem(KEY, JSON.stringify({ data: survey.data, page: survey.currentPageNo }));
    } catch (e) { /* storage full or blocked: keep going */ }
  }
  survey.onValueChanged.add(save);
  survey.onCurrentPageChanged.add(save);
  window.benchSurvey = survey;
  survey.render(document.getElementById('survey'));
})();
`;
}

// The page chrome mirrors the widget's index.html + styles/page.css (title line, width, colours).
const PAGE_CSS = `body{margin:0;background:#eef1f5;color:#1b1f24;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.page{max-width:44rem;margin:0 auto;padding:1rem .5rem 3rem}
.page-title{margin:0 0 1rem;font-size:1rem;font-weight:600;color:#4c5561;text-align:center}
`;

const HTML = `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Schwieriger Kunde? Selbsteinschätzung mit SurveyJS – Vergleichsseite für den Benchmark.">
  <link rel="icon" href="data:,">
  <title>Schwieriger Kunde – SurveyJS</title>
  <link rel="stylesheet" href="./survey-core.fontless.min.css">
  <link rel="stylesheet" href="./page.css">
  <script defer src="./survey.core.min.js"></script>
  <script defer src="./german.min.js"></script>
  <script defer src="./survey-js-ui.min.js"></script>
  <script defer src="./survey-app.js"></script>
</head>
<body>
  <main class="page">
    <h1 class="page-title">client-triage (SurveyJS)</h1>
    <div id="survey"></div>
    <noscript><p>Dieses Werkzeug braucht JavaScript.</p></noscript>
  </main>
</body>
</html>
`;

export function buildSurveyPage(outDir = join(bench, 'work', 'surveyjs')) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [from, to] of ASSETS) {
    const src = join(modules, from);
    try {
      copyFileSync(src, join(outDir, to));
    } catch (err) {
      throw new Error(`${src} is missing (${err.code}): run \`npm ci --prefix bench\` first`);
    }
  }
  writeFileSync(join(outDir, 'page.css'), PAGE_CSS);
  writeFileSync(join(outDir, 'survey-app.js'), appScript(surveyJson()));
  writeFileSync(join(outDir, 'index.html'), HTML);
  return outDir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = buildSurveyPage(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`SurveyJS page written to ${out}`);
}
