// @ts-check
'use strict';

/** Ranking metrics of the search evaluation, over 0/1 relevance lists in result order. */

const K = 10;

/** nDCG@K; a question without relevant members is not scored here (see summarize). */
const ndcgAtK = (relevances, idealCount) => {
  const dcg = relevances.slice(0, K).reduce((sum, rel, i) => sum + rel / Math.log2(i + 2), 0);
  const ideal = Array.from({ length: Math.min(K, idealCount) }, (_, i) => 1 / Math.log2(i + 2)).reduce((a, b) => a + b, 0);
  return ideal === 0 ? (relevances.length === 0 ? 1 : 0) : dcg / ideal;
};

/** Share of relevant members among the (at most K) shown; a page of nobody scores 0. */
const precisionAtK = (relevances) => {
  const top = relevances.slice(0, K);
  return top.length === 0 ? 0 : top.reduce((a, b) => a + b, 0) / top.length;
};

const mean = (values) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/**
 * Rows are one question each: { relevant (count), ndcg, precision, zero (no result), noCloseMatch }.
 * Answerable questions (some member is relevant) are scored on nDCG, precision and the zero-result
 * rate; unanswerable ones on the share answered with noCloseMatch.
 */
const summarize = (rows) => {
  const answerable = rows.filter((row) => row.relevant > 0);
  const unanswerable = rows.filter((row) => row.relevant === 0);
  return {
    questions: rows.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    ndcgAt10: mean(answerable.map((row) => row.ndcg)),
    precisionAt10: mean(answerable.map((row) => row.precision)),
    zeroResultRate: mean(answerable.map((row) => (row.zero ? 1 : 0))),
    noCloseMatchRate: mean(unanswerable.map((row) => (row.noCloseMatch ? 1 : 0))),
  };
};

/** summarize() overall and for each kind of question, kinds in first-seen order. */
const summarizeByKind = (rows) => {
  const kinds = [...new Set(rows.map((row) => row.kind))];
  return {
    overall: summarize(rows),
    byKind: Object.fromEntries(kinds.map((kind) => [kind, summarize(rows.filter((row) => row.kind === kind))])),
  };
};

module.exports = { K, ndcgAtK, precisionAtK, summarize, summarizeByKind };
