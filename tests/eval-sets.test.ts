/**
 * The evaluation's set loader reads the held-out test set through its interface alone, so it is
 * checked here with a fake module (never the real held-out set, which the code must not see).
 */
import path from 'node:path';

const { loadEvalSets } = require('../scripts/bench/eval/sets');
const { summarizeByKind } = require('../scripts/bench/eval/metrics');
const { latencySummary, reportLines, shownReport } = require('../scripts/bench/eval/report');

const fakePath = path.join(__dirname, 'fake-heldout', 'index.js');
const fakeHeldout = {
  generateMembers: ({ size }: { size: number; seed?: number }) =>
    Array.from({ length: size }, (_, i) => ({ name: `Member ${i}`, city: i % 2 ? 'Quito' : 'Lima', skills: ['Pottery'] })),
  queries: [
    { q: 'potters in Quito', kind: 'place', relevant: (member: { city: string }) => member.city === 'Quito' },
    { q: 'astronauts', kind: 'unanswerable', relevant: () => false },
  ],
};

describe('evaluation sets', () => {
  it('loads the dev set alone when no held-out set exists, and every dev question has a kind', () => {
    const sets = loadEvalSets({ set: 'all', heldoutPath: fakePath, exists: () => false });
    expect(sets.map((set: { name: string }) => set.name)).toEqual(['dev']);
    expect(sets[0].queries.length).toBeGreaterThan(50);
    for (const query of sets[0].queries) expect(typeof query.kind).toBe('string');
  });

  it('loads a held-out module through its interface, apart from the dev set', () => {
    const loaded: string[] = [];
    const load = (file: string) => {
      loaded.push(file);
      return fakeHeldout;
    };
    const all = loadEvalSets({ set: 'all', heldoutPath: fakePath, exists: () => true, load });
    expect(all.map((set: { name: string }) => set.name)).toEqual(['dev', 'test']);
    expect(all.map((set: { perQuestion: boolean }) => set.perQuestion)).toEqual([true, false]);
    const [test] = loadEvalSets({ set: 'test', heldoutPath: fakePath, exists: () => true, load });
    expect(loaded).toEqual([fakePath, fakePath]);
    expect(test.queries.map((query: { kind: string }) => query.kind)).toEqual(['place', 'unanswerable']);
    const members = test.generateMembers({ size: 4 });
    expect(members.filter(test.queries[0].relevant)).toHaveLength(2);
    expect(loadEvalSets({ set: 'dev', heldoutPath: fakePath, exists: () => true, load }).map((set: { name: string }) => set.name)).toEqual(['dev']);
  });

  it('measures on held-out v2 by default and keeps v1 apart, by name, for comparison only', () => {
    const { DEFAULT_HELDOUT_PATH, HELDOUT_V1_PATH } = require('../scripts/bench/eval/sets');
    expect(path.basename(path.dirname(DEFAULT_HELDOUT_PATH))).toBe('heldout-v2');
    const loaded: string[] = [];
    const load = (file: string) => {
      loaded.push(file);
      return fakeHeldout;
    };
    expect(loadEvalSets({ set: 'test-v1', load }).map((set: { name: string }) => set.name)).toEqual(['test-v1']);
    expect(loaded).toEqual([HELDOUT_V1_PATH]);
    expect(loadEvalSets({ set: 'all', heldoutPath: fakePath, exists: () => true, load }).map((set: { name: string }) => set.name)).toEqual(['dev', 'test']);
  });

  it('says what is wrong with a malformed or missing held-out set', () => {
    const broken = { generateMembers: fakeHeldout.generateMembers, queries: [{ q: 'potters', relevant: () => true }] };
    expect(() => loadEvalSets({ set: 'test', heldoutPath: fakePath, exists: () => true, load: () => broken })).toThrow(
      /test evaluation set is malformed: queries\[0\] \("potters"\) has no kind/
    );
    expect(() => loadEvalSets({ set: 'test', heldoutPath: fakePath, exists: () => false })).toThrow(/not there yet/);
    expect(() => loadEvalSets({ set: 'holdout' })).toThrow(/Unknown evaluation set "holdout"/);
  });

  it('scores answerable questions on ranking and unanswerable ones on noCloseMatch, per kind', () => {
    const summary = summarizeByKind([
      { kind: 'place', relevant: 3, ndcg: 1, precision: 0.3, zero: false, noCloseMatch: false },
      { kind: 'place', relevant: 2, ndcg: 0, precision: 0, zero: true, noCloseMatch: true },
      { kind: 'unanswerable', relevant: 0, ndcg: 0, precision: 0, zero: false, noCloseMatch: true },
      { kind: 'unanswerable', relevant: 0, ndcg: 0, precision: 0, zero: false, noCloseMatch: false },
    ]);
    expect(summary.overall).toMatchObject({ answerable: 2, unanswerable: 2, ndcgAt10: 0.5, zeroResultRate: 0.5, noCloseMatchRate: 0.5 });
    expect(summary.byKind.place).toMatchObject({ ndcgAt10: 0.5, precisionAt10: 0.15, noCloseMatchRate: null });
    expect(summary.byKind.unanswerable).toMatchObject({ answerable: 0, ndcgAt10: null, noCloseMatchRate: 0.5 });
  });

  it('shows per-question rows for the dev set only; a held-out set shows aggregates per kind and overall', () => {
    const rows = [
      { kind: 'place', relevant: 3, ndcg: 1, precision: 0.3, zero: false, noCloseMatch: false },
      { kind: 'unanswerable', relevant: 0, ndcg: 0, precision: 0, zero: false, noCloseMatch: true },
    ];
    const questions = [
      { q: 'potters in Quito', kind: 'place', relevant: 3, ndcg: 1, precision: 0.3, keywordNdcg: 0.5, returned: 3, noCloseMatch: false, relaxed: [], filters: { city: ['Quito'] } },
      { q: 'astronauts', kind: 'unanswerable', relevant: 0, ndcg: 0, precision: 0, keywordNdcg: 0, returned: 0, noCloseMatch: true, relaxed: [], filters: {} },
    ];
    const report = (set: string) => ({ set, members: 4, searchable: 4, hybrid: summarizeByKind(rows), keyword: summarizeByKind(rows), latency: latencySummary([10, 30]), questions });

    const dev = reportLines(shownReport(report('dev'), { perQuestion: true })).join('\n');
    expect(dev).toContain('potters in Quito');
    expect(dev).toContain('astronauts');

    const shown = shownReport(report('test'), { perQuestion: false });
    expect(shown.questions).toBeUndefined();
    const serialised = JSON.stringify(shown);
    expect(serialised).not.toContain('potters');
    expect(serialised).not.toContain('astronauts');
    const text = reportLines(shown).join('\n');
    expect(text).not.toContain('potters');
    expect(text).not.toContain('astronauts');
    expect(text).toMatch(/test: hybrid\s+nDCG@10 1\.000/);
    expect(text).toMatch(/ {2}place\s+nDCG@10 1\.000/);
    expect(text).toMatch(/ {2}unanswerable\s+nDCG@10 {3}- {3}.*noCloseMatch 1\.000/);
    expect(text).toMatch(/test: search latency\s+2 searches, mean 20\.000 ms, p50 10\.000 ms, p95 30\.000 ms/);
  });
});
