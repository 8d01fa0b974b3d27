'use strict';
// Enumerates every complete answer set and ranks it. DESIGN.md wants all of them ranked well under a second on
// a quiet machine: printed here, never judged (the machines are shared and noisy). The trade is held at
// "skipped": no rule reads it (test/domain/recommender.test.ts), so each trade ranks the same.
const { loadTs } = require('../lib/load-ts');
const { time } = require('./timing');

async function run() {
  const recommender = loadTs('miniprogram/domain/recommendation/recommender');
  const space = loadTs('miniprogram/domain/quiz/answer-space');
  const all = [];
  space.forEachCompleteAnswers((a) => all.push(a), { trade: undefined });
  const {
    cold,
    best,
    bestCpu,
    result: tops,
  } = time(() => {
    const counts = {};
    for (const a of all) {
      const setup = recommender.recommend(a).setup;
      const main = setup.kind === 'setup' ? setup.parts[0].type : setup.kind;
      counts[main] = (counts[main] || 0) + 1;
    }
    return counts;
  });
  return [
    { label: 'complete answer sets', value: all.length },
    { label: 'rank all (cold)', value: cold.toFixed(1), unit: 'ms' },
    { label: 'rank all (warm, best of 5)', value: best.toFixed(1), unit: 'ms' },
    { label: 'rank all (warm, CPU time)', value: bestCpu.toFixed(1), unit: 'ms' },
    { label: 'per answer set (warm)', value: ((best * 1000) / all.length).toFixed(2), unit: 'µs' },
    {
      label: 'setups by main part',
      value: Object.entries(tops)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
    },
  ];
}

module.exports = { name: 'recommender', run };
