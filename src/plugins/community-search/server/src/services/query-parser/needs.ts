import type { Lexicon } from './lexicon';
import { singular } from './normalize';
import type { PhraseMatch } from './phrase-match';
import type { TokenUses } from './token-uses';

/**
 * Needs said in everyday words that name no skill ("a person to fix our books", "take our products
 * to buyers overseas", "make our office run greener"): concept relations from words that, found
 * together anywhere in a query, say which taxonomy concept is meant. Each cue is a set of words
 * (singular, lower case) that must all be present and unused; the words from the first to the last
 * cue word are read as the concept. Read before places, so "buyers overseas" is a market and not a
 * place to live.
 */
const NEEDS: Array<{ concept: string; cues: string[][] }> = [
  {
    concept: 'accounting-and-tax',
    cues: [
      ['fix', 'book'], ['keep', 'book'], ['maintain', 'book'], ['manage', 'book'], ['do', 'book'], ['update', 'book'],
      ['clean', 'book'], ['book', 'order'], ['balance', 'sheet'], ['payroll'], ['file', 'return'], ['profit', 'loss'],
    ],
  },
  {
    concept: 'export-import',
    cues: [
      ['buyer', 'overseas'], ['buyer', 'abroad'], ['buyer', 'foreign'], ['customer', 'overseas'], ['customer', 'abroad'],
      ['sell', 'overseas'], ['sell', 'abroad'], ['product', 'overseas'], ['product', 'abroad'], ['ship', 'abroad'],
      ['market', 'overseas'], ['market', 'abroad'], ['foreign', 'market'], ['international', 'market'],
    ],
  },
  {
    concept: 'energy-efficiency',
    cues: [
      ['greener'], ['go', 'green'], ['carbon', 'footprint'], ['electricity', 'bill'], ['power', 'bill'], ['energy', 'bill'], ['power', 'cost'], ['electricity', 'cost'], ['energy', 'cost'],
      ['save', 'electricity'], ['save', 'power'], ['save', 'energy'], ['cut', 'emission'], ['sustainable'], ['sustainability'],
    ],
  },
  {
    concept: 'cybersecurity',
    cues: [['hacker'], ['hacked'], ['hacking'], ['malware'], ['ransomware'], ['phishing'], ['data', 'breach']],
  },
  {
    concept: 'marketing',
    cues: [
      ['customer', 'internet'], ['customer', 'online'], ['online', 'presence'], ['website', 'traffic'], ['google', 'ranking'],
      ['rank', 'google'], ['lead', 'online'], ['sell', 'online'], ['instagram'],
    ],
  },
  {
    concept: 'intellectual-property',
    cues: [['protect', 'brand'], ['brand', 'name'], ['protect', 'logo'], ['copying', 'name'], ['copy', 'product'], ['protect', 'idea'], ['protect', 'invention']],
  },
  {
    concept: 'marketing',
    cues: [['press'], ['media', 'coverage'], ['newspaper'], ['get', 'noticed'], ['brand', 'known'], ['spread', 'word']],
  },
  {
    concept: 'freight-forwarding',
    cues: [['goods', 'port'], ['ship', 'goods'], ['move', 'goods'], ['send', 'goods'], ['transport', 'goods'], ['cargo'], ['container', 'shipment']],
  },
  {
    concept: 'interior-design',
    cues: [['home', 'look'], ['house', 'look'], ['office', 'look'], ['redo', 'home'], ['redo', 'office'], ['decorate'], ['decor'], ['renovate', 'home']],
  },
  {
    concept: 'quality-management',
    cues: [['waste', 'floor'], ['cut', 'waste'], ['reduce', 'waste'], ['reduce', 'defect'], ['fewer', 'defect'], ['rejection', 'rate']],
  },
  {
    concept: 'wealth-management',
    cues: [['invest', 'money'], ['invest', 'savings'], ['grow', 'money'], ['grow', 'savings'], ['where', 'invest'], ['retirement', 'plan'], ['money', 'manage']],
  },
  {
    concept: 'legal-practice',
    cues: [['legal', 'dispute'], ['sue'], ['sued'], ['lawsuit'], ['legal', 'notice'], ['court', 'case']],
  },
];

const MAX_CUE_SPAN = 6;

/** Finds needs named by cue words, claims their words and returns them as phrases of their concept. */
export function findNeeds(uses: TokenUses, lexicon: Lexicon): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const { tokens } = uses;
  const freeIndexOf = (word: string): number =>
    tokens.findIndex((token, index) => uses.isFree(index) && token.kind === 'word' && (token.norm === word || singular(token.norm) === word));
  for (const need of NEEDS) {
    const reading = lexicon.conceptReadings.get(need.concept);
    if (!reading) continue;
    // Every cue of the need that is present; overlapping ones widen the span ("protect our brand name").
    let span: { start: number; end: number } | null = null;
    for (const cue of need.cues) {
      const indexes = cue.map(freeIndexOf);
      if (indexes.some((index) => index < 0)) continue;
      const start = Math.min(...indexes);
      const end = Math.max(...indexes) + 1;
      // Close together, as one need is said: not two unrelated words of a long query.
      if (end - start > MAX_CUE_SPAN) continue;
      if (!span) span = { start, end };
      else if (start <= span.end && end >= span.start && Math.max(end, span.end) - Math.min(start, span.start) <= MAX_CUE_SPAN) {
        span = { start: Math.min(start, span.start), end: Math.max(end, span.end) };
      }
    }
    if (!span) continue;
    found.push({ start: span.start, end: span.end, term: uses.typed(span.start, span.end), reading });
    uses.claim(span.start, span.end);
  }
  return found;
}
