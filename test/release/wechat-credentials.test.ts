/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runScript } from './run-script';

// A key-shaped file whose body must never be echoed.
const KEY_BODY = 'MIICXAIBAAKBgQDsecretkeybodythatmustneverbeprinted0123456789';
let keyDir: string;
let keyPath: string;

beforeAll(() => {
  keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-test-key-'));
  keyPath = path.join(keyDir, 'private.wx0000000000000000.key');
  fs.writeFileSync(keyPath, `-----BEGIN RSA PRIVATE KEY-----\n${KEY_BODY}\n-----END RSA PRIVATE KEY-----\n`);
});
afterAll(() => fs.rmSync(keyDir, { recursive: true, force: true }));

/** One sentence on one line: what the issue asks of a missing-credential message. */
function expectOneSentence(stderr: string): void {
  const line = stderr.trim();
  expect(line).not.toContain('\n');
  expect(line).toMatch(/\.$/);
}

describe.each(['wechat-preview.js', 'wechat-upload.js'])('%s credential checks', (script) => {
  it('names both variables and where to get them when nothing is set', async () => {
    const r = await runScript(script, []);
    expect(r.code).not.toBe(0);
    expectOneSentence(r.stderr);
    expect(r.stderr).toContain('MP_APPID');
    expect(r.stderr).toContain('MP_PRIVATE_KEY_PATH');
    expect(r.stderr).toContain('mp.weixin.qq.com');
    expect(r.stderr).toContain('开发管理 > 开发设置 > 小程序代码上传密钥');
    expect(r.stderr).toContain('IP whitelist');
  });

  it('treats the committed placeholder appid as missing', async () => {
    const r = await runScript(script, [], { MP_APPID: 'touristappid', MP_PRIVATE_KEY_PATH: keyPath });
    expect(r.code).not.toBe(0);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(/^MP_APPID is not set/);
  });

  it('never prints the key when the key path is given but the appid is missing', async () => {
    const r = await runScript(script, [], { MP_PRIVATE_KEY_PATH: keyPath });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^MP_APPID is not set/);
    expect(r.stderr + r.stdout).not.toContain(KEY_BODY);
    expect(r.stderr + r.stdout).not.toContain('PRIVATE KEY');
  });

  it('names MP_PRIVATE_KEY_PATH, the upload key and the IP whitelist when only the appid is set', async () => {
    const r = await runScript(script, [], { MP_APPID: 'wx0000000000000000' });
    expect(r.code).not.toBe(0);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(/^MP_PRIVATE_KEY_PATH is not set/);
    expect(r.stderr).toContain('小程序代码上传密钥');
    expect(r.stderr).toContain('IP whitelist');
  });

  it('says the key path is unreadable rather than trying to upload', async () => {
    const missing = path.join(keyDir, 'nope.key');
    const r = await runScript(script, [], { MP_APPID: 'wx0000000000000000', MP_PRIVATE_KEY_PATH: missing });
    expect(r.code).not.toBe(0);
    expectOneSentence(r.stderr);
    expect(r.stderr).toContain(`MP_PRIVATE_KEY_PATH points to ${missing}, which is not a readable file`);
    expect(r.stdout).toBe('');
  });

  it('rejects a flag without its value before looking at credentials', async () => {
    const r = await runScript(script, ['--version']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--version needs a value');
  });
});
