/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
    // j-component runs patched as in the preview (preview/j-component-fixes.js).
    '/node_modules/j-component/src/.+\\.js$': '<rootDir>/test/helpers/j-component-transform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!j-component/)'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // CI is a busy 2-core machine: no test may fail for being slow. Heavy property tests also set their own bound.
  testTimeout: 120000,
  setupFiles: ['<rootDir>/test/setup.ts'],
  // Mini program code resolves its imports by WeChat's rule (a file, never a folder; packages from dependencies).
  resolver: '<rootDir>/test/wechat-resolver.js',
  // jest's require has no .async (分包异步化): the one module that calls it is replaced by a stand-in.
  moduleNameMapper: { '(^|/)platform/async-modules$|^\./async-modules$': '<rootDir>/test/helpers/async-modules.ts' },
  // test/dist/ renders the built package: npm run build runs it (jest.dist.config.js).
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/miniprogram_npm/', '<rootDir>/.stryker-tmp/'],
  // .stryker-tmp/ holds npm run mutate's sandbox copies of the project.
  modulePathIgnorePatterns: [
    '<rootDir>/dist/',
    '<rootDir>/miniprogram/(.+/)?miniprogram_npm/',
    '<rootDir>/.stryker-tmp/',
  ],
};
