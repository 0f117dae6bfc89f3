import { wordSet } from './word-lists';

/**
 * Hinglish content words (Hindi in Latin letters, as members type it) and the English word the
 * rest of the parser already understands: body parts and people for the doctors asked for ("dil
 * ka doctor" is a heart specialist), money, trade, law and everyday things for needs. Filler
 * (mein, koi, chahiye, kare) is in stopwords.ts; this is only what carries meaning. Several
 * spellings per word, since there is no standard romanisation.
 */
const GLOSSARY: ReadonlyArray<[english: string, hinglish: string]> = [
  ['heart', 'dil'],
  ['child', 'bachcha bachche bachchon bacha bache bachon bacche bacchon baccha bachho bachhe bacho'],
  ['eye', 'aankh aankhon aankhein ankh ankhon ankhein'],
  ['teeth', 'daant daanton dant danton'],
  ['bone', 'haddi haddiyon haddiyan'],
  ['skin', 'twacha chamdi chamadi'],
  ['medicine', 'dawai dawa dawaai dawaiyan dava davai'],
  ['treatment', 'ilaaj ilaj'],
  ['money', 'paisa paise paison paisaa'],
  ['investment', 'nivesh'],
  ['insurance', 'bima beema'],
  ['loan', 'karza karz karja udhaar udhar'],
  ['accounts', 'hisaab hisab hisaab-kitaab hisab-kitab'],
  ['books', 'khata khaata bahikhata'],
  ['garment', 'kapda kapde kapdon kapada kapade'],
  ['home', 'ghar makaan makan'],
  ['land', 'zameen jameen zamin'],
  ['electricity', 'bijli bijlee'],
  ['shop', 'dukaan dukan dukaan'],
  ['business', 'vyapar vyapaar vyaapar dhandha dhanda karobar kaarobaar karobaar'],
  ['trader', 'vyapari vyapaari vyaapari'],
  ['foreign', 'videsh videshi videsi'],
  ['goods', 'maal'],
  ['legal', 'kanoon kanooni kanuni kanun kaanooni'],
  ['lawsuit', 'mukadma mukadama mukaddama'],
  ['lawyer', 'vakil vakeel wakil wakeel'],
  ['job', 'naukri naukari nokri'],
  ['education', 'padhai padhaai shiksha'],
  ['teacher', 'adhyapak shikshak masterji'],
  ['teaching', 'padhana padhane padhaate padhate'],
  ['training', 'sikhana sikhane sikhaana'],
  ['food', 'khana khaana bhojan'],
  ['factory', 'karkhana kaarkhana karkhane'],
  ['building', 'imarat'],
  ['farming', 'kheti krishi'],
  ['tax', 'kar-vivaran'],
];

const ENGLISH_FOR = new Map<string, string>(
  GLOSSARY.flatMap(([english, hinglish]) => [...wordSet(hinglish)].map((word) => [word, english] as [string, string]))
);

const WORD = /[\p{L}\p{M}][\p{L}\p{M}-]*/gu;

/**
 * The Hindi possessive particles: "dil ka doctor" (doctor of the heart) reads as "heart doctor"
 * once the particle between them goes, which the English phrases already know. Lower case only:
 * "KA" is Karnataka.
 */
const SPACED_POSSESSIVE = /(\p{L})\s+(?:ka|ki|ke|kaa)\s+(?=\p{L})/gu;

/**
 * The query with Hinglish content words in English and without possessive particles ("Chennai
 * mein dil ka doctor" → "Chennai mein heart doctor"); everything else as typed. `keep` says which words mean something in this
 * community as they are (a company or a place called so), which are never translated.
 */
export function translateHinglish(query: string, keep: (word: string) => boolean = () => false): string {
  const translated = query.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    const english = ENGLISH_FOR.get(lower);
    return english && !keep(lower) ? english : word;
  });
  return translated.replace(SPACED_POSSESSIVE, '$1 ');
}
