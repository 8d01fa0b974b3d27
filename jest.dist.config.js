// The smoke run on what ships (npm run build runs it after writing dist/): every page of the built upload
// package rendered from its compiled .js/.wxml/.wxss/.json, its requires resolved by WeChat's rule
// (test/wechat-resolver.js), vant from dist/miniprogram_npm/. Not part of `npm test` (dist/ may not exist).
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/dist/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/.stryker-tmp/'],
  // dist/ is the subject here, so jest must see it.
  modulePathIgnorePatterns: ['<rootDir>/miniprogram/(.+/)?miniprogram_npm/', '<rootDir>/.stryker-tmp/'],
  // jest's require has no .async: what ships gets its subpackage modules from dist/ (the sources' stand-in reads
  // the sources).
  moduleNameMapper: { [Object.keys(base.moduleNameMapper)[0]]: '<rootDir>/test/helpers/dist-async-modules.ts' },
};
