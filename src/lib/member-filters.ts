import { errors } from '@strapi/utils';

/**
 * One validator for the filters a member list is asked for, whichever way they arrive (the admin
 * panel's Content Manager, /api/members, code). Strapi hands filters to the database as they come:
 * a year compared with text, `$startsWith` on a number or `$eq` on a JSON column fail inside the
 * database and answer 500, and unknown fields or operators are dropped silently (the list then
 * answers as if unfiltered). This walks the filter tree against the schema and either refuses it
 * with a 400 naming field, operator and what they accept, or returns it normalised (numbers and
 * booleans parsed, `$and` lists as arrays, JSON lists rewritten by `rewriteJsonFilter`).
 */

export type AttributeSpec = { type: string; enum?: readonly string[]; target?: string };
export type ModelSpec = { attributes: Record<string, AttributeSpec> };
/** Looks a model up by uid (relation targets); `undefined` for unknown ones. */
export type ModelLookup = (uid: string) => ModelSpec | undefined;
/** Turns a filter on a JSON list field into an equivalent filter Strapi can run, e.g. on `id`. */
export type JsonFilterRewrite = (field: string, operator: string, values: string[]) => Record<string, unknown> | null;

export type FilterValidationOptions = {
  lookup: ModelLookup;
  rewriteJsonFilter?: JsonFilterRewrite;
};

type Filters = Record<string, unknown>;

const GROUP_OPERATORS = new Set(['$and', '$or']);
const COMPARISON = ['$eq', '$ne', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$between', '$null', '$notNull'];
const TEXT_ONLY = ['$eqi', '$nei', '$contains', '$notContains', '$containsi', '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi'];
const ALL_ATTRIBUTE_OPERATORS = new Set([...COMPARISON, ...TEXT_ONLY]);
/** What a JSON list can be asked: whether it holds an entry (exactly, or one containing / starting / ending with the text). */
const JSON_LIST_OPERATORS = ['$eq', '$eqi', '$ne', '$nei', '$in', '$notIn', ...TEXT_ONLY.filter((op) => op !== '$eqi' && op !== '$nei'), '$null', '$notNull'];
const LIST_OPERATORS = new Set(['$in', '$notIn']);
const MAX_LIST_VALUES = 500;
const MAX_DEPTH = 12;
/** Relation paths go this many models deep (member → community → …); further is not a directory question. */
const MAX_RELATION_HOPS = 2;

type Kind = { name: string; accepts: string; operators: readonly string[]; parse: (value: unknown) => unknown | typeof INVALID };

const INVALID = Symbol('invalid');

const INT_RANGE: Record<string, [bigint, bigint]> = {
  integer: [BigInt('-2147483648'), BigInt('2147483647')],
  biginteger: [BigInt('-9223372036854775808'), BigInt('9223372036854775807')],
};

const parseWholeNumber = (type: 'integer' | 'biginteger') => (value: unknown) => {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : null;
  if (text === null || !/^[+-]?\d{1,20}$/.test(text)) return INVALID;
  const parsed = BigInt(text);
  const [min, max] = INT_RANGE[type];
  if (parsed < min || parsed > max) return INVALID;
  // Strapi stores bigintegers as strings (beyond a double's precision); integers as numbers.
  return type === 'integer' ? Number(parsed) : parsed.toString();
};

const parseDecimal = (value: unknown) => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : INVALID;
  if (typeof value !== 'string' || !/^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)) return INVALID;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : INVALID;
};

const TRUE_WORDS = new Set(['true', '1']);
const FALSE_WORDS = new Set(['false', '0']);
const parseBoolean = (value: unknown) => {
  if (typeof value === 'boolean') return value;
  const word = typeof value === 'number' || typeof value === 'string' ? String(value).trim().toLowerCase() : '';
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return INVALID;
};

const parseText = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : INVALID);

