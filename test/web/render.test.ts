import { resultLoadData } from '../../miniprogram/domain/result-views/result-view';
import { recommend } from '../../miniprogram/domain/recommendation/recommender';
import { PERSONAS } from '../domain/personas';
import { encodeAnswers } from '../../miniprogram/domain/links/share-codec';
import { WebConfig, webPage } from '../../web/page-model';
import { render } from '../../web/render';

const CONFIG: WebConfig = { base: 'https://example.com/wxqr/', appid: 'wx0123456789abcdef', envVersion: 'release' };
const text = (sel: string): string => (document.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the web page in the DOM', () => {
  it('a result: the setup, the score, the open-in-WeChat button; the button sets the scheme from the page', () => {
    const answers = PERSONAS.P2;
    const page = webPage(CONFIG, `/wxqr/r/${encodeAnswers(answers)}`, 'zh');
    const onOpen = jest.fn();
    const onSwitch = jest.fn();
    render(document.body, page, { onOpen, onSwitch });
    const mp = resultLoadData(recommend(answers), answers, 'zh', true);
    expect(text('#setup-headline')).toBe(mp.view.setup.headline.replace(/\s+/g, ' '));
    expect(text('#top .score')).toBe(`${mp.payload.ui.fit} ${mp.view.top?.score}/100`);
    const button = document.querySelector('#open-in-wechat') as HTMLAnchorElement;
    expect(button.getAttribute('href')).toBe(page.open.scheme);
    button.click();
    expect(onOpen).toHaveBeenCalledWith(page.open.scheme);
    (document.querySelector('#lang-switch') as HTMLButtonElement).click();
    expect(onSwitch).toHaveBeenCalledTimes(1);
    expect(document.title).toBe(page.title);
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('without a scheme there is no button, only the note', () => {
    const page = webPage({ ...CONFIG, appid: null }, '/wxqr/t/service', 'en');
    render(document.body, page, { onOpen: jest.fn(), onSwitch: jest.fn() });
    expect(document.querySelector('#open-in-wechat')).toBeNull();
    expect(text('#open-note')).toBe(page.open.note);
    expect(document.documentElement.lang).toBe('en');
  });

  it('a damaged link shows the notice as an alert, and links to the four types', () => {
    render(document.body, webPage(CONFIG, '/wxqr/r/10uiKX', 'zh'), { onOpen: jest.fn(), onSwitch: jest.fn() });
    expect(document.querySelector('#notice')?.getAttribute('role')).toBe('alert');
    expect([...document.querySelectorAll('a.card')].map((a) => a.getAttribute('href'))).toEqual([
      '/wxqr/t/service',
      '/wxqr/t/subscription',
      '/wxqr/t/enterprise',
      '/wxqr/t/miniprogram',
    ]);
  });
});
