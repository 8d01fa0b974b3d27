#!/usr/bin/env node
'use strict';
// npm run bench: sizes and speeds live here, never in timed tests. Sections are added as features land.
console.log('bench: nothing to measure yet');
