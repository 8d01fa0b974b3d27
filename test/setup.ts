import * as fc from 'fast-check';
import { installWxMock } from './helpers/wx-mock';
import { FACTS_EN } from '../miniprogram/domain/facts-en/facts-en';
import { addEnglish } from '../miniprogram/domain/text';

// Installed before miniprogram-simulate loads, so its stubs never replace ours; each test file starts clean.
installWxMock();

// Property tests draw from a fixed seed, so a run never passes or fails by the clock. FC_SEED=<n> explores
// other inputs; a counterexample it finds goes into the test as a pinned example.
fc.configureGlobal({ seed: Number(process.env.FC_SEED) || 20261202 });

// Tests that call the domain directly read the fact tables as an English reader does once their English is there
// (platform/subpackages.ts loadLibrary adds it). A rendered page loads its modules afresh (test/helpers/simulate.ts)
// and gets the English the way the app does; test/domain/facts-en.test.ts reads the tables without it.
addEnglish(FACTS_EN);
