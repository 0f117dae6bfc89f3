import type { Lexicon } from './lexicon';
import type { PhraseMatch } from './phrase-match';
import { phraseLengthAt, type TokenUses } from './token-uses';
import { phraseList, wordSet } from './word-lists';

const RUNNING_VERBS = phraseList(`
  run | runs | running | own | owns | owning | operate | operates | operating | manages his | manages her
`);
const HAVING_VERBS = phraseList('has | have | having | chalata | chalate | chalati');
const FOUNDING_VERBS = phraseList('started | founded | co founded | cofounded | launched | set up');
const FILLERS = wordSet(`
  a an the his her their its own family small big large successful new apna apni khud ka ki
`);
/** Before an open object ("runs a hospital") one of these must show the verb is about owning. */
const ARTICLES = new Set(['a', 'an', 'his', 'her', 'their', 'own', 'apna', 'apni']);
/** Generic objects: owning one says nothing more than "owner". */
const BUSINESSES = wordSet(`
  business businesses company companies firm firms enterprise enterprises venture ventures concern industry
  industries
`);
const STARTUPS = new Set(['startup', 'startups']);
/**
 * Premises: owning one makes an owner, and the word stays in the text for ranking. It does not
 * become an industry filter: a factory or mill may be in textiles, pharma, auto parts or food,
 * and requiring "Manufacturing" would drop most of the owners people mean.
 */
const PREMISES = wordSet(`
  factory factories mill mills plant plants unit units workshop workshops shop shops store stores showroom
  showrooms agency agencies
`);
const OWNER_WORDS = phraseList(`
  owner | owners | malik | ka malik | ke malik | wala | wale | waale | walon | chalata | chalate | chalati
`);

/**
 * Reads owning a business as a role: "runs a factory", "owns a business", "has his own company",
 * "started a company" (founder), "factory owners", "factory chalate hain". The result is the
 * designation filter of the business-owner (or founder) concept; when the community has no such
 * designations the words are left for the other rules ("factory" may still mean Manufacturing).
 */
export function findOwnership(uses: TokenUses, lexicon: Lexicon): PhraseMatch[] {
  const owner = lexicon.conceptReadings.get('business-owner');
  const founder = lexicon.conceptReadings.get('founder') ?? owner;
  if (!owner) return [];
  const found: PhraseMatch[] = [];
  const { tokens } = uses;

  for (let index = 0; index < tokens.length; index++) {
    if (!uses.isFree(index)) continue;
    const norm = tokens[index].norm;

    const ownerWord = (BUSINESSES.has(norm) || PREMISES.has(norm)) && phraseLengthAt(uses, index + 1, OWNER_WORDS);
    if (ownerWord) {
      const end = index + 1 + ownerWord;
      found.push({ start: index, end, term: uses.typed(index, end), reading: owner });
      if (PREMISES.has(norm)) {
        uses.claim(index, index + 1, 'text');
        uses.claim(index + 1, end);
      } else {
        uses.claim(index, end);
      }
      index = end - 1;
      continue;
    }

    const running = phraseLengthAt(uses, index, RUNNING_VERBS);
    const having = running ? 0 : phraseLengthAt(uses, index, HAVING_VERBS);
    const founding = running || having ? 0 : phraseLengthAt(uses, index, FOUNDING_VERBS);
    const verbLength = running || having || founding;
    if (!verbLength) continue;

    let object = index + verbLength;
    let article = false;
    while (object - index - verbLength < 3 && uses.isFree(object) && FILLERS.has(tokens[object].norm)) {
      article ||= ARTICLES.has(tokens[object].norm);
      object += 1;
    }
    if (!uses.isFree(object)) continue;
    const objectNorm = tokens[object].norm;
    const reading = founding || STARTUPS.has(objectNorm) ? (founder ?? owner) : owner;

    if (BUSINESSES.has(objectNorm) || STARTUPS.has(objectNorm)) {
      found.push({ start: index, end: object + 1, term: uses.typed(index, object + 1), reading });
      uses.claim(index, object + 1);
      index = object;
    } else if (PREMISES.has(objectNorm)) {
      found.push({ start: index, end: object + 1, term: uses.typed(index, object + 1), reading });
      uses.claim(index, object);
      uses.claim(object, object + 1, 'text');
      index = object;
    } else if (running && article) {
      // "runs a hospital", "owns a textile mill": the owner role here; the object is read on its own afterwards.
      const objectLength = knownPhraseLengthAt(uses, object, lexicon);
      if (objectLength === 0) continue;
      found.push({ start: index, end: object, term: uses.typed(index, object + objectLength), reading });
      uses.claim(index, object);
      index = object - 1;
    }
  }
  return found;
}

/** Words in the longest phrase the lexicon knows that starts at `start`, or 0. */
function knownPhraseLengthAt(uses: TokenUses, start: number, lexicon: Lexicon): number {
  for (let length = Math.min(3, uses.tokens.length - start); length > 0; length--) {
    const words = uses.tokens.slice(start, start + length);
    if (!words.every((_, offset) => uses.isFree(start + offset))) continue;
    if (lexicon.readings.has(words.map((token) => token.norm).join(' '))) return length;
  }
  return 0;
}
