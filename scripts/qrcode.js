#!/usr/bin/env node
'use strict';
// npm run qrcode -- --scene <code> [--page pages/home/home] [--out file.png] [--width 430] [--env release|trial|develop]
// An unlimited mini program code (wxacode.getUnlimited) for a scene value, written to an image file.
// The scene is checked with the app's own rule (miniprogram/domain/links/scene.ts) before any request.
// Needs MP_APPID (or a real appid in project.config.json) and MP_APP_SECRET; MP_API_BASE points elsewhere
// than https://api.weixin.qq.com (the tests use a local imitation).
const fs = require('fs');
const path = require('path');
const { loadTs } = require('./lib/load-ts');
const { allPages } = require('./lib/wechat-resolve');
const { ROOT, CONSOLE, checkApiCredentials, redact, fail, parseFlags } = require('./lib/credentials');

const DEFAULT_BASE = 'https://api.weixin.qq.com';
const DEFAULT_PAGE = 'pages/home/home';
const DEFAULT_WIDTH = 430;
const ENV_VERSIONS = ['release', 'trial', 'develop'];
const REQUEST_TIMEOUT_MS = 15000;

const scene = loadTs(path.join(ROOT, 'miniprogram/domain/links/scene.ts'));

function appPages() {
  return allPages(JSON.parse(fs.readFileSync(path.join(ROOT, 'miniprogram/app.json'), 'utf8')));
}

function readOptions(argv) {
  const parsed = parseFlags(argv, ['scene', 'page', 'out', 'width', 'env']);
  if (parsed.error) fail(`qrcode: ${parsed.error}.`);
  const f = parsed.flags;
  if (f.scene === undefined) fail('qrcode: --scene is required, e.g. npm run qrcode -- --scene t=service.');
  if (!scene.isValidSceneString(f.scene)) {
    fail(
      `qrcode: scene "${f.scene}" is not valid: WeChat allows 1 to ${scene.SCENE_MAX_LENGTH} characters from digits, letters and !#$&'()*+,/:;=?@-._~ (encode anything else first).`,
    );
  }
  const page = (f.page || DEFAULT_PAGE).replace(/^\/+/, '');
  const pages = appPages();
  if (!pages.includes(page))
    fail(`qrcode: page "${page}" is not in miniprogram/app.json (pages: ${pages.join(', ')}).`);
  const width = f.width === undefined ? DEFAULT_WIDTH : Number(f.width);
  if (!Number.isInteger(width) || width <= 0)
    fail(`qrcode: --width must be a whole number of pixels, not "${f.width}".`);
  if (f.env !== undefined && !ENV_VERSIONS.includes(f.env))
    fail(`qrcode: --env must be one of ${ENV_VERSIONS.join(', ')}, not "${f.env}".`);
  return { scene: f.scene, page, width, envVersion: f.env, out: f.out };
}

/** One sentence for a WeChat {errcode, errmsg} reply. */
function explainError(reply, opts) {
  const code = Number(reply.errcode);
  const said = `errcode ${code}: ${reply.errmsg || 'no message'}`;
  const msg = String(reply.errmsg || '');
  if (code === 40001 || code === 40125 || /invalid appsecret/i.test(msg)) {
    return `WeChat rejected the AppSecret (bad secret, ${said}): check MP_APP_SECRET against ${CONSOLE} > AppSecret, or reset it there.`;
  }
  if (code === 40013 || /invalid appid/i.test(msg))
    return `WeChat does not know this AppID (${said}): check MP_APPID against ${CONSOLE}.`;
  if (code === 40164 || /not in whitelist/i.test(msg))
    return `WeChat refused this machine's IP (${said}): add it to the IP whitelist in ${CONSOLE}.`;
  if (code === 45009 || code === 45011)
    return `WeChat is rate limiting this AppID (${said}): wait and try again later.`;
  if (code === 41030)
    return `WeChat rejected page "${opts.page}" (invalid page, ${said}): it must be a page of the mini program, without a leading slash.`;
  if (code === 40169 || /invalid scene/i.test(msg))
    return `WeChat rejected scene "${opts.scene}" (invalid scene, ${said}).`;
  if (code === 40097) return `WeChat rejected the arguments (invalid args, ${said}): check --width, --page and --env.`;
  return `WeChat returned an error (${said}).`;
}

async function request(url, init, base) {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  } catch (err) {
    const cause =
      (err && err.cause && (err.cause.code || err.cause.message)) ||
      (err && err.name === 'TimeoutError' ? 'timed out' : String(err && err.message));
    throw new Error(`qrcode: could not reach ${base} (network failure: ${cause}): check the network, or MP_API_BASE.`);
  }
}

async function readJson(res, what) {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(
      `qrcode: unexpected reply from the ${what} endpoint (HTTP ${res.status}, ${res.headers.get('content-type') || 'no content type'}).`,
    );
  }
}

async function accessToken(base, appid, secret, opts) {
  const url = `${base}/cgi-bin/token?grant_type=client_credential&appid=${encodeURIComponent(appid)}&secret=${encodeURIComponent(secret)}`;
  const reply = await readJson(await request(url, { method: 'GET' }, base), 'token');
  if (reply.errcode) throw new Error(explainError(reply, opts));
  if (typeof reply.access_token !== 'string' || !reply.access_token)
    throw new Error('qrcode: the token endpoint replied without an access_token.');
  return reply.access_token;
}

async function fetchCode(base, token, opts) {
  const body = { scene: opts.scene, page: opts.page, width: opts.width, check_path: false };
  if (opts.envVersion) body.env_version = opts.envVersion;
  const res = await request(
    `${base}/wxa/getwxacodeunlimit?access_token=${encodeURIComponent(token)}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
    base,
  );
  const type = res.headers.get('content-type') || '';
  if (res.ok && type.startsWith('image/')) return { type, bytes: Buffer.from(await res.arrayBuffer()) };
  const reply = await readJson(res, 'code');
  if (reply.errcode) throw new Error(explainError(reply, opts));
  throw new Error(`qrcode: the code endpoint replied HTTP ${res.status} without an image.`);
}

function defaultOut(sceneValue, type) {
  const ext = type.includes('png') ? 'png' : type.includes('jpeg') || type.includes('jpg') ? 'jpg' : 'img';
  return path.join('artifacts', `qrcode-${sceneValue.replace(/[^A-Za-z0-9._-]/g, '_')}.${ext}`);
}

async function main() {
  const opts = readOptions(process.argv.slice(2));
  const creds = checkApiCredentials(process.env);
  if (!creds.ok) fail(creds.message);
  const base = (process.env.MP_API_BASE || DEFAULT_BASE).replace(/\/+$/, '');
  let token = '';
  try {
    token = await accessToken(base, creds.appid, creds.secret, opts);
    const image = await fetchCode(base, token, opts);
    const out = path.resolve(opts.out || defaultOut(opts.scene, image.type));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, image.bytes);
    console.log(
      `qrcode: ${path.relative(process.cwd(), out)} (${image.bytes.length} bytes, ${image.type}) opens ${opts.page} with scene "${opts.scene}"`,
    );
  } catch (err) {
    fail(redact(err && err.message ? err.message : String(err), [creds.secret, token]));
  }
}

main();
