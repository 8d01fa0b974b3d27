/**
 * @jest-environment node
 */
import { execFile } from 'child_process';
import * as path from 'path';
import { BUDGET } from './limits';

interface PackageFigures {
  bytes: number;
  limit: number;
  /** [path, bytes], largest first. */
  files: [string, number][];
}

const MEASURE = path.resolve(__dirname, '../../scripts/lib/measure-package.js');

/** "build npm" + the offline upload compile, in a child process (miniprogram-ci leaves handles open). */
function measurePackage(): Promise<PackageFigures> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [MEASURE], { timeout: 110_000, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`measure-package failed: ${error.message}\n${stderr.slice(-2000)}`));
      else resolve(JSON.parse(stdout) as PackageFigures);
    });
  });
}

// A size assertion, not a timing one: the generous timeout only bounds a slow machine.
it(`keeps the upload package under ${BUDGET.packageBytes / 1024} KiB (and WeChat's 2 MiB)`, async () => {
  const pkg = await measurePackage();
  const names = pkg.files.map(([file]) => file);
  // A real package: the app itself and the packed vant components (so "build npm" did run).
  expect(names).toEqual(expect.arrayContaining(['app.json', expect.stringMatching(/^miniprogram_npm\/@vant\/weapp\//)]));
  // The QR encoder the poster requires by bare name, packed where WeChat resolves it.
  expect(names).toContain('miniprogram_npm/qrcode-generator/index.js');
  expect(pkg.files.reduce((sum, [, bytes]) => sum + bytes, 0)).toBe(pkg.bytes);
  expect(pkg.bytes).toBeLessThan(pkg.limit);
  expect(pkg.bytes).toBeLessThan(BUDGET.packageBytes);
}, 120_000);
