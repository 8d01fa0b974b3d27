// jest as `npm run mutate` (StrykerJS) runs it: the project's config, with the test files that exercise the
// mutated code (domain and page view modules) and ts-jest in transpile-only mode: mutated code is type-checked
// by nobody (Stryker marks it @ts-nocheck), and skipping the type service makes each mutant run much faster.
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  // The project's transforms (j-component patched as in the preview, which vant's relations need), TypeScript
  // transpile-only.
  transform: {
    ...base.transform,
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: { ...require('./tsconfig.json').compilerOptions, isolatedModules: true }, diagnostics: false },
    ],
  },
  // MUTATE_TESTS=domain judges mutants by the domain's own tests only: a quicker run whose score is a lower bound
  // (the page tests could only kill more).
  testMatch:
    process.env.MUTATE_TESTS === 'domain'
      ? ['<rootDir>/test/domain/**/*.test.ts']
      : [
          '<rootDir>/test/domain/**/*.test.ts',
          '<rootDir>/test/pages/**/*.test.ts',
          '<rootDir>/test/budgets/**/*.test.ts',
        ],
  // Tests with a `@jest-environment node` docblock run outside Stryker's environment, report no coverage and
  // so fail its dry run: ui-literals.test.ts only reads source text; recommendation-digest.test.ts pins the
  // outcome of every ranking (a change detector, 160,704 rankings per mutant), so mutants are judged by the
  // tests that state behaviour.
  testPathIgnorePatterns: [
    ...base.testPathIgnorePatterns,
    '/test/domain/ui-literals\\.test\\.ts$',
    '/test/domain/recommendation-digest\\.test\\.ts$',
  ],
};
