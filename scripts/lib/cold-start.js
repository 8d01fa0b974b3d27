'use strict';
// The cold start, measured from the upload package (dist/ as the upload compile writes it): WeChat downloads the
// main package, and the subpackage of the page a newcomer opens, before that page can render (an independent
// subpackage alone). Shared by the build and the bench (scripts/bench/package-size.js); budgets in
// miniprogram/domain/budget.ts. Sizes only: the bytes of the files, as the upload carries them.
const path = require('path');
const { loadTs } = require('./load-ts');
const { readJson } = require('./read-json');
const { packagesOf, packageOfPath } = require('./wechat-resolve');

const MINIPROGRAM = path.join(__dirname, '../../miniprogram');

/** WeChat's own limits (MaxCodeSize, MaxSubpackageFullCodeSize): 2 MiB per package, 30 MB for all of them. */
const PACKAGE_LIMIT = 2 * 1024 * 1024;
const TOTAL_LIMIT = 30 * 1024 * 1024;

/** The package that holds a page ('pages/home/home'), or null when app.json lists it nowhere. */
function packageOfPage(packages, page) {
  return packages.find((p) => p.pages.includes(page)) || null;
}

/**
 * The subpackages a page waits for before it renders (its definePage spec's `waitFor`, platform/subpackages.ts):
 * they download in the same cold start. Keyed by the loader a spec names; test/package/cold-start.test.ts holds
 * AWAITS to the pages' sources. Not here: the poster's QR encoder, which loads when a poster is asked for, the
 * sources, which a source drawer waits for (pages prefetch them once they render), except on the about page, and a
 * type page's rows, which fill its sections after it rendered (platform/sections.ts).
 */
const LIBRARY = 'domain/library';
const GUIDE_VIEWS = 'domain/guide-views';
const ENGINE = 'domain/recommendation';
const RESULT_VIEWS = 'domain/result-views';
const SOURCES = 'domain/sources';
const APP_EN = 'domain/app-en';
const FACTS = 'domain/facts';
const STEPS = 'domain/steps';
/** What only an English reader downloads, with no Chinese beside it: the questions' English, which the quiz waits for. */
const QUIZ_EN = 'domain/quiz-en';
/** The English of the plan's own words, which an English reader's plan waits for (its steps come after it renders). */
const PLAN_EN = 'domain/plan-en';
const ENGLISH_ONLY = [QUIZ_EN, PLAN_EN];
/**
 * The English a page waits for beside the rows (platform/subpackages.ts rowsPackage). Not counted: the English of
 * the library and the result's views (library-en, engine-en), and the questions' on a result or a plan, which
 * start beside their Chinese and show when they arrive (besideEnglish): the page renders once its Chinese is there.
 */
const ENGLISH_BESIDE = { [STEPS]: 'domain/steps-en', [FACTS]: 'domain/facts-en' };
const LOADERS = {
  loadGuide: [LIBRARY, GUIDE_VIEWS],
  loadSteps: [LIBRARY, STEPS],
  loadGuideAndFacts: [LIBRARY, GUIDE_VIEWS, STEPS, FACTS],
  loadEngine: [ENGINE],
  loadQuiz: [QUIZ_EN],
  loadResult: [ENGINE, RESULT_VIEWS],
  loadEngineAndFacts: [ENGINE, LIBRARY, GUIDE_VIEWS, STEPS, FACTS],
  loadPlan: [ENGINE, LIBRARY, PLAN_EN],
  loadFactsAndSources: [LIBRARY, GUIDE_VIEWS, STEPS, FACTS, SOURCES],
};
const AWAITS = {
  'pages/account/account': LOADERS.loadGuide,
  'pages/about/about': LOADERS.loadFactsAndSources,
  'pages/overseas/overseas': LOADERS.loadGuideAndFacts,
  'pages/plan/plan': LOADERS.loadPlan,
  'pages/quiz/quiz': LOADERS.loadQuiz,
  'pages/result/result': LOADERS.loadResult,
  'pages/compare/compare': LOADERS.loadEngineAndFacts,
};

