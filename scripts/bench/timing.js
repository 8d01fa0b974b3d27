'use strict';
// Timing for bench sections: wall clock of the first (cold) pass and the best of a few warm passes, plus the
// process CPU time of that best pass (steadier than wall clock on a busy machine; includes GC threads).

function cpuMs(since) {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

/** Runs fn `passes` times; returns { cold, best, bestCpu } in ms and fn's last result. */
function time(fn, passes = 5) {
  let cold = 0;
  let best = Infinity;
  let bestCpu = Infinity;
  let result;
  for (let i = 0; i < passes; i++) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    result = fn();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (i === 0) cold = ms;
    if (ms < best) {
      best = ms;
      bestCpu = cpuMs(cpu);
    }
  }
  return { cold, best, bestCpu, result };
}

module.exports = { time };
