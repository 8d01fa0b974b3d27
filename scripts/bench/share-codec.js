'use strict';
// Encodes and decodes every complete answer set through the share code, the trade held at one answer (its digit
// round-trips in test/domain/share-codec.test.ts): all trades would be eight times as many sets for no new case.
const { loadTs } = require('../lib/load-ts');
const { time } = require('./timing');

async function run() {
  const codec = loadTs('miniprogram/domain/links/share-codec');
  const space = loadTs('miniprogram/domain/quiz/answer-space');
  const all = [];
  space.forEachCompleteAnswers((a) => all.push(a), { trade: 'other' });
  const { cold, best, bestCpu, result } = time(() => {
    let failures = 0;
    let maxLength = 0;
    for (const a of all) {
      const code = codec.encodeAnswers(a);
      maxLength = Math.max(maxLength, code.length);
      if (!codec.decodeAnswers(code).ok) failures++;
    }
    return { failures, maxLength };
  });
  return [
    { label: 'encode+decode all (cold)', value: cold.toFixed(1), unit: 'ms' },
    { label: 'encode+decode all (warm, best of 5)', value: best.toFixed(1), unit: 'ms' },
    { label: 'encode+decode all (warm, CPU time)', value: bestCpu.toFixed(1), unit: 'ms' },
    { label: 'per round trip (warm)', value: ((best * 1000) / all.length).toFixed(2), unit: 'µs' },
    { label: 'longest code', value: result.maxLength, unit: 'chars', budget: 32, actual: result.maxLength },
    { label: 'round-trip failures', value: result.failures, budget: 0, actual: result.failures },
  ];
}

module.exports = { name: 'share codec', run };
