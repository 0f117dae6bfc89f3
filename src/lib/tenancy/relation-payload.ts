import { errors } from '@strapi/utils';

/** One entry a relation payload names: an entry id, or a document id to look up. */
export type RelationRef = { id: number } | { documentId: string };

/**
 * What a write does to a relation, read the way Strapi 5's document service reads it:
 * - `unchanged`: the relation is left as it is;
 * - `cleared`: the write empties it (`null`, `[]`, `{ set: [] }`, or only `disconnect`);
 * - `targets`: the entries it would link. A to-one relation keeps one of them (which one depends
 *   on the payload's shape and on create or update), so callers refuse more than one distinct entry.
 * `named` is every entry the payload mentions anywhere (set, connect, disconnect, positions):
 * an access check must hold for all of them, not only for the one Strapi happens to keep.
 */
export type RelationWrite =
  | { kind: 'unchanged'; named: RelationRef[] }
  | { kind: 'cleared'; named: RelationRef[] }
  | { kind: 'targets'; targets: RelationRef[]; named: RelationRef[] };

const invalid = (field: string, message: string) =>
  new errors.ValidationError(`${field} ${message}`, { errors: [{ path: [field], message, name: 'ValidationError' }] });

/**
 * Strapi's shorthand: a number, or a string that `parseInt` reads as one, is an entry id; any
 * other string is a document id. Mirrored exactly, because "12abc" is entry 12 to Strapi.
 */
const readShorthand = (field: string, value: number | string): RelationRef => {
  const parsed = parseInt(String(value), 10);
  if (!Number.isNaN(parsed)) {
    if (parsed <= 0) throw invalid(field, `names an entry id that does not exist (${parsed})`);
    return { id: parsed };
  }
  if (typeof value === 'string' && value.trim() !== '') return { documentId: value };
  throw invalid(field, 'names an entry by an empty id');
};

/** `{ id }` or `{ documentId }`: Strapi uses the document id when there is one, else the id. */
const readLonghand = (field: string, value: Record<string, unknown>): RelationRef => {
  if (value.documentId !== undefined && value.documentId !== null && value.documentId !== '') {
    if (typeof value.documentId !== 'string') throw invalid(field, 'names an entry by a documentId that is not text');
    return { documentId: value.documentId };
  }
  if (typeof value.id === 'number' || typeof value.id === 'string') return readShorthand(field, value.id);
  throw invalid(field, 'names an entry without an id or documentId');
};

const isLonghand = (value: Record<string, unknown>) => 'id' in value || 'documentId' in value;

/** The entries a position (`before`/`after`) points at: Strapi looks them up like any other. */
const readPosition = (field: string, value: Record<string, unknown>): RelationRef[] => {
  const position = value.position;
  if (position === undefined || position === null) return [];
  if (typeof position !== 'object' || Array.isArray(position)) throw invalid(field, 'has a position that is not an object');
  const refs: RelationRef[] = [];
  for (const side of ['before', 'after'] as const) {
    const anchor = (position as Record<string, unknown>)[side];
    if (anchor === undefined || anchor === null) continue;
    if (typeof anchor !== 'number' && typeof anchor !== 'string') throw invalid(field, `has a position.${side} that is not an id`);
    refs.push(readShorthand(field, anchor));
  }
  return refs;
};

type EntryList = { refs: RelationRef[]; named: RelationRef[] };

/** A list of entries in any of the forms Strapi flattens (nested arrays included). */
const readEntries = (field: string, value: unknown): EntryList => {
  const list = Array.isArray(value) ? value.flat(Infinity) : [value];
  const result: EntryList = { refs: [], named: [] };
  for (const entry of list) {
    if (typeof entry === 'number' || typeof entry === 'string') {
      const ref = readShorthand(field, entry);
      result.refs.push(ref);
      result.named.push(ref);
    } else if (entry !== null && typeof entry === 'object' && isLonghand(entry as Record<string, unknown>)) {
      const ref = readLonghand(field, entry as Record<string, unknown>);
      result.refs.push(ref);
      result.named.push(ref, ...readPosition(field, entry as Record<string, unknown>));
    } else {
      throw invalid(field, 'lists an entry that is neither an id, a documentId nor { id } / { documentId }');
    }
  }
  return result;
};

const OPERATION_KEYS = new Set(['set', 'connect', 'disconnect']);

/**
 * Reads a relation payload in every shape Strapi 5 accepts: `5`, `"5"`, `"docId"`, `{ id }`,
 * `{ documentId }`, arrays of those, `{ set }`, `{ connect, disconnect }` with positions. Anything
 * else is refused here rather than passed to Strapi to interpret.
 */
export const readRelationWrite = (field: string, value: unknown): RelationWrite => {
  if (value === undefined) return { kind: 'unchanged', named: [] };
  if (value === null) return { kind: 'cleared', named: [] };
  if (typeof value === 'number' || typeof value === 'string' || Array.isArray(value)) {
    const { refs, named } = readEntries(field, value);
    return refs.length === 0 ? { kind: 'cleared', named } : { kind: 'targets', targets: refs, named };
  }
  if (typeof value !== 'object') throw invalid(field, 'must name an entry by id or documentId');

  const relation = value as Record<string, unknown>;
  // Strapi reads an object with an id or documentId as one entry, whatever else it holds.
  if (isLonghand(relation)) {
    const ref = readLonghand(field, relation);
    return { kind: 'targets', targets: [ref], named: [ref, ...readPosition(field, relation)] };
  }
  const unknownKeys = Object.keys(relation).filter((key) => !OPERATION_KEYS.has(key));
  if (unknownKeys.length > 0) throw invalid(field, `has keys Strapi does not read: ${unknownKeys.join(', ')}`);

  const read = (key: 'set' | 'connect' | 'disconnect'): EntryList | undefined =>
    // Strapi skips a falsy operation (`set: null`), and wraps a single entry in a list.
    relation[key] ? readEntries(field, relation[key]) : undefined;
  const set = read('set');
  const connect = read('connect');
  const disconnect = read('disconnect');
  const named = [...(set?.named ?? []), ...(connect?.named ?? []), ...(disconnect?.named ?? [])];
  const linked = [...(set?.refs ?? []), ...(connect?.refs ?? [])];

  if (linked.length > 0) return { kind: 'targets', targets: linked, named };
  if (set) return { kind: 'cleared', named };
  if (disconnect && disconnect.refs.length > 0) return { kind: 'cleared', named };
  return { kind: 'unchanged', named };
};

/** A stable key for comparing refs that name the same entry the same way. */
export const refKey = (ref: RelationRef) => ('id' in ref ? `id:${ref.id}` : `documentId:${ref.documentId}`);
