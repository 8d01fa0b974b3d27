#!/usr/bin/env node
'use strict';
// npm run upload [-- --version x --desc y]: uploads a development version to WeChat (then submit it for
// review in the admin console). Needs MP_APPID (or a real appid in project.config.json) and MP_PRIVATE_KEY_PATH.
require('./lib/wechat-release').runRelease('upload', process.argv.slice(2));
