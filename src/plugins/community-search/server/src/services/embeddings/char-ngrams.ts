const NGRAM_SIZES = [3, 4];
const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv1a(text: string): number {
  let hash = FNV_OFFSET_BASIS;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** The 3- and 4-character grams of a token wrapped in boundary markers, e.g. "<py", "pyt", …, "on>". */
export function charNgrams(token: string): string[] {
  // By code point, so a gram never splits a surrogate pair.
  const characters = Array.from(`<${token}>`);
  const grams: string[] = [];
  for (const size of NGRAM_SIZES) {
    for (let start = 0; start + size <= characters.length; start += 1) {
      grams.push(characters.slice(start, start + size).join(''));
    }
  }
  return grams;
}

/**
 * Feature-hashes the character n-grams of `tokens` into `buckets` counts. The hash's top bit picks
 * the sign, so collisions cancel out on average instead of making unrelated texts look alike.
 * Each token adds a vector of length about 1, so long words do not outweigh short ones.
 */
export function hashedCharNgrams(tokens: string[], buckets: number): Float64Array {
  const counts = new Float64Array(buckets);
  for (const token of tokens) {
    const grams = charNgrams(token);
    const weight = 1 / Math.sqrt(grams.length);
    for (const gram of grams) {
      const hash = fnv1a(gram);
      counts[hash % buckets] += hash & 0x80000000 ? -weight : weight;
    }
  }
  return counts;
}
