import { readRelationRef } from '../member-rules';

describe('readRelationRef', () => {
  it('reads every form the document service accepts for a relation', () => {
    expect(readRelationRef(undefined)).toBeUndefined();
    expect(readRelationRef(null)).toBeNull();
    expect(readRelationRef(7)).toEqual({ id: 7 });
    expect(readRelationRef('abc123')).toEqual({ documentId: 'abc123' });
    expect(readRelationRef({ documentId: 'abc123' })).toEqual({ id: undefined, documentId: 'abc123' });
    expect(readRelationRef({ connect: [{ id: 3 }, { id: 4 }] })).toEqual({ id: 4, documentId: undefined });
    expect(readRelationRef({ connect: [], disconnect: [{ id: 3 }] })).toBeNull();
    expect(readRelationRef({ connect: [], disconnect: [] })).toBeUndefined();
    expect(readRelationRef({ set: [] })).toBeNull();
    expect(readRelationRef({ set: ['xyz'] })).toEqual({ documentId: 'xyz' });
    expect(readRelationRef({ disconnect: [{ id: 1 }] })).toBeNull();
  });
});
