/**
 * @jest-environment node
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

/** What build npm, the builds and the test runs write: never committed (the packed npm of a subpackage included). */
const GENERATED = [/(^|\/)miniprogram_npm\//, /^dist\//, /^dist-web\//, /^coverage\//, /^artifacts\//, /^\.preview\//];

it('commits nothing that a build or a test run generates', () => {
  const files = execFileSync('git', ['ls-files'], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  expect(files.length).toBeGreaterThan(100);
  expect(files.filter((file) => GENERATED.some((re) => re.test(file)))).toEqual([]);
});
