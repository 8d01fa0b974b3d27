/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// scripts/build-web.js is CommonJS; jest loads it as it is.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildWeb, WebBuildError } = require('../../scripts/build-web') as {
  buildWeb: (o: { env: Record<string, string>; outDir: string; verifyDir?: string }) => Promise<{
    base: string;
    appid: string | null;
    verify: string[];
    bytes: number;
    gzip: number;
    pages: string[];
  }>;
  WebBuildError: new (m: string) => Error;
};

const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'build-web-'));
const BASE = 'https://example.com/wxqr/';

describe('npm run build:web', () => {
  it.each([
    [{ QR_LINK_BASE: 'not a link' }, /QR_LINK_BASE is "not a link", not a usable link/],
    [{ QR_LINK_BASE: 'http://example.com/wxqr/' }, /QR_LINK_BASE is "http:\/\/example.com\/wxqr\/", not a usable link/],
    [{ QR_LINK_BASE: 'https://example.com/wxqr' }, /an https URL ending in '\/'/],
    [{ QR_LINK_BASE: BASE, MP_APPID: 'wx123' }, /is not a mini program AppID/],
    [
      { QR_LINK_BASE: BASE, SCHEME_ENV_VERSION: 'beta' },
      /SCHEME_ENV_VERSION is "beta": use one of release, trial, develop/,
    ],
  ])('fails with one clear sentence: %j', async (env, message) => {
    const out = tmp();
    const err = await buildWeb({ env, outDir: out }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(WebBuildError);
    expect((err as Error).message).toMatch(message);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('writes one self-contained page as index.html and 404.html, and copies the verification files', async () => {
    const out = tmp();
    const verify = tmp();
    fs.writeFileSync(path.join(verify, 'abc123.txt'), 'token');
    fs.writeFileSync(path.join(verify, 'README.md'), 'not copied');
    const r = await buildWeb({
      env: { QR_LINK_BASE: BASE, MP_APPID: 'wx0123456789abcdef' },
      outDir: out,
      verifyDir: verify,
    });
    expect(fs.readdirSync(out).sort()).toEqual(['404.html', 'abc123.txt', 'index.html']);
    expect(r.verify).toEqual(['abc123.txt']);
    expect(fs.readFileSync(path.join(out, 'abc123.txt'), 'utf8')).toBe('token');
    const page = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(fs.readFileSync(path.join(out, '404.html'), 'utf8')).toBe(page);
    // Nothing to fetch: no script, stylesheet or image by address (relative or absolute), only inline code.
    expect(page).not.toMatch(/<(script|img|iframe)[^>]*\ssrc=/i);
    expect(page).not.toMatch(/<link[^>]*\shref=["'](?!data:)/i);
    expect(page).toContain(JSON.stringify(BASE).slice(1, -1));
    expect(page).toContain('wx0123456789abcdef');
    expect(r.bytes).toBe(Buffer.byteLength(page));
    expect(r.gzip).toBeLessThan(r.bytes);
  });

  it("the appid is MP_APPID's, else project.config.json's, never the placeholder", async () => {
    const out = tmp();
    const r = await buildWeb({ env: { QR_LINK_BASE: BASE, MP_APPID: 'touristappid' }, outDir: out });
    const config = JSON.parse(fs.readFileSync(path.join(__dirname, '../../project.config.json'), 'utf8'));
    expect(r.appid).toBe(config.appid === 'touristappid' ? null : config.appid);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toContain(`appid:${JSON.stringify(r.appid)}`);
  });
});
