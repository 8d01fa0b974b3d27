import { encodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { PERSONAS } from '../domain/personas';
import { readable, renderPage } from '../helpers/simulate';
import { installWxMock } from '../helpers/wx-mock';

/**
 * Reviewed snapshots of what each CONTENT.md persona reads on the result page: the setup (its headline, parts,
 * goals out of reach and licences), the main part's score, the
 * reasons in order, the blockers and cautions, the runner-up and why not the others. A change to a rule, a weight
 * or a text shows up here as a diff that someone must read and approve (`jest -u`), never silently.
 */
beforeEach(() => {
  installWxMock();
});

describe.each(Object.keys(PERSONAS))('persona %s on the result page', (persona) => {
  it.each(['zh', 'en'] as const)('%s: what the reader sees', async (lang) => {
    const mock = installWxMock();
    mock.storage.set('lang.v1', lang);
    const page = await renderPage('pages/result/result', { a: encodeAnswers(PERSONAS[persona]), own: '1' });
    const section = (selector: string) => page.$$(selector).map((el) => readable(el.dom));
    expect({
      setup: readable(page.$('#setup')?.dom),
      top: readable(page.$('#top')?.dom),
      noGoodFit: section('.no-fit'),
      notes: section('.notes .line'),
      blockers: section('.blocker'),
      cautions: section('.caution'),
      runnerUp: readable(page.$('#runner-up')?.dom),
      others: section('.other'),
      combinations: section('.combinations .line'),
      companions: section('.companion'),
      nextSteps: section('.next-steps .step'),
    }).toMatchSnapshot();
    page.detach();
  });
});
