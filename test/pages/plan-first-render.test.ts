import * as fs from 'fs';
import * as path from 'path';
import { ACCOUNT_TYPE_IDS } from '../../miniprogram/domain/account-types';
import { encodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { PERSONAS } from '../domain/personas';
import { renderPage, ROOT } from '../helpers/simulate';
import { installWxMock } from '../helpers/wx-mock';

/**
 * The plan's cold start leaves out fact-item (scripts/lib/cold-start.js AFTER_FIRST_RENDER): WeChat renders the page
 * before that subpackage is there. That holds only while the first render shows no fact-item, whatever the plan.
 */
beforeEach(() => {
  installWxMock();
});

const queries: [string, Record<string, string>][] = [
  ...Object.entries(PERSONAS).map(([id, answers]): [string, Record<string, string>] => [
    id,
    { a: encodeAnswers(answers), own: '1' },
  ]),
  ...Object.entries(PERSONAS).map(([id, answers]): [string, Record<string, string>] => [
    `${id}, a friend's`,
    { a: encodeAnswers(answers) },
  ]),
  ...ACCOUNT_TYPE_IDS.map((type): [string, Record<string, string>] => [`the ${type} plan`, { type }]),
];

it('shows no fact-item on any first render; opening the companions shows theirs, tried on plans that have them', async () => {
  const withCompanions: string[] = [];
  for (const [id, query] of queries) {
    const page = await renderPage('pages/plan/plan', query);
    // The page's one fact-item is its companions' (class companion in plan.wxml).
    expect([id, page.$$('.companion').length]).toEqual([id, 0]);
    if (page.$('.companions .group-head')) {
      await page.tap('.companions .group-head');
      expect([id, page.$$('.companion').length > 0]).toEqual([id, true]);
      withCompanions.push(id);
    }
    page.detach();
  }
  expect(withCompanions.length).toBeGreaterThan(3);
});

it("has one fact-item in plan.wxml, the companions', so another use must be looked at here first", () => {
  const wxml = fs.readFileSync(path.join(ROOT, 'pages/plan/plan.wxml'), 'utf8');
  expect(wxml.match(/<fact-item\b/g)).toHaveLength(1);
  expect(wxml).toMatch(/<fact-item\s+wx:if="\{\{companionsOpen\}\}"/);
});
