/** A set of words written space- or line-separated: wordSet('a an the'). */
export function wordSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Phrases written "|"-separated, each as its token forms: phraseList('more than | at least | +'). */
export function phraseList(written: string): string[][] {
  return written
    .split('|')
    .map((phrase) => phrase.trim().split(/\s+/))
    .filter((words) => words[0] !== '');
}
