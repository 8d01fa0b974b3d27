import { renderPage } from '../helpers/simulate';

describe('home page', () => {
  it('shows the title and the four account types', async () => {
    const home = await renderPage('pages/home/home');
    const text = home.text();
    expect(text).toContain('微信账号选型指南');
    for (const name of ['服务号', '订阅号', '企业微信', '小程序']) expect(text).toContain(name);
    expect(home.$$('.type-cell')).toHaveLength(4);
    home.detach();
  });
});
