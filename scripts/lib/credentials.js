'use strict';
// Where the release scripts get WeChat credentials, and the one-sentence messages when they are missing.
// Credentials come only from the environment (appid may also come from project.config.json); the scripts
// never print a key or a secret: anything they echo from WeChat's tools goes through redact() first.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const CONSOLE = 'the WeChat admin console (mp.weixin.qq.com) > 开发管理 > 开发设置';
// The committed project.config.json carries DevTools' tourist placeholder, which WeChat's servers reject.
const PLACEHOLDER_APPIDS = new Set(['', 'touristappid']);

function projectAppid() {
  try {
    const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8'));
    return typeof config.appid === 'string' ? config.appid.trim() : '';
  } catch {
    return '';
  }
}

/** The appid to use: MP_APPID, else project.config.json's; undefined when only the placeholder is there. */
function resolveAppid(env) {
  const fromEnv = (env.MP_APPID || '').trim();
  if (!PLACEHOLDER_APPIDS.has(fromEnv)) return fromEnv;
  const fromConfig = projectAppid();
  return PLACEHOLDER_APPIDS.has(fromConfig) ? undefined : fromConfig;
}

function isReadableFile(file) {
  try {
    fs.accessSync(file, fs.constants.R_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

const APPID_HOW = `copy the AppID from ${CONSOLE} and set MP_APPID (or put it in project.config.json instead of the placeholder 'touristappid')`;
const KEY_HOW = `download the code upload key from ${CONSOLE} > 小程序代码上传密钥, keep it outside the repository, set MP_PRIVATE_KEY_PATH to its path and add this machine's IP to the IP whitelist there`;

/** For miniprogram-ci preview/upload: { ok: true, appid, privateKeyPath } or { ok: false, message }. */
function checkUploadCredentials(env) {
  const appid = resolveAppid(env);
  const keyPath = (env.MP_PRIVATE_KEY_PATH || '').trim();
  if (!appid && !keyPath) {
    return { ok: false, message: `MP_APPID and MP_PRIVATE_KEY_PATH are not set: ${APPID_HOW}, then ${KEY_HOW}.` };
  }
  if (!appid) return { ok: false, message: `MP_APPID is not set: ${APPID_HOW}.` };
  if (!keyPath) return { ok: false, message: `MP_PRIVATE_KEY_PATH is not set: ${KEY_HOW}.` };
  if (!isReadableFile(keyPath)) {
    return {
      ok: false,
      message: `MP_PRIVATE_KEY_PATH points to ${keyPath}, which is not a readable file: ${KEY_HOW}.`,
    };
  }
  return { ok: true, appid, privateKeyPath: path.resolve(keyPath) };
}

const SECRET_HOW = `generate the AppSecret in ${CONSOLE} > AppSecret, set MP_APP_SECRET, and add this machine's IP to the IP whitelist there if it is turned on`;

/** For the server API (access token): { ok: true, appid, secret } or { ok: false, message }. */
function checkApiCredentials(env) {
  const appid = resolveAppid(env);
  const secret = (env.MP_APP_SECRET || '').trim();
  if (!appid && !secret)
    return { ok: false, message: `MP_APPID and MP_APP_SECRET are not set: ${APPID_HOW}, then ${SECRET_HOW}.` };
  if (!appid) return { ok: false, message: `MP_APPID is not set: ${APPID_HOW}.` };
  if (!secret) return { ok: false, message: `MP_APP_SECRET is not set: ${SECRET_HOW}.` };
  return { ok: true, appid, secret };
}

/** Removes secrets (and every long line of a key file) from text that is about to be printed. */
function redact(text, secrets) {
  let out = String(text);
  const pieces = [];
  for (const s of secrets) {
    if (!s) continue;
    pieces.push(s);
    for (const line of s.split(/\r?\n/)) if (line.trim().length >= 16) pieces.push(line.trim());
  }
  for (const p of pieces.sort((a, b) => b.length - a.length)) out = out.split(p).join('[redacted]');
  return out;
}

/** The key file's text, only to redact it from messages; '' when unreadable. */
function readForRedaction(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Prints one message on stderr and ends the process with a failure code. */
function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/**
 * Parses `--name value` / `--name=value` flags. Unknown flags and missing values are errors, reported as
 * { error } so the caller can fail with one sentence.
 */
function parseFlags(argv, known) {
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) return { error: `unexpected argument "${arg}" (flags: ${known.map((k) => `--${k}`).join(', ')})` };
    const [, name, inline] = m;
    if (!known.includes(name))
      return { error: `unknown flag --${name} (flags: ${known.map((k) => `--${k}`).join(', ')})` };
    const value = inline !== undefined ? inline : argv[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      return { error: `--${name} needs a value` };
    if (inline === undefined) i++;
    flags[name] = value;
  }
  return { flags };
}

module.exports = {
  ROOT,
  CONSOLE,
  resolveAppid,
  checkUploadCredentials,
  checkApiCredentials,
  redact,
  readForRedaction,
  fail,
  parseFlags,
};
