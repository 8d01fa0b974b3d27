// jest as `npm run mutate` (StrykerJS) runs it: the project's config, with the test files that exercise the
// mutated code (domain and page view modules) and ts-jest in transpile-only mode: mutated code is type-checked
// by nobody (Stryker marks it @ts-nocheck), and skipping the type service makes each mutant run much faster.
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: { ...require('./tsconfig.json').compilerOptions, isolatedModules: true }, diagnostics: false },
    ],
  },
  testMatch: [
    '<rootDir>/test/domain/**/*.test.ts',
    '<rootDir>/test/pages/**/*.test.ts',
    '<rootDir>/test/budgets/**/*.test.ts',
  ],
  // The content rewrite (edition 2) is checked against CONTENT.md by facts.test.ts while it is under way;
  // a test failing before any mutation would stop Stryker's dry run.
  testPathIgnorePatterns: [
    ...base.testPathIgnorePatterns,
    ...(process.env.MUTATE_ALL_TESTS ? [] : ['/test/domain/facts\\.test\\.ts$']),
  ],
};
