#!/usr/bin/env node
'use strict';
// npm start: until the browser preview lands, build and say where to open the project in WeChat DevTools.
require('child_process').spawnSync(process.execPath, [require('path').join(__dirname, 'build.js')], { stdio: 'inherit' });
console.log('start: open WeChat DevTools > File > Import, choose this folder (the repo root); the npm build is already done.');