const DATE_SHAPES: Record<string, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  datetime: /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
  time: /^\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/,
};
const parseDateLike = (type: string) => (value: unknown) => {
  if (typeof value !== 'string') return INVALID;
  const text = value.trim();
  if (!DATE_SHAPES[type].test(text)) return INVALID;
  if (type !== 'time' && Number.isNaN(Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text))) return INVALID;
  return text;
};

const kindOf = (attribute: AttributeSpec): Kind | null => {
  switch (attribute.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'email':
    case 'uid':
      return { name: 'text', accepts: 'text', operators: [...COMPARISON, ...TEXT_ONLY], parse: parseText };
    case 'enumeration': {
      const values = attribute.enum ?? [];
      return { name: 'enumeration', accepts: `one of ${values.join(', ')}`, operators: [...COMPARISON, ...TEXT_ONLY], parse: parseText };
    }
    case 'integer':
    case 'biginteger':
      return {
        name: 'whole number',
        accepts: 'a whole number',
        operators: COMPARISON,
        parse: parseWholeNumber(attribute.type),
      };
    case 'decimal':
    case 'float':
      return { name: 'number', accepts: 'a number', operators: COMPARISON, parse: parseDecimal };
    case 'boolean':
      return { name: 'boolean', accepts: 'true or false', operators: ['$eq', '$ne', '$in', '$notIn', '$null', '$notNull'], parse: parseBoolean };
    case 'date':
    case 'datetime':
    case 'time':
    case 'timestamp': {
      const shape = attribute.type === 'timestamp' ? 'datetime' : attribute.type;
      const example = shape === 'date' ? '2024-01-31' : shape === 'time' ? '13:45' : '2024-01-31T13:45:00Z';
      return { name: shape, accepts: `a ${shape} like ${example}`, operators: COMPARISON, parse: parseDateLike(shape) };
    }
    case 'json':
      return { name: 'list', accepts: 'text to look for in the list', operators: JSON_LIST_OPERATORS, parse: parseText };
    default:
      return null;
  }
};

/** A short, single-line echo of what the client sent (never a 5,000-character message). */
const shown = (value: unknown) => {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const refuse = (field: string, operator: string | undefined, message: string, accepts?: string) =>
  new errors.ValidationError(message, {
    field,
    ...(operator ? { operator } : {}),
    ...(accepts ? { accepts } : {}),
    errors: [{ path: field.split('.'), message, name: 'ValidationError' }],
  });

const isPlainObject = (value: unknown): value is Filters =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** qs turns lists longer than 20 into `{ "0": …, "21": … }`: read them as the lists they are. */
const asArray = (value: unknown): unknown[] | null => {
  if (Array.isArray(value)) return value;
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) {
      return keys.sort((a, b) => Number(a) - Number(b)).map((key) => value[key]);
    }
  }
  return null;
};

const isOperatorKey = (key: string) => key.startsWith('$');

const FIELD_NAMES_SHOWN = 40;

class FilterWalker {
  constructor(private readonly options: FilterValidationOptions) {}

  /** A group of conditions on one model: `{ field: …, $and: [...], $or: [...], $not: {...} }`. */
  conditions(value: unknown, model: ModelSpec, prefix: string, hops: number, depth: number): Filters {
    const where = prefix ? prefix.slice(0, -1) : 'filters';
    if (depth > MAX_DEPTH) throw refuse(where, undefined, `${where}: filters are nested more than ${MAX_DEPTH} levels deep`);
    if (!isPlainObject(value)) {
      throw refuse(where, undefined, `${where} expects conditions like ${prefix}name[$eq]=value, got ${shown(value)}`);
    }
    const result: Filters = {};
    const rewritten: Filters[] = [];
    for (const [key, nested] of Object.entries(value)) {
      if (nested === undefined) continue;
      if (GROUP_OPERATORS.has(key)) {
        const list = asArray(nested) ?? (isPlainObject(nested) ? [nested] : null);
        if (!list) throw refuse(where, key, `${where} ${key} expects a list of conditions, got ${shown(nested)}`);
        result[key] = list.map((item) => this.conditions(item, model, prefix, hops, depth + 1));
      } else if (key === '$not') {
        result[key] = this.conditions(nested, model, prefix, hops, depth + 1);
      } else if (isOperatorKey(key)) {
        throw refuse(where, key, `${where}: ${key} is not a group operator; use $and, $or or $not here, or put ${key} under a field`);
      } else {
        const condition = this.field(key, nested, model, prefix, hops, depth);
        if ('replacement' in condition) rewritten.push(condition.replacement);
        else result[key] = condition.value;
      }
    }
    // Rewritten conditions (JSON lists) join the others with AND, as the keys they replace did.
    if (rewritten.length === 0) return result;
    if (rewritten.length === 1 && Object.keys(result).length === 0) return rewritten[0];
    return { $and: [...(Object.keys(result).length > 0 ? [result] : []), ...rewritten] };
  }