/** What a Chinese reader's page waits for: the same but the English-only packages. */
const inChinese = (awaits) => awaits.filter((root) => !ENGLISH_ONLY.includes(root));

/**
 * What an English reader's page waits for: the English of the main package's strings, which every page waits for
 * (platform/define-page.ts, loadAppEnglish), the rows' English beside them, and the questions', where the page
 * waits for them (the quiz).
 */
function inEnglish(awaits) {
  const english = awaits.flatMap((root) => ENGLISH_BESIDE[root] ?? []);
  const only = awaits.filter((root) => ENGLISH_ONLY.includes(root));
  return [...inChinese(awaits), APP_EN, ...english, ...only];
}

/**
 * Components from another subpackage that a page's first render never shows, by the tag its JSON names: WeChat
 * renders their componentPlaceholder and downloads them beside the page (分包异步化), and nothing on the first
 * screen waits for them. A plan's companions (fact-item) show only once the reader opens their section.
 * test/pages/plan-first-render.test.ts holds this to what the page renders.
 */
const AFTER_FIRST_RENDER = {
  'pages/plan/plan': ['fact-item'],
};

/**
 * The subpackages of the components a page uses from outside its own package and the main one (分包异步化: the
 * page renders their componentPlaceholder until WeChat has downloaded them): they download in the same cold start,
 * unless the first render never shows them (AFTER_FIRST_RENDER).
 */
function componentPackages(page, mp = MINIPROGRAM) {
  const packages = packagesOf(readJson(path.join(mp, 'app.json')));
  const own = packageOfPath(packages, page);
  const later = AFTER_FIRST_RENDER[page] || [];
  const using = Object.entries((readJson(path.join(mp, `${page}.json`)) || {}).usingComponents || {})
    .filter(([tag]) => !later.includes(tag))
    .map(([, request]) => request);
  const roots = using
    .filter((request) => String(request).startsWith('/'))
    .map((request) => packageOfPath(packages, String(request).slice(1)))
    .filter((pkg) => pkg.root !== '' && pkg !== own)
    .map((pkg) => pkg.root);
  return [...new Set(roots)];
}

/**
 * The entries a newcomer lands on, each as the page path its link opens (from the domain's routes, so a page
 * that moves takes its entry along), how a newcomer gets there and the subpackages that page waits for.
 */
