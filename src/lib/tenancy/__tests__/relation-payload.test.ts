import { readRelationWrite, type RelationWrite } from '../relation-payload';

const read = (value: unknown) => readRelationWrite('community', value);
const targets = (value: unknown) => {
  const write = read(value);
  return write.kind === 'targets' ? write.targets : write.kind;
};

describe('readRelationWrite', () => {
  it('reads shorthand ids the way Strapi does: numbers and numeric strings are entry ids', () => {
    expect(targets(7)).toEqual([{ id: 7 }]);
    expect(targets('7')).toEqual([{ id: 7 }]);
    // parseInt reads a leading number: Strapi links entry 12, not a document "12abc".
    expect(targets('12abc')).toEqual([{ id: 12 }]);
    expect(targets('abc123')).toEqual([{ documentId: 'abc123' }]);
  });

  it('prefers the documentId of a longhand entry, as Strapi does, whatever id sits beside it', () => {
    expect(targets({ id: 1, documentId: 'other' })).toEqual([{ documentId: 'other' }]);
    expect(targets({ id: '4' })).toEqual([{ id: 4 }]);
    expect(targets({ documentId: 'abc', locale: 'en' })).toEqual([{ documentId: 'abc' }]);
  });

  it('returns every entry of a many-valued payload, not one of them', () => {
    expect(targets([{ id: 1 }, { id: 2 }])).toEqual([{ id: 1 }, { id: 2 }]);
    expect(targets([1, 'doc-b'])).toEqual([{ id: 1 }, { documentId: 'doc-b' }]);
    expect(targets([[1], [[2]]])).toEqual([{ id: 1 }, { id: 2 }]);
    expect(targets({ set: [1, 2] })).toEqual([{ id: 1 }, { id: 2 }]);
    expect(targets({ set: 3 })).toEqual([{ id: 3 }]);
    expect(targets({ connect: [{ id: 2 }, { id: 1 }] })).toEqual([{ id: 2 }, { id: 1 }]);
    expect(targets({ connect: { documentId: 'x' } })).toEqual([{ documentId: 'x' }]);
    expect(targets({ set: [1], connect: [2] })).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('names the entries that positions and disconnects point at', () => {
    const write = read({
      connect: [{ id: 1, position: { before: 'doc-b' } }, { documentId: 'doc-c', position: { after: 9, end: true } }],
      disconnect: [{ id: 5 }],
    }) as Extract<RelationWrite, { kind: 'targets' }>;
    expect(write.targets).toEqual([{ id: 1 }, { documentId: 'doc-c' }]);
    expect(write.named).toEqual([{ id: 1 }, { documentId: 'doc-b' }, { documentId: 'doc-c' }, { id: 9 }, { id: 5 }]);
  });

  it('tells unchanged from cleared', () => {
    expect(read(undefined).kind).toBe('unchanged');
    expect(read({}).kind).toBe('unchanged');
    expect(read({ connect: [], disconnect: [] }).kind).toBe('unchanged');
    expect(read({ set: null }).kind).toBe('unchanged');
    expect(read(null).kind).toBe('cleared');
    expect(read([]).kind).toBe('cleared');
    expect(read({ set: [] }).kind).toBe('cleared');
    expect(read({ disconnect: [{ id: 3 }] }).kind).toBe('cleared');
    expect(read({ connect: [], disconnect: ['doc'] }).kind).toBe('cleared');
  });

  it.each([
    ['a boolean', true],
    ['an empty string', ''],
    ['zero', 0],
    ['a negative id', -3],
    ['an object without ids', [{ name: 'x' }]],
    ['an unknown operation', { replace: [1] }],
    ['a documentId that is not text', { documentId: 5 }],
    ['a position that is not an object', { connect: [{ id: 1, position: 'start' }] }],
    ['a position anchor that is not an id', { connect: [{ id: 1, position: { before: { id: 2 } } }] }],
  ])('refuses %s with a field error', (_label, value) => {
    expect(() => read(value)).toThrow(expect.objectContaining({ name: 'ValidationError', message: expect.stringMatching(/^community /) }));
  });
});
