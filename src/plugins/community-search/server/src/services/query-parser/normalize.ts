const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * The comparison form of a phrase: lower case, accents folded, "&" spelled "and", dots and
 * apostrophes inside words dropped (B.Tech → btech, D'Souza → dsouza), other punctuation turned
 * into spaces. "+" and "#" survive only after a letter or digit, for names like C++ and C#.
 */
export function normalizePhrase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`.]/g, '')
    .replace(/(?<![\p{L}\p{N}+#])[+#]+/gu, ' ')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

/**
 * Every comparison form a written value may be typed as: "B.Tech" also as "b tech", and a
 * several-word value also run together ("Tamil Nadu" → "tamilnadu", "Co-founder" → "cofounder").
 */
export function phraseVariants(text: string): string[] {
  const variants = new Set<string>();
  const plain = normalizePhrase(text);
  if (!plain) return [];
  variants.add(plain);
  if (text.includes('.')) variants.add(normalizePhrase(text.replace(/\./g, ' ')));
  const compact = plain.replace(/ /g, '');
  if (compact !== plain && compact.length >= 6) variants.add(compact);
  return [...variants].filter(Boolean);
}

/** A light English singular, only for matching ("doctors" → "doctor", "factories" → "factory"). */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.length >= 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The words of a phrase in comparison form, each made singular. */
export function stemWords(phrase: string): string[] {
  const normalized = normalizePhrase(phrase);
  return normalized ? normalized.split(' ').map(singular) : [];
}

/** The phrase with its last word made singular, or null when that changes nothing. */
export function singularLastWord(key: string): string | null {
  const space = key.lastIndexOf(' ');
  const last = key.slice(space + 1);
  const stem = singular(last);
  return stem === last ? null : key.slice(0, space + 1) + stem;
}
