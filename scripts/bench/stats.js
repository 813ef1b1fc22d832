'use strict';
/** Small helpers shared by the bench scripts. */

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

function percentile(xs, p) {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Words as the bench counts them: runs of non-space characters. */
function countWords(text) {
  let n = 0;
  const re = /\S+/g;
  while (re.exec(text)) n++;
  return n;
}

/** Peak resident set size of this process so far, in MB. */
function peakRssMB() {
  return process.resourceUsage().maxRSS / 1024;
}

function summary(times) {
  return { medianMs: median(times), minMs: Math.min(...times), p90Ms: percentile(times, 90), runs: times.length };
}

module.exports = { median, percentile, countWords, peakRssMB, summary };
