// @ts-check
'use strict';

/**
 * What `npm run eval:search` shows of a set's run. Per-question rows (the question, its score, the
 * parsed filters) are shown for the dev set only: for a held-out set a reader sees aggregates per
 * kind and overall, never which questions failed, so nobody tunes the parser on them by accident.
 */

const fixed = (value) => (value === null || value === undefined ? '  -  ' : value.toFixed(3));
const pad = (value, width) => String(value).padEnd(width);

/** Milliseconds per search: mean, median and 95th percentile (nearest rank). */
const latencySummary = (durations) => {
  if (durations.length === 0) return { searches: 0, meanMs: null, p50Ms: null, p95Ms: null };
  const sorted = [...durations].sort((a, b) => a - b);
  const rank = (share) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
  return { searches: sorted.length, meanMs: sorted.reduce((a, b) => a + b, 0) / sorted.length, p50Ms: rank(0.5), p95Ms: rank(0.95) };
};

/** The run's report as it may be shown: without `questions` unless the set allows per-question rows. */
const shownReport = (report, { perQuestion }) => {
  if (perQuestion) return report;
  const { questions, ...aggregates } = report;
  return { ...aggregates, perQuestion: 'withheld (held-out set: aggregates only)' };
};

/** The text lines for a report as shownReport() returns it. */
const reportLines = (report) => {
  const lines = [];
  if (Array.isArray(report.questions)) {
    lines.push(`${pad('question', 52)} ${pad('kind', 14)} ${pad('rel', 4)} ${pad('nDCG', 6)} ${pad('P@10', 6)} ${pad('kw nDCG', 8)} parsed filters / relaxed`);
    for (const row of report.questions) {
      const note = row.relevant === 0 ? (row.noCloseMatch ? 'noCloseMatch' : `ANSWERED ${row.returned}`) : '';
      lines.push(
        `${pad(row.q.slice(0, 51), 52)} ${pad(row.kind, 14)} ${pad(row.relevant, 4)} ${pad(row.ndcg.toFixed(2), 6)} ${pad(row.precision.toFixed(2), 6)} ${pad(row.keywordNdcg.toFixed(2), 8)} ${JSON.stringify(row.filters)} ${row.relaxed.length ? `relaxed ${row.relaxed.join(',')}` : ''} ${note}`
      );
    }
  } else {
    lines.push(`(${report.set} set: per-question rows withheld; aggregates only)`);
  }
  const line = (label, summary) =>
    `${pad(label, 22)} nDCG@10 ${fixed(summary.ndcgAt10)}  P@10 ${fixed(summary.precisionAt10)}  zero ${fixed(summary.zeroResultRate)}  noCloseMatch ${fixed(summary.noCloseMatchRate)}  (${summary.answerable} answerable, ${summary.unanswerable} unanswerable)`;
  lines.push('');
  lines.push(line(`${report.set}: hybrid`, report.hybrid.overall));
  lines.push(line(`${report.set}: keyword`, report.keyword.overall));
  for (const kind of Object.keys(report.hybrid.byKind)) {
    lines.push(line(`  ${kind}`, report.hybrid.byKind[kind]));
    lines.push(line(`  ${kind} (keyword)`, report.keyword.byKind[kind]));
  }
  if (report.latency) {
    const { searches, meanMs, p50Ms, p95Ms } = report.latency;
    lines.push(`${pad(`${report.set}: search latency`, 22)} ${searches} searches, mean ${fixed(meanMs)} ms, p50 ${fixed(p50Ms)} ms, p95 ${fixed(p95Ms)} ms`);
  }
  return lines;
};

module.exports = { latencySummary, shownReport, reportLines };
