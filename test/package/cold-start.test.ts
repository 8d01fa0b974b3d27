/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as path from 'path';
import { APP_PAGES, waitForOf } from '../helpers/app-pages';

const MP = path.resolve(__dirname, '../../miniprogram');

// Plain JS run by the build and the bench; its shape is declared here.
const {
  measureColdStart,
  coldStartFailures,
  coldStartEntries,
  componentPackages,
  AFTER_FIRST_RENDER,
  AWAITS,
  LOADERS,
} =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../scripts/lib/cold-start') as {
    coldStartEntries: () => { id: string; page: string; awaits: string[] }[];
    measureColdStart: (
      sizes: Record<string, number>,
      appJson: object,
      entries?: { id: string; how: string; page: string; awaits?: string[] }[],
    ) => Measured;
    coldStartFailures: (measured: Measured, budget: { entryBytes: number; packageBytes: number }) => string[];
    componentPackages: (page: string) => string[];
    AFTER_FIRST_RENDER: Record<string, string[]>;
    AWAITS: Record<string, string[]>;
    LOADERS: Record<string, string[]>;
  };

interface Measured {
  packages: { name: string; bytes: number; files: number }[];
  entries: { id: string; package: string | null; bytes: number }[];
  total: number;
}

const APP = {
  pages: ['pages/home/home'],
  subPackages: [
    { root: 'pkg-result', pages: ['pages/result/result'] },
    { root: 'pkg-solo/', pages: ['pages/s/s'], independent: true },
    { root: 'lib', pages: [] },
  ],
};
const SIZES = {
  'app.js': 100,
  'pages/home/home.js': 900,
  'pkg-result/pages/result/result.js': 500,
  'pkg-result/domain/rules.js': 1500,
  'pkg-solo/pages/s/s.js': 300,
  'lib/facts.js': 4000,
};
const ENTRIES = [
  { id: 'home', how: 'a scan', page: 'pages/home/home' },
  { id: 'result', how: 'a shared result', page: 'pkg-result/pages/result/result' },
  { id: 'solo', how: 'an independent page', page: 'pkg-solo/pages/s/s' },
  { id: 'facts', how: 'a page that waits for the library', page: 'pkg-result/pages/result/result', awaits: ['lib'] },
];

describe('the cold start of an entry', () => {
  const measured = measureColdStart(SIZES, APP, ENTRIES);

  it('counts each file in the package whose root holds it', () => {
    expect(measured.packages.map((p) => [p.name, p.bytes, p.files])).toEqual([
      ['main', 1000, 2],
      ['pkg-result', 2000, 2],
      ['pkg-solo', 300, 1],
      ['lib', 4000, 1],
    ]);
    expect(measured.total).toBe(7300);
  });

  it('is the main package plus the page subpackage, or an independent subpackage alone', () => {
    expect(measured.entries.map((e) => [e.id, e.package, e.bytes])).toEqual([
      ['home', 'main', 1000],
      ['result', 'pkg-result', 3000],
      ['solo', 'pkg-solo', 300],
      ['facts', 'pkg-result', 7000],
    ]);
  });

  it('fails each entry over the budget, an unlisted page and a total over its budget', () => {
    expect(coldStartFailures(measured, { entryBytes: 7000, packageBytes: 8000 })).toEqual([]);
    const odd = [
      { id: 'x', how: '', page: 'gone' },
      { id: 'y', how: '', page: 'pages/home/home', awaits: ['nowhere'] },
    ];
    const failures = coldStartFailures(measureColdStart(SIZES, APP, [...ENTRIES.slice(0, 3), ...odd]), {
      entryBytes: 2999,
      packageBytes: 3000,
    });
    expect(failures).toEqual([
      expect.stringMatching(/^entry result \(pkg-result\/pages\/result\/result\) downloads 2\.9 KiB .*entryBytes/),
      'entry x opens gone, which app.json does not list',
      'entry y waits for nowhere, which app.json does not declare',
      expect.stringMatching(/^the upload is over its 2\.9 KiB budget/),
    ]);
  });
});

describe('the pages that wait for a subpackage', () => {
  it('are the ones the cold start counts their subpackages for', () => {
    const waiting = APP_PAGES.filter((page) => waitForOf(page) !== undefined);
    expect(waiting.sort()).toEqual(Object.keys(AWAITS).sort());
    for (const page of waiting) expect(AWAITS[page]).toEqual(LOADERS[waitForOf(page) ?? '']);
  });
});

describe("an English reader's entries", () => {
  it("wait for the English of the app's strings and of the rows, and the quiz for the questions'; the library's, the engine's and a result's questions' show as they come", () => {
    const entries = Object.fromEntries(coldStartEntries().map((e) => [e.id, e.awaits]));
    expect(entries).toEqual({
      home: [],
      'home-en': ['domain/app-en'],
      // A result waits for the engine and its views; a plan for the engine only.
      result: ['domain/recommendation', 'domain/result-views'],
      'result-en': ['domain/recommendation', 'domain/result-views', 'domain/app-en'],
      type: ['domain/library', 'domain/guide-views', 'components/fact-item'],
      'type-en': ['domain/library', 'domain/guide-views', 'components/fact-item', 'domain/app-en'],
      // A plan reads its steps, never the facts (domain/facts) nor the other pages' views (domain/guide-views); its
      // companions' fact-item comes after it renders.
      // A plan renders before its steps; an English reader's waits for the English of its own words (plan-en).
      plan: ['domain/recommendation', 'domain/library'],
      'plan-en': ['domain/recommendation', 'domain/library', 'domain/app-en', 'domain/plan-en'],
      quiz: [],
      'quiz-en': ['domain/app-en', 'domain/quiz-en'],
    });
  });
});

describe('the components a page takes from a subpackage', () => {
  it('download in its cold start: the fact rows on the pages that show them first, nothing on home, a result or a plan', () => {
    const using = Object.fromEntries(APP_PAGES.map((page) => [page, componentPackages(page)]));
    expect(using).toEqual({
      'pages/home/home': [],
      'pages/account/account': ['components/fact-item'],
      'pages/compare/compare': [],
      'pages/quiz/quiz': [],
      'pages/result/result': [],
      'pages/about/about': ['components/fact-item'],
      'pages/plan/plan': [],
      'pages/overseas/overseas': ['components/fact-item'],
    });
  });
});

describe('components left out of a cold start', () => {
  it('are ones the page takes from a subpackage behind a placeholder, so WeChat renders the page without them', () => {
    for (const [page, tags] of Object.entries(AFTER_FIRST_RENDER)) {
      const json = JSON.parse(fs.readFileSync(path.join(MP, `${page}.json`), 'utf8'));
      for (const tag of tags) {
        expect([page, tag, String(json.usingComponents[tag]).startsWith('/components/')]).toEqual([page, tag, true]);
        expect([page, tag, json.componentPlaceholder?.[tag]]).toEqual([page, tag, 'view']);
      }
    }
    expect(AFTER_FIRST_RENDER).toEqual({ 'pages/plan/plan': ['fact-item'] });
  });
});
