/** Scales `values` in place to unit length. Returns false, leaving them as they are, when their length is 0. */
export function normaliseInPlace(values: Float64Array | number[]): boolean {
  let sumOfSquares = 0;
  for (let i = 0; i < values.length; i += 1) sumOfSquares += values[i] * values[i];
  if (!(sumOfSquares > 0) || !Number.isFinite(sumOfSquares)) return false;
  const scale = 1 / Math.sqrt(sumOfSquares);
  for (let i = 0; i < values.length; i += 1) values[i] *= scale;
  return true;
}

export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`Cannot compare vectors of ${a.length} and ${b.length} dimensions.`);
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i += 1) {
    dot += a[i] * b[i];
    normA += a[i] * a[i];
    normB += b[i] * b[i];
  }
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}
