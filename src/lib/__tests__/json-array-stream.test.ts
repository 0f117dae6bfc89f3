import { jsonArrayItems } from '../json-array-stream';

const collect = async (chunks: Array<string | Buffer>) => {
  const items: unknown[] = [];
  for await (const item of jsonArrayItems((async function* () {
    yield* chunks;
  })())) items.push(item);
  return items;
};

const TRICKY = [
  { name: 'Plain', phone: '+919840000001' },
  { name: 'Brackets ] } [ { and, commas', bio: 'He said "hi", then \\"left\\" ]' },
  { name: 'Unicode ये ठीक है 😀', skills: ['Tax', 'Audit, internal'], nested: { a: [1, { b: '}' }] } },
  'a bare string, with a comma ]',
  42,
  null,
  [1, [2, [3]]],
];

describe('jsonArrayItems', () => {
  it('reads a top-level array and { data: [...] } the same as JSON.parse, split at every character', async () => {
    for (const text of [JSON.stringify(TRICKY), JSON.stringify({ meta: { x: '[' }, data: TRICKY, after: [1, 2] }, null, 2)]) {
      const expected = TRICKY;
      expect(await collect([text])).toEqual(expected);
      for (let cut = 1; cut < text.length; cut += 1) {
        const items = await collect([text.slice(0, cut), text.slice(cut)]);
        if (JSON.stringify(items) !== JSON.stringify(expected)) throw new Error(`split at ${cut} read ${JSON.stringify(items)}`);
      }
      expect(await collect([...text])).toEqual(expected);
    }
  });

  it('decodes UTF-8 split inside a character and drops a byte-order mark', async () => {
    const bytes = Buffer.from(`\uFEFF${JSON.stringify([{ name: 'ठीक 😀' }])}`, 'utf8');
    const pieces = Array.from(bytes, (byte) => Buffer.from([byte]));
    expect(await collect(pieces)).toEqual([{ name: 'ठीक 😀' }]);
  });

  it('reads empty arrays', async () => {
    expect(await collect(['[]'])).toEqual([]);
    expect(await collect(['  { "data" : [ ] }  '])).toEqual([]);
  });

  it.each([
    ['an empty file', '', /empty/],
    ['whitespace only', '  \n ', /empty/],
    ['an object without data', '{"members": []}', /must be an array/],
    ['data that is not an array', '{"data": {"name": "x"}}', /must be an array/],
    ['a number', '42', /not valid JSON/],
    ['a truncated file', '[{"name": "x"}, {"name": "y"', /ends before/],
    ['an unterminated string', '[{"name": "x', /ends before/],
    ['text after the array', '[] []', /second value|text after/],
    ['a bad item', '[{"name": x}]', /not valid JSON/],
    ['an empty item', '[1,,2]', /empty item/],
    ['mismatched brackets', '[{"a": [1}]', /unexpected/],
  ])('refuses %s', async (_label, text, message) => {
    await expect(collect([text])).rejects.toThrow(message);
  });
});
