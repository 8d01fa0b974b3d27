'use strict';
// The shared half of `npm run preview:wechat` and `npm run upload`: credentials first (one sentence when
// missing, before anything slow), then "build npm" and miniprogram-ci preview/upload with the project's
// own compile settings (useProjectConfig).
const fs = require('fs');
const path = require('path');
const { checkUploadCredentials, redact, readForRedaction, fail, parseFlags, CONSOLE } = require('./credentials');

const ROOT = path.resolve(__dirname, '../..');
// Same exclusions as the offline upload compile (scripts/lib/compile-package.js): only miniprogram/ ships.

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Turns a miniprogram-ci failure into one sentence, without the key. */
function explain(kind, err, keyText) {
  const raw = redact(err && err.message ? err.message : String(err), [keyText]);
  if (/invalid ip/i.test(raw)) {
    return `WeChat refused the ${kind} because this machine's IP is not in the upload key's IP whitelist: add it in ${CONSOLE} > 小程序代码上传密钥 (${raw.split('\n')[0]}).`;
  }
  if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|ECONNRESET|EAI_AGAIN/.test(raw)) {
    return `${kind} could not reach WeChat's servers (${raw.split('\n')[0]}): check this machine's network and proxy.`;
  }
  return `WeChat ${kind} failed: ${raw.split('\n')[0]}`;
}

/**
 * kind: 'preview' | 'upload'. argv: the script's arguments. Ends the process (miniprogram-ci leaves
 * handles open).
 */
async function runRelease(kind, argv) {
  const known = kind === 'preview' ? ['version', 'desc', 'out', 'page', 'query'] : ['version', 'desc'];
  const parsed = parseFlags(argv, known);
  if (parsed.error) fail(`${kind}: ${parsed.error}.`);
  const creds = checkUploadCredentials(process.env);
  if (!creds.ok) fail(creds.message);

  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const version = parsed.flags.version || pkg.version;
  const desc = parsed.flags.desc || `${pkg.name} ${version}`;
  const keyText = readForRedaction(creds.privateKeyPath);

  try {
    const ci = require('miniprogram-ci');
    const { packNpm, PROJECT_IGNORES } = require('./compile-package');
    console.log(`${kind}: build npm …`);
    await packNpm();
    const project = new ci.Project({
      appid: creds.appid,
      type: 'miniProgram',
      projectPath: ROOT,
      privateKeyPath: creds.privateKeyPath,
      ignores: PROJECT_IGNORES,
    });
    const common = {
      project,
      version,
      desc,
      setting: { useProjectConfig: true },
      robot: 1,
      onProgressUpdate: () => {},
    };
    console.log(`${kind}: ${creds.appid} version ${version} …`);
    let result;
    if (kind === 'preview') {
      const out = path.resolve(ROOT, parsed.flags.out || 'artifacts/preview-qrcode.jpg');
      fs.mkdirSync(path.dirname(out), { recursive: true });
      result = await ci.preview({
        ...common,
        qrcodeFormat: 'image',
        qrcodeOutputDest: out,
        pagePath: parsed.flags.page,
        searchQuery: parsed.flags.query,
      });
      console.log(`preview: QR code written to ${path.relative(process.cwd(), out)}; scan it with WeChat`);
    } else {
      result = await ci.upload(common);
      console.log(
        `upload: version ${version} uploaded; submit it for review in the WeChat admin console (mp.weixin.qq.com) > 版本管理`,
      );
    }
    for (const p of (result && result.subPackageInfo) || []) console.log(`${kind}: package ${p.name} ${kib(p.size)}`);
    process.exit(0);
  } catch (err) {
    fail(explain(kind, err, keyText));
  }
}

module.exports = { runRelease };