  private field(
    name: string,
    value: unknown,
    model: ModelSpec,
    prefix: string,
    hops: number,
    depth: number
  ): { value: unknown } | { replacement: Filters } {
    const path = `${prefix}${name}`;
    const attribute = name === 'id' ? { type: 'integer' } : name === 'documentId' ? { type: 'string' } : model.attributes[name];
    if (!attribute) {
      const known = ['id', 'documentId', ...Object.keys(model.attributes)].slice(0, FIELD_NAMES_SHOWN).join(', ');
      throw refuse(path, undefined, `${path} is not a field that can be filtered; fields: ${known}`);
    }
    if (attribute.type === 'relation') return { value: this.relation(path, attribute, value, hops, depth) };
    const kind = kindOf(attribute);
    if (!kind) throw refuse(path, undefined, `${path} (${attribute.type}) cannot be filtered`);

    // A bare value (or list) means $eq (or $in), as Strapi reads it.
    const operations: Filters = isPlainObject(value) && asArray(value) === null ? value : Array.isArray(value) || asArray(value) ? { $in: value } : { $eq: value };
    const normalised: Filters = {};
    const replacements: Filters[] = [];
    for (const [operator, operand] of Object.entries(operations)) {
      if (operand === undefined) continue;
      if (operator === '$not') {
        // `field: { $not: { $eq: … } }` negates a condition on the field itself.
        const inner = this.field(name, operand, model, prefix, hops, depth + 1);
        if ('replacement' in inner) replacements.push({ $not: inner.replacement });
        else normalised.$not = inner.value;
        continue;
      }
      if (!ALL_ATTRIBUTE_OPERATORS.has(operator)) {
        throw refuse(path, operator, `${path} ${operator} is not an operator; ${path} takes ${kind.operators.join(' ')}`, kind.operators.join(' '));
      }
      if (!kind.operators.includes(operator)) {
        throw refuse(
          path,
          operator,
          `${path} ${operator} is not available for a ${kind.name}; ${path} takes ${kind.operators.join(' ')}`,
          kind.operators.join(' ')
        );
      }
      const operandValue = this.operand(path, operator, operand, kind, attribute);
      if (attribute.type === 'json' && operator !== '$null' && operator !== '$notNull') {
        const rewrite = this.options.rewriteJsonFilter?.(name, operator, (Array.isArray(operandValue) ? operandValue : [operandValue]) as string[]);
        if (!rewrite) throw refuse(path, operator, `${path} ${operator} cannot be answered for this list`, '$null $notNull');
        replacements.push(rewrite);
        continue;
      }
      normalised[operator] = operandValue;
    }
    if (replacements.length === 0) return { value: normalised };
    const kept = Object.keys(normalised).length > 0 ? [{ [name]: normalised }] : [];
    return { replacement: replacements.length === 1 && kept.length === 0 ? replacements[0] : { $and: [...kept, ...replacements] } };
  }

