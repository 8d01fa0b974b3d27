/**
 * @jest-environment node
 */
import { runScript } from './run-script';

describe('npm run test:devtools', () => {
  it('skips with one line and exit 0 when WECHAT_DEVTOOLS_CLI is not set', async () => {
    const r = await runScript('devtools-journeys.js', []);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('WECHAT_DEVTOOLS_CLI is not set: skipping the DevTools journeys (no pass claimed)\n');
    expect(r.stderr).toBe('');
  });

  it('fails clearly when WECHAT_DEVTOOLS_CLI points nowhere, without launching anything', async () => {
    const r = await runScript('devtools-journeys.js', [], { WECHAT_DEVTOOLS_CLI: '/nonexistent/wechat/cli' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('WECHAT_DEVTOOLS_CLI is /nonexistent/wechat/cli, which does not exist');
  });
});
