/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as net from 'net';
import { FakeWeChatApi, json, PNG_SIGNATURE } from './fake-wechat-api';
import { runScript } from './run-script';

const SECRET = 'fake-secret-0123456789abcdef';
let api: FakeWeChatApi;
let base: string;
let outDir: string;

beforeEach(async () => {
  api = new FakeWeChatApi();
  base = await api.start();
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qrcode-test-'));
});
afterEach(async () => {
  await api.stop();
  fs.rmSync(outDir, { recursive: true, force: true });
});

const env = (): Record<string, string> => ({
  MP_APPID: 'wx0000000000000000',
  MP_APP_SECRET: SECRET,
  MP_API_BASE: base,
});
const qrcode = (args: string[], extraEnv: Record<string, string> = env()) => runScript('qrcode.js', args, extraEnv);

describe('npm run qrcode against an imitation of the WeChat API', () => {
  it('gets a token, asks for the code and writes the PNG it returns', async () => {
    const out = path.join(outDir, 'code.png');
    const r = await qrcode([
      '--scene',
      't=service',
      '--page',
      'pages/result/result',
      '--out',
      out,
      '--width',
      '280',
      '--env',
      'trial',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 8)).toEqual(PNG_SIGNATURE);

    expect(api.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
      'GET /cgi-bin/token',
      'POST /wxa/getwxacodeunlimit',
    ]);
    const [token, code] = api.requests;
    expect(token.query.get('grant_type')).toBe('client_credential');
    expect(token.query.get('appid')).toBe('wx0000000000000000');
    expect(token.query.get('secret')).toBe(SECRET);
    expect(code.query.get('access_token')).toBe('ACCESS_TOKEN_FROM_FAKE');
    expect(JSON.parse(code.body)).toEqual({
      scene: 't=service',
      page: 'pages/result/result',
      width: 280,
      check_path: false,
      env_version: 'trial',
    });
    expect(r.stdout).not.toContain(SECRET);
  });

  it('defaults to the home page, width 430 and a file under artifacts/ named after the scene', async () => {
    const r = await qrcode(['--scene', 'zz-test-default']);
    const written = path.join(__dirname, '../../artifacts/qrcode-zz-test-default.png');
    try {
      expect(r.code).toBe(0);
      expect(JSON.parse(api.requests[1].body)).toEqual({
        scene: 'zz-test-default',
        page: 'pages/home/home',
        width: 430,
        check_path: false,
      });
      expect(fs.readFileSync(written).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    } finally {
      fs.rmSync(written, { force: true });
    }
  });

  it.each([
    ['a space', 'a b'],
    ['a Chinese character', '服务号'],
    ['33 characters', 'x'.repeat(33)],
    ['nothing', ''],
  ])('rejects a scene with %s before any request', async (_label, scene) => {
    const r = await qrcode(['--scene', scene, '--out', path.join(outDir, 'x.png')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('is not valid');
    expect(r.stderr).toContain('32 characters');
    expect(api.requests).toHaveLength(0);
    expect(fs.existsSync(path.join(outDir, 'x.png'))).toBe(false);
  });

  it('rejects a page that is not in app.json before any request', async () => {
    const r = await qrcode(['--scene', 'a=1', '--page', 'pages/nope/nope']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('"pages/nope/nope" is not in miniprogram/app.json');
    expect(api.requests).toHaveLength(0);
  });

  it('names MP_APP_SECRET when it is missing, before any request', async () => {
    const r = await qrcode(['--scene', 'a=1'], { MP_APPID: 'wx0000000000000000', MP_API_BASE: base });
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim()).toMatch(/^MP_APP_SECRET is not set: .*mp\.weixin\.qq\.com.*\.$/);
    expect(api.requests).toHaveLength(0);
  });

  it.each([
    ['token', 40001, 'invalid credential, access_token is invalid or not latest', /bad secret/],
    ['token', 40125, 'invalid appsecret', /bad secret/],
    ['token', 40013, 'invalid appid', /does not know this AppID/],
    ['token', 45009, 'reach max api daily quota limit', /rate limiting/],
    ['code', 45011, 'api minute-quota reach limit mustslower retry next minute', /rate limiting/],
    ['code', 41030, 'invalid page', /rejected page "pages\/home\/home" \(invalid page/],
    ['code', 40169, 'invalid length for scene, or the data is not json string', /rejected scene "a=1" \(invalid scene/],
    ['code', 40097, 'invalid args', /invalid args/],
    ['code', 99999, 'something new', /WeChat returned an error \(errcode 99999: something new\)/],
  ])('explains a %s endpoint error %i clearly', async (endpoint, errcode, errmsg, expected) => {
    const reply = json({ errcode, errmsg });
    if (endpoint === 'token') api.token = reply;
    else api.code = reply;
    const out = path.join(outDir, 'x.png');
    const r = await qrcode(['--scene', 'a=1', '--out', out]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(expected);
    expect(r.stderr).toContain(`errcode ${errcode}`);
    expect(r.stderr + r.stdout).not.toContain(SECRET);
    expect(r.stderr + r.stdout).not.toContain('ACCESS_TOKEN_FROM_FAKE');
    expect(fs.existsSync(out)).toBe(false);
    expect(api.requests).toHaveLength(endpoint === 'token' ? 1 : 2);
  });

  it('says so when the code endpoint answers with neither an image nor JSON', async () => {
    api.code = { status: 502, contentType: 'text/html', body: '<html>bad gateway</html>' };
    const r = await qrcode(['--scene', 'a=1', '--out', path.join(outDir, 'x.png')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('unexpected reply from the code endpoint (HTTP 502');
  });

  it('reports a network failure when nothing listens at MP_API_BASE', async () => {
    // A port that was free a moment ago: bound, read, released.
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const r = await qrcode(['--scene', 'a=1'], { ...env(), MP_API_BASE: `http://127.0.0.1:${port}` });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`could not reach http://127.0.0.1:${port} (network failure: ECONNREFUSED)`);
    expect(r.stderr).not.toContain(SECRET);
  });
});
