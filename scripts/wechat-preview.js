#!/usr/bin/env node
'use strict';
// npm run preview:wechat [-- --version x --desc y --out file.jpg --page pages/x/x --query a=1]: a preview
// build on WeChat's servers and its QR code as an image (default artifacts/preview-qrcode.jpg).
// Needs MP_APPID (or a real appid in project.config.json) and MP_PRIVATE_KEY_PATH.
require('./lib/wechat-release').runRelease('preview', process.argv.slice(2));
