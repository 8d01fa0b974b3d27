import * as fs from 'fs';
import * as path from 'path';
import { renderPageAt } from '../helpers/simulate';

/**
 * What ships: every page of the built upload package (dist/, written by npm run build), rendered from the
 * compiled files. Their requires resolve by WeChat's rule (test/wechat-resolver.js), so a page whose module
 * graph needs a file the upload compile dropped fails here, as it would on a phone.
 */
const DIST = path.resolve(__dirname, '../../dist');
const appJson = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8')) as { pages: string[] };

it('has pages to render', () => {
  expect(appJson.pages.length).toBeGreaterThan(0);
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

it.each(appJson.pages)('renders %s with text', async (page) => {
  const rendered = await renderPageAt(DIST, page);
  try {
    expect(rendered.text().length).toBeGreaterThan(10);
  } finally {
    rendered.detach();
  }
});
