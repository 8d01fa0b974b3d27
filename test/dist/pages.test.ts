import * as path from 'path';
import { t } from '../helpers/strings';
import { planNoticeData } from '../../miniprogram/domain/library/plan/plan-view';
import { QUESTIONS } from '../../miniprogram/domain/quiz/questionnaire';
import { readable, renderPageAt, ROOT } from '../helpers/simulate';
import { appPagesAt } from '../helpers/app-pages';

/**
 * What ships: every page of the built upload package (dist/, written by npm run build), rendered from the
 * compiled files. Their requires resolve by WeChat's rule (test/wechat-resolver.js), so a page whose module
 * graph needs a file the upload compile dropped fails here, as it would on a phone.
 */
const DIST = path.resolve(__dirname, '../../dist');
const PAGES = appPagesAt(DIST);

it('has pages to render', () => {
  expect(PAGES.length).toBeGreaterThan(0);
});

it('loads app.js', () => {
  const g = globalThis as Record<string, unknown>;
  const app = jest.fn();
  g.App = app;
  try {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(path.join(DIST, 'app.js'));
    });
  } finally {
    delete g.App;
  }
  expect(app).toHaveBeenCalledTimes(1);
});

/** The headline each page opens with (no query, nothing saved, Chinese), as the domain words it. */
const HEADLINES: Record<string, string> = {
  'pages/home/home': t('home.headline', 'zh'),
  'pages/account/account': t('account.allTypes', 'zh'),
  'pages/compare/compare': t('compare.listAll', 'zh'),
  'pages/quiz/quiz': QUESTIONS[0].title.zh,
  'pages/result/result': t('result.empty', 'zh'),
  'pages/about/about': t('about.title', 'zh'),
  'pages/plan/plan': planNoticeData('none', 'zh').ui.message,
  'pages/overseas/overseas': t('overseas.title', 'zh'),
};

it('names a headline for every page', () => {
  expect(Object.keys(HEADLINES).sort()).toEqual([...PAGES].sort());
});

it.each(PAGES)('renders %s with its headline, reading as the sources do', async (page) => {
  const rendered = await renderPageAt(DIST, page);
  const source = await renderPageAt(ROOT, page);
  try {
    expect(rendered.text()).toContain(HEADLINES[page]);
    expect(readable(rendered.comp.dom)).toBe(readable(source.comp.dom));
  } finally {
    rendered.detach();
    source.detach();
  }
});