function coldStartEntries() {
  const routes = loadTs('miniprogram/domain/links/routes');
  const entry = (id, how, link) => {
    const page = link.replace(/^\//, '').replace(/\?.*$/, '');
    return { id, how, page, awaits: [...(AWAITS[page] || []), ...componentPackages(page)] };
  };
  const entries = [
    entry('home', 'a scan', routes.HOME_PATH),
    entry('result', 'a shared result', routes.resultPath('c', false)),
    entry('type', 'a type page', routes.accountPath('service')),
    entry('plan', 'a plan link', routes.planPath('c', false)),
    entry('quiz', 'the quiz', routes.QUIZ_PATH),
  ];
  // An English reader's entry too, which downloads more (Chinese is the default; both are judged).
  return entries.flatMap((e) => [
    { ...e, awaits: inChinese(e.awaits) },
    { ...e, id: `${e.id}-en`, how: `${e.how}, in English`, awaits: inEnglish(e.awaits) },
  ]);
}

/**
 * Measures a package: `sizes` maps each upload file to its bytes, `appJson` is the package's app.json.
 * Returns { packages: [{name, root, bytes, files, independent}], entries: [{id, how, page, package, bytes}], total }.
 */
function measureColdStart(sizes, appJson, entries = coldStartEntries()) {
  const packages = packagesOf(appJson).map((p) => ({ ...p, bytes: 0, files: 0 }));
  let total = 0;
  for (const [file, bytes] of Object.entries(sizes)) {
    const pkg = packageOfPath(packages, file);
    pkg.bytes += bytes;
    pkg.files += 1;
    total += bytes;
  }
  const main = packages[0];
  const measured = entries.map((entry) => {
    const pkg = packageOfPage(packages, entry.page);
    if (!pkg) return { ...entry, package: null, bytes: NaN };
    const own = pkg === main ? main.bytes : pkg.independent ? pkg.bytes : main.bytes + pkg.bytes;
    const waited = (entry.awaits || []).map((root) => packages.find((p) => p.root === root));
    if (waited.some((p) => !p)) return { ...entry, package: pkg.name, bytes: NaN, missing: true };
    return { ...entry, package: pkg.name, bytes: own + waited.reduce((sum, p) => sum + p.bytes, 0) };
  });
  return { packages, entries: measured, total };
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

/** ' (main + result)', ' (main + account + domain/library)': what an entry downloads, when more than main. */
function partsOf(e) {
  const parts = [...(e.package && e.package !== 'main' ? [e.package] : []), ...(e.awaits || [])];
  return parts.length > 0 ? ` (main + ${parts.join(' + ')})` : '';
}

/**
 * The failures of a measurement against the budgets (miniprogram/domain/budget.ts) and WeChat's limits, one
 * sentence each; none when everything fits.
 */
function coldStartFailures(measured, budget = loadTs('miniprogram/domain/budget').BUDGET) {
  const failures = [];
  for (const e of measured.entries) {
    if (!e.package) failures.push(`entry ${e.id} opens ${e.page}, which app.json does not list`);
    else if (e.missing)
      failures.push(`entry ${e.id} waits for ${e.awaits.join(', ')}, which app.json does not declare`);
    else if (e.bytes > budget.entryBytes)
      failures.push(
        `entry ${e.id} (${e.page}) downloads ${kib(e.bytes)} before it renders, over the ${kib(budget.entryBytes)} cold-start budget by ${kib(e.bytes - budget.entryBytes)} (miniprogram/domain/budget.ts entryBytes)`,
      );
  }
  for (const p of measured.packages)
    if (p.bytes > PACKAGE_LIMIT) failures.push(`package ${p.name} is over WeChat's 2 MiB limit (${kib(p.bytes)})`);
  if (measured.total > TOTAL_LIMIT) failures.push(`the upload is over WeChat's 30 MB limit (${kib(measured.total)})`);
  if (measured.total > budget.packageBytes)
    failures.push(
      `the upload is over its ${kib(budget.packageBytes)} budget by ${kib(measured.total - budget.packageBytes)} (miniprogram/domain/budget.ts packageBytes)`,
    );
  return failures;
}

/** The measurement as printable lines (the build prints them; the bench prints rows of its own). */
function coldStartLines(measured, budget = loadTs('miniprogram/domain/budget').BUDGET) {
  const lines = [];
  for (const e of measured.entries)
    lines.push(
      `entry ${e.id.padEnd(9)} ${e.page.padEnd(32)} ${kib(e.bytes).padStart(10)} of ${kib(budget.entryBytes)}${partsOf(e)}`,
    );
  for (const p of measured.packages)
    lines.push(
      `package ${p.name.padEnd(40)} ${kib(p.bytes).padStart(10)} in ${p.files} files, ${((p.bytes / PACKAGE_LIMIT) * 100).toFixed(1)}% of WeChat's 2 MiB`,
    );
  lines.push(
    `total ${kib(measured.total)} of the ${kib(budget.packageBytes)} budget, ${((measured.total / TOTAL_LIMIT) * 100).toFixed(2)}% of WeChat's 30 MB`,
  );
  return lines;
}

module.exports = {
  PACKAGE_LIMIT,
  TOTAL_LIMIT,
  packageOfPage,
  coldStartEntries,
  measureColdStart,
  coldStartFailures,
  coldStartLines,
  partsOf,
  AFTER_FIRST_RENDER,
  AWAITS,
  LOADERS,
  componentPackages,
  inEnglish,
};
