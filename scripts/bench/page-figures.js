'use strict';
// Shared by the wxml-nodes and set-data bench sections: one jest run of test/budgets/budgets.test.ts, which
// renders every page with miniprogram-simulate and writes its figures to artifacts/budgets.json, and of
// test/budgets/action-figures.test.ts, which records setData per user action to artifacts/actions.json.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'artifacts/budgets.json');
const ACTIONS_OUT = path.join(ROOT, 'artifacts/actions.json');
let cached;

function pageFigures() {
  if (cached) return cached;
  fs.rmSync(OUT, { force: true });
  fs.rmSync(ACTIONS_OUT, { force: true });
  const jest = path.join(ROOT, 'node_modules/.bin/jest');
  const res = spawnSync(
    jest,
    ['--runTestsByPath', 'test/budgets/budgets.test.ts', 'test/budgets/action-figures.test.ts', '--silent'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, BUDGETS_OUT: OUT, ACTIONS_OUT },
    },
  );
  if (!fs.existsSync(OUT)) throw new Error(`the budget test wrote no figures:\n${(res.stderr || '').slice(-2000)}`);
  const actions = fs.existsSync(ACTIONS_OUT) ? JSON.parse(fs.readFileSync(ACTIONS_OUT, 'utf8')).actions : {};
  // The figures are written even when a budget fails, so the bench still shows by how much.
  cached = { ...JSON.parse(fs.readFileSync(OUT, 'utf8')), actions, passed: res.status === 0 };
  return cached;
}

module.exports = { pageFigures };
