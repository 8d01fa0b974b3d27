import * as fc from 'fast-check';
import { renderPage } from '../helpers/simulate';
import { installWxMock } from '../helpers/wx-mock';
import { APP_PAGES } from '../helpers/app-pages';

const PAGES = APP_PAGES;

/** The keys pages read, filled with anything a tampered link or a broken QR scene could carry. */
const oddQuery = fc.dictionary(
  fc.constantFrom('scene', 'q', 'type', 'a', 'types', 'diff', 'restart', 'own'),
  fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom(
      '%',
      '%E0%A4%A',
      'r=%ZZ',
      't=__proto__',
      'r=',
      'constructor',
      '1'.repeat(500),
      'https%3A%2F%2F',
      'x'.repeat(100 * 1024),
      // Share codes of every version, whole, tampered and of versions that do not exist (yet).
      '10Ow4e',
      '10nwpI',
      '2BJ6jy',
      '20000b',
      '2BJ6jz',
      '3BJ6jy',
      'r=10OwC6',
      'r=2BJ6jy',
      'r=10000U',
      'https%3A%2F%2Fexample.com%2Fwxqr%2Fr%2F10Ow4e',
    ),
  ),
);

describe.each(PAGES)('%s with an odd query', (page) => {
  beforeEach(() => {
    installWxMock();
  });

  it('renders a page with text and never throws', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await fc.assert(
      fc.asyncProperty(oddQuery, async (query) => {
        const rendered = await renderPage(page, query as Record<string, string>);
        expect(rendered.text().length).toBeGreaterThan(0);
        rendered.detach();
      }),
      // Queries that once rendered an empty page (a link handed over to another page showed nothing).
      {
        numRuns: 12,
        examples: [[{ scene: 'r=2BJ6jy' }], [{ scene: 't=service' }], [{ type: 'service', a: '2BJ6jy' }]],
      },
    );
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  }, 60000);
});
