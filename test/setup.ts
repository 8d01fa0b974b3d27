import * as fc from 'fast-check';
import { installWxMock } from './helpers/wx-mock';
import { addAllEnglish } from '../scripts/lib/all-english';
import { addAllRows } from '../scripts/lib/all-rows';

// Installed before miniprogram-simulate loads, so its stubs never replace ours; each test file starts clean.
installWxMock();

// Property tests draw from a fixed seed, so a run never passes or fails by the clock. FC_SEED=<n> explores
// other inputs; a counterexample it finds goes into the test as a pinned example.
fc.configureGlobal({ seed: Number(process.env.FC_SEED) || 20261202 });

// Tests that call the domain directly read the facts and the reasons as an English reader does once their English
// is there (platform/subpackages.ts loadLibrary and loadResult add it); test/domain/english-catalogs.test.ts and
// test/pages/english-wait.test.ts read them without it.
addAllEnglish();
addAllRows();