  private operand(path: string, operator: string, operand: unknown, kind: Kind, attribute: AttributeSpec): unknown {
    if (operator === '$null' || operator === '$notNull') {
      const flag = parseBoolean(operand);
      if (flag === INVALID) throw refuse(path, operator, `${path} ${operator} expects true or false, got ${shown(operand)}`, 'true or false');
      return flag;
    }
    const one = (item: unknown) => {
      if (item === null && (operator === '$eq' || operator === '$ne')) return null;
      if (isPlainObject(item) || Array.isArray(item)) {
        throw refuse(path, operator, `${path} ${operator} expects ${kind.accepts}, got a nested object ${shown(item)}`, kind.accepts);
      }
      const parsed = kind.parse(item);
      if (parsed === INVALID) throw refuse(path, operator, `${path} ${operator} expects ${kind.accepts}, got ${shown(item)}`, kind.accepts);
      if (attribute.type === 'enumeration' && ['$eq', '$ne', '$in', '$notIn'].includes(operator) && !(attribute.enum ?? []).includes(parsed as string)) {
        throw refuse(path, operator, `${path} ${operator} expects ${kind.accepts}, got ${shown(item)}`, kind.accepts);
      }
      return parsed;
    };
    const list = asArray(operand);
    if (LIST_OPERATORS.has(operator)) {
      const items = list ?? [operand];
      // An empty list is legitimate (the admin panel's scope for an admin of no community is `$in: []`).
      if (items.length > MAX_LIST_VALUES) {
        throw refuse(path, operator, `${path} ${operator} expects at most ${MAX_LIST_VALUES} values, got ${items.length}`, kind.accepts);
      }
      return items.map(one);
    }
    if (operator === '$between') {
      if (!list || list.length !== 2) {
        throw refuse(path, operator, `${path} $between expects two values (from, to), each ${kind.accepts}; got ${shown(operand)}`, `two values, each ${kind.accepts}`);
      }
      return list.map(one);
    }
    if (list) throw refuse(path, operator, `${path} ${operator} expects a single value (${kind.accepts}), got a list ${shown(operand)}`, kind.accepts);
    return one(operand);
  }

  /** `community[slug][$eq]=…` reads the related model; `community[$eq]=3` or `community=3` its id. */
  private relation(path: string, attribute: AttributeSpec, value: unknown, hops: number, depth: number): unknown {
    const target = attribute.target ? this.options.lookup(attribute.target) : undefined;
    if (!target) throw refuse(path, undefined, `${path} cannot be filtered`);
    const byId = { type: 'integer' } as const;
    if (!isPlainObject(value) || asArray(value) !== null) {
      const { value: idCondition } = this.field('id', value, { attributes: { id: byId } }, `${path}.`, hops, depth) as { value: unknown };
      return idCondition;
    }
    const keys = Object.keys(value);
    const operatorKeys = keys.filter((key) => isOperatorKey(key) && !GROUP_OPERATORS.has(key) && key !== '$not');
    if (operatorKeys.length > 0) {
      if (operatorKeys.length !== keys.length || operatorKeys.length > 1) {
        throw refuse(path, operatorKeys[0], `${path} takes either one operator on its id (${path}[$eq]=3) or conditions on its fields (${path}[slug][$eq]=x), not both`);
      }
      const { value: idCondition } = this.field('id', value, { attributes: { id: byId } }, `${path}.`, hops, depth) as { value: unknown };
      return idCondition;
    }
    if (hops >= MAX_RELATION_HOPS) throw refuse(path, undefined, `${path}: filters follow at most ${MAX_RELATION_HOPS} relations`);
    return this.conditions(value, target, `${path}.`, hops + 1, depth + 1);
  }
}

/**
 * Validates and normalises `filters` for a model; throws a ValidationError (400) naming the field,
 * the operator and what it accepts. `undefined`/`null` filters pass through.
 */
export const normaliseFilters = (filters: unknown, model: ModelSpec, options: FilterValidationOptions): Filters | undefined => {
  if (filters === undefined || filters === null) return undefined;
  if (typeof filters === 'string' && filters.trim() === '') return undefined;
  const list = asArray(filters);
  const walker = new FilterWalker(options);
  if (list) return { $and: list.map((item) => walker.conditions(item, model, '', 0, 1)) };
  return walker.conditions(filters, model, '', 0, 0);
};
