/** What a member's message asks for. Anything that is not a command is a search. */
export type Command =
  | { kind: 'empty' }
  | { kind: 'greeting' }
  | { kind: 'help' }
  | { kind: 'stop' }
  | { kind: 'start' }
  | { kind: 'more' }
  | { kind: 'details'; index: number }
  | { kind: 'connect'; index: number }
  /** `code` names the introduction being answered ("yes 4821"); a bare yes answers a profile change. */
  | { kind: 'yes'; code?: string }
  | { kind: 'no'; code?: string }
  | { kind: 'undo' }
  | { kind: 'code'; code: string }
  | { kind: 'update'; text: string }
  | { kind: 'search'; text: string };

const GREETING = /^(hi+|hello+|hey+|hiya|namaste|namaskar|vanakkam|good\s+(morning|afternoon|evening))[\s!.,]*$/i;
const HELP = /^(help|menu|\?|commands|what can you do\??)$/i;
/** Opt-outs must be honoured however they are written: "Stop.", "STOP!", "please stop", "stop messages 🙏". */
const STOP =
  /^(?:please\s+)?(?:stop|unsubscribe|opt[\s-]?out|cancel all|stop all|end)(?:\s+(?:it|all|please|messages|messaging|this|now|me|sending))*[\s!.,\p{Extended_Pictographic}\uFE0F]*$/iu;
const START = /^(?:please\s+)?(?:start|unstop|subscribe|opt[\s-]?in|resume)(?:\s+(?:again|please|messages))*[\s!.,\p{Extended_Pictographic}\uFE0F]*$/iu;
const MORE = /^(more|next|next page|show more|more results)[\s!.]*$/i;
const DETAILS = /^(?:#|no\.?\s*|number\s+|details\s+(?:of\s+)?)?(\d{1,2})[\s.)]*$/i;
const CONNECT = /^(?:please\s+)?(?:connect|introduce)(?:\s+me)?(?:\s+(?:with|to))?\s+(?:#|no\.?\s*|number\s+)?(\d{1,2})[\s.!]*$/i;
const YES = /^(?:yes|y|yeah|yep|yup|sure|confirm|ok|okay|haan|agree|i agree)(?:\s*#?(\d{4}))?[\s!.]*$/i;
const NO = /^(?:no|n|nope|nah|decline|cancel|don'?t|do not)(?:\s*#?(\d{4}))?[\s!.]*$/i;
const UNDO = /^undo[\s!.]*$/i;
const CODE = /^(\d{6})$/;
/** Profile edits read like instructions about "my" details. */
const UPDATE =
  /^(?:please\s+)?(?:update|change|set|edit|correct|add|remove|delete)\b.*\b(?:my|me)\b|^my\s+[a-z ]{2,30}\s+(?:is|are)\s+(?:now\s+)?\S|^(?:add|remove)\s+.+\s+(?:to|from)\s+(?:my\s+)?skills\b|^i\s+(?:have\s+)?(?:moved|relocated|shifted)\s+to\b|^i\s+now\s+work\s+(?:at|for)\b/i;

export const parseCommand = (raw: string): Command => {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return { kind: 'empty' };
  if (GREETING.test(text)) return { kind: 'greeting' };
  if (HELP.test(text)) return { kind: 'help' };
  if (STOP.test(text)) return { kind: 'stop' };
  if (START.test(text)) return { kind: 'start' };
  if (MORE.test(text)) return { kind: 'more' };
  if (UNDO.test(text)) return { kind: 'undo' };
  const yes = YES.exec(text);
  if (yes) return yes[1] ? { kind: 'yes', code: yes[1] } : { kind: 'yes' };
  const no = NO.exec(text);
  if (no) return no[1] ? { kind: 'no', code: no[1] } : { kind: 'no' };
  const code = CODE.exec(text);
  if (code) return { kind: 'code', code: code[1] };
  const connect = CONNECT.exec(text);
  if (connect) return { kind: 'connect', index: Number(connect[1]) };
  const details = DETAILS.exec(text);
  if (details) return { kind: 'details', index: Number(details[1]) };
  if (UPDATE.test(text)) return { kind: 'update', text };
  return { kind: 'search', text };
};
