/** A candidate's 1-based positions in each ranked list it appears in. */
export type RankedCandidate = { id: string; positions: Array<number | null> };

export type FusedCandidate = { id: string; score: number };

/**
 * Reciprocal Rank Fusion: each list contributes 1 / (k + position). Lists with different score
 * scales (full-text rank, cosine similarity) combine without calibration. Scores are scaled so a
 * candidate first in every list scores 1.
 */
export const fuseByReciprocalRank = (candidates: RankedCandidate[], k: number): FusedCandidate[] => {
  const lists = Math.max(1, ...candidates.map((candidate) => candidate.positions.length));
  const best = lists / (k + 1);
  return candidates
    .map(({ id, positions }) => ({
      id,
      score: positions.reduce<number>((sum, position) => (position ? sum + 1 / (k + position) : sum), 0) / best,
    }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
};
