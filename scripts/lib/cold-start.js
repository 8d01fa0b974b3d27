'use strict';
// The cold start, measured from the upload package (dist/ as the upload compile writes it): WeChat downloads the
// main package, and the subpackage of the page a newcomer opens, before that page can render (an independent
// subpackage alone). Shared by the build and the bench (scripts/bench/package-size.js); budgets in
// miniprogram/domain/budget.ts. Sizes only: the bytes of the files, as the upload carries them.
const { loadTs } = require('./load-ts');
const { packagesOf, packageOfPath } = require('./wechat-resolve');

/** WeChat's own limits (MaxCodeSize, MaxSubpackageFullCodeSize): 2 MiB per package, 30 MB for all of them. */
const PACKAGE_LIMIT = 2 * 1024 * 1024;
const TOTAL_LIMIT = 30 * 1024 * 1024;

/** The package that holds a page ('pages/home/home'), or null when app.json lists it nowhere. */
function packageOfPage(packages, page) {
  return packages.find((p) => p.pages.includes(page)) || null;
}

/**
 * The entries a newcomer lands on, each as the page path its link opens (from the domain's routes, so a page
 * that moves takes its entry along) and how a newcomer gets there.
 */
function coldStartEntries() {
  const routes = loadTs('miniprogram/domain/links/routes');
  const page = (link) => link.replace(/^\//, '').replace(/\?.*$/, '');
  return [
    { id: 'home', how: 'a scan', page: page(routes.HOME_PATH) },
    { id: 'result', how: 'a shared result', page: page(routes.resultPath('c', false)) },
    { id: 'type', how: 'a type page', page: page(routes.accountPath('service')) },
    { id: 'plan', how: 'a plan link', page: page(routes.planPath('c', false)) },
    { id: 'quiz', how: 'the quiz', page: page(routes.QUIZ_PATH) },
  ];
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
    const bytes = pkg === main ? main.bytes : pkg.independent ? pkg.bytes : main.bytes + pkg.bytes;
    return { ...entry, package: pkg.name, bytes };
  });
  return { packages, entries: measured, total };
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

/**
 * The failures of a measurement against the budgets (miniprogram/domain/budget.ts) and WeChat's limits, one
 * sentence each; none when everything fits.
 */
function coldStartFailures(measured, budget = loadTs('miniprogram/domain/budget').BUDGET) {
  const failures = [];
  for (const e of measured.entries) {
    if (!e.package) failures.push(`entry ${e.id} opens ${e.page}, which app.json does not list`);
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
      `entry ${e.id.padEnd(7)} ${e.page.padEnd(34)} ${kib(e.bytes).padStart(10)} of ${kib(budget.entryBytes)}${e.package && e.package !== 'main' ? ` (main + ${e.package})` : ''}`,
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
};
