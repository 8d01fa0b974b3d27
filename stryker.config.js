// npm run mutate: StrykerJS mutation testing of the domain (everything a page shows comes from it), with jest
// (jest.stryker.config.js). Slow (an hour or more on 2 cores): not part of CI. Narrow it with
// `npm run mutate -- --mutate miniprogram/domain/recommendation/recommender.ts`. Reports go to reports/mutation/.
// The tests read ../shared/CONTENT.md; Stryker runs them from a sandbox copy in .stryker-tmp/, one level deeper.
process.env.CONTENT_MD ??= require('path').resolve(__dirname, '../shared/CONTENT.md');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
module.exports = {
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.stryker.config.js', enableFindRelatedTests: false },
  mutate: ['miniprogram/domain/**/*.ts'],
  coverageAnalysis: 'perTest',
  // The machine has 2 cores; one worker each.
  concurrency: 2,
  // No type-check filtering of mutants: it would need the TypeScript checker plugin and a compile per mutant.
  checkers: [],
  // Type errors in mutated code are expected; Stryker adds @ts-nocheck to these files (its default pattern
  // covers src/, lib/ and test/ only).
  disableTypeChecks: 'miniprogram/**/*.ts',
  // Static mutants (top-level tables and texts) need a fresh module registry per mutant: far slower, and the
  // content is checked against CONTENT.md instead.
  ignoreStatic: true,
  // A busy shared machine: generous slack before a mutant counts as a timeout (an infinite loop).
  timeoutMS: 20000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // The sandbox needs the project, not what the build and previews leave behind.
  ignorePatterns: ['dist', 'artifacts', 'reports', '.preview', 'coverage', 'miniprogram/miniprogram_npm'],
};
