import { fuseByReciprocalRank } from '../rrf';

describe('fuseByReciprocalRank', () => {
  it('ranks a candidate found by both rankers above one found by a single ranker at the same position', () => {
    const fused = fuseByReciprocalRank(
      [
        { id: 'only-text', positions: [1, null] },
        { id: 'both', positions: [2, 2] },
        { id: 'only-vector', positions: [null, 1] },
      ],
      60
    );
    expect(fused.map((candidate) => candidate.id)).toEqual(['both', 'only-text', 'only-vector']);
  });

  it('uses 1 / (k + position) per list, scaled so first in every list scores 1', () => {
    const [top, second] = fuseByReciprocalRank(
      [
        { id: 'a', positions: [1, 1] },
        { id: 'b', positions: [3, null] },
      ],
      10
    );
    expect(top.score).toBeCloseTo(1);
    expect(second.score).toBeCloseTo(1 / 13 / (2 / 11));
  });

  it('lets a smaller k reward top positions more', () => {
    const candidates = [
      { id: 'first-in-one', positions: [1, null] },
      { id: 'fifth-in-both', positions: [5, 5] },
    ];
    expect(fuseByReciprocalRank(candidates, 1)[0].id).toBe('first-in-one');
    expect(fuseByReciprocalRank(candidates, 60)[0].id).toBe('fifth-in-both');
  });

  it('breaks ties by id so results are stable', () => {
    const fused = fuseByReciprocalRank(
      [
        { id: 'b', positions: [null, 2] },
        { id: 'a', positions: [2, null] },
      ],
      60
    );
    expect(fused.map((candidate) => candidate.id)).toEqual(['a', 'b']);
  });
});
