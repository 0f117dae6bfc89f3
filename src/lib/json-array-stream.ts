/**
 * The items of a JSON array read as the text arrives: a top-level array `[…]`, or the array under
 * `"data"` of a top-level object (`{ "data": […] }`). Each item is parsed on its own, so a 25 MB
 * import is never one `JSON.parse` holding the event loop, and the caller can take turns between
 * items. Malformed JSON is a `JsonStreamError` saying where.
 */
export class JsonStreamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonStreamError';
  }
}

type Container = '[' | '{';

/** Scanner state carried from one chunk to the next. */
type Scan = {
  stack: Container[];
  inString: boolean;
  escaped: boolean;
  /** Depth of the array whose items are yielded (0: not found yet). */
  targetDepth: number;
  /** In the top-level object: the next string is a key. */
  expectKey: boolean;
  key: string | null;
  keyText: string[] | null;
  /** The text of the item being read, while inside one. */
  item: string[] | null;
  itemStart: number;
  /** Characters read so far, for error positions. */
  offset: number;
  done: boolean;
  sawRoot: boolean;
};

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

const fail = (scan: Scan, index: number, what: string) => {
  throw new JsonStreamError(`The file is not valid JSON: ${what} at character ${scan.offset + index + 1}`);
};

/**
 * Feeds one chunk; returns the raw texts of the items it completed. Strings are tracked so that
 * brackets and commas inside them are not structure.
 */
const feed = (scan: Scan, chunk: string): string[] => {
  const completed: string[] = [];
  let index = 0;
  const flushItem = (end: number) => {
    if (!scan.item) return;
    scan.item.push(chunk.slice(scan.itemStart, end));
    const text = scan.item.join('').trim();
    scan.item = null;
    if (text === '') fail(scan, end, 'an empty item');
    completed.push(text);
  };

  for (; index < chunk.length; index += 1) {
    const char = chunk[index];
    if (scan.inString) {
      if (scan.escaped) scan.escaped = false;
      else if (char === '\\') scan.escaped = true;
      else if (char === '"') {
        scan.inString = false;
        if (scan.keyText) {
          scan.keyText.push(chunk.slice(scan.itemStart, index));
          scan.key = scan.keyText.join('');
          scan.keyText = null;
        }
      }
      continue;
    }
    if (scan.done) {
      if (!WHITESPACE.has(char)) fail(scan, index, 'text after the members');
      continue;
    }
    const depth = scan.stack.length;
    const inTargetArray = scan.targetDepth > 0 && depth === scan.targetDepth;

    if (inTargetArray && scan.item === null && !WHITESPACE.has(char) && char !== ',' && char !== ']') {
      scan.item = [];
      scan.itemStart = index;
    }
    if (char === '"') {
      scan.inString = true;
      if (depth === 1 && scan.stack[0] === '{' && scan.expectKey) {
        scan.keyText = [];
        scan.itemStart = index + 1;
      }
      continue;
    }
    if (char === '[' || char === '{') {
      if (depth === 0) {
        if (scan.sawRoot) fail(scan, index, 'a second value');
        scan.sawRoot = true;
        if (char === '[') scan.targetDepth = 1;
        else scan.expectKey = true;
      } else if (depth === 1 && scan.stack[0] === '{' && scan.key === 'data' && char === '[' && scan.targetDepth === 0) {
        scan.targetDepth = 2;
      }
      scan.stack.push(char);
      continue;
    }
    if (char === ']' || char === '}') {
      const open = scan.stack.pop();
      if (open === undefined || (open === '[') !== (char === ']')) fail(scan, index, `an unexpected "${char}"`);
      if (depth === scan.targetDepth) {
        // The target array closes: its last item (if any) ends here.
        flushItem(index);
        scan.targetDepth = -1;
      }
      if (scan.stack.length === 0) scan.done = true;
      continue;
    }
    if (char === ',') {
      if (inTargetArray) {
        if (scan.item === null) fail(scan, index, 'an empty item');
        flushItem(index);
      } else if (depth === 1 && scan.stack[0] === '{') {
        scan.expectKey = true;
        scan.key = null;
      }
      continue;
    }
    if (char === ':' && depth === 1 && scan.stack[0] === '{') {
      scan.expectKey = false;
      continue;
    }
    if (depth === 0 && !WHITESPACE.has(char)) fail(scan, index, 'something other than an array of members');
  }
  if (scan.item) {
    scan.item.push(chunk.slice(scan.itemStart));
    scan.itemStart = 0;
  }
  if (scan.keyText && scan.inString) {
    scan.keyText.push(chunk.slice(scan.itemStart));
    scan.itemStart = 0;
  }
  scan.offset += chunk.length;
  return completed;
};

/** Yields each member item of a JSON import as it is read; throws `JsonStreamError` on bad JSON. */
export async function* jsonArrayItems(source: AsyncIterable<string | Buffer>): AsyncGenerator<unknown> {
  const scan: Scan = {
    stack: [],
    inString: false,
    escaped: false,
    targetDepth: 0,
    expectKey: false,
    key: null,
    keyText: null,
    item: null,
    itemStart: 0,
    offset: 0,
    done: false,
    sawRoot: false,
  };
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for await (const piece of source) {
    let text = typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true });
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    for (const raw of feed(scan, text)) {
      try {
        yield JSON.parse(raw) as unknown;
      } catch (error) {
        throw new JsonStreamError(`The file is not valid JSON: ${(error as Error).message}`);
      }
    }
  }
  const tail = decoder.decode();
  if (tail) for (const raw of feed(scan, tail)) yield JSON.parse(raw) as unknown;
  if (!scan.sawRoot) throw new JsonStreamError('The file is empty.');
  if (!scan.done || scan.inString) throw new JsonStreamError('The file is not valid JSON: it ends before the members do');
  if (scan.targetDepth === 0) throw new JsonStreamError('A JSON import must be an array of members');
}
