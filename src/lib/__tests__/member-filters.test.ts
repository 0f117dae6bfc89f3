import { errors } from '@strapi/utils';

import communitySchema from '../../api/community/content-types/community/schema.json';
import memberSchema from '../../api/member/content-types/member/schema.json';
import { withStoredTypes } from '../member-custom-fields';
import { normaliseFilters, type ModelSpec } from '../member-filters';

// Strapi adds the timestamps to the schema when it loads it.
const member: ModelSpec = {
  attributes: { ...withStoredTypes((memberSchema as unknown as ModelSpec).attributes), createdAt: { type: 'datetime' }, updatedAt: { type: 'datetime' } },
};
const models: Record<string, ModelSpec> = { 'api::community.community': communitySchema as unknown as ModelSpec };
const options = {
  lookup: (uid: string) => models[uid],
  // The real rewrite (a subquery on the skills column) runs in tests/member-filters.test.ts.
  rewriteJsonFilter: (field: string, operator: string, values: string[]) => ({ id: { $in: [`${field}${operator}`, ...values] } }),
};
const normalise = (filters: unknown) => normaliseFilters(filters, member, options);

const OPERATORS = [
  '$eq', '$eqi', '$ne', '$nei', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$contains', '$notContains',
  '$containsi', '$notContainsi', '$null', '$notNull', '$between', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi',
];
const VALUE_KINDS: Array<[string, unknown]> = [
  ['whole number', '1998'], ['boolean word', 'TRUE'], ['date', '2024-01-31'], ['text', 'abc'], ['enum value', 'members'],
  ['empty', ''], ['quotes', `O'Brien "x" ';--`], ['unicode', 'Zoë 東京 🚀'], ['5000 chars', 'x'.repeat(5000)],
  ['array', ['1', '2']], ['21-item qs list', Object.fromEntries(Array.from({ length: 21 }, (_, i) => [String(i), String(i)]))],
  ['nested object', { a: { b: '1' } }], ['number', 7], ['huge number', '99999999999999999999999'], ['null', null],
];

const refusal = (filters: unknown): errors.ValidationError | null => {
  try {
    normalise(filters);
    return null;
  } catch (error) {
    if (error instanceof errors.ValidationError) return error;
    throw error;
  }
};

/** Every value that reaches the database for a field is of the field's type. */
const leafTypesFit = (type: string, value: unknown): boolean => {
  if (Array.isArray(value)) return value.every((item) => leafTypesFit(type, item));
  if (value && typeof value === 'object') return Object.values(value).every((item) => leafTypesFit(type, item));
  if (value === null || typeof value === 'boolean') return true; // $null / $notNull flags, $eq null
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'biginteger') return typeof value === 'string' && /^-?\d+$/.test(value);
  return typeof value === 'string';
};

describe('member filter validation', () => {
  it('refuses or normalises every attribute × operator × value kind, naming field and operator', () => {
    const attributes = Object.entries(member.attributes);
    let refused = 0;
    let accepted = 0;
    for (const [field, attribute] of attributes) {
      for (const operator of OPERATORS) {
        for (const [label, value] of VALUE_KINDS) {
          const filters = { [field]: { [operator]: value } };
          const error = refusal(filters);
          if (error) {
            refused += 1;
            expect({ label, message: error.message.includes(field) && error.message.includes(field === 'community' || field === 'user' ? '' : operator) }).toEqual({ label, message: true });
            expect(error.details).toMatchObject({ field: expect.stringContaining(field) });
            continue;
          }
          accepted += 1;
          if (attribute.type === 'relation' || attribute.type === 'json') continue;
          const normalised = normalise(filters) as Record<string, unknown>;
          expect({ field, operator, label, fits: leafTypesFit(attribute.type, normalised[field]) }).toEqual({ field, operator, label, fits: true });
        }
      }
    }
    // Most odd values are refused; the valid ones of each kind get through.
    expect(refused).toBeGreaterThan(accepted);
    expect(accepted).toBeGreaterThan(500);
  });

  it('says what a field accepts', () => {
    expect(refusal({ graduationYear: { $eq: 'abc' } })?.message).toBe('graduationYear $eq expects a whole number, got "abc"');
    expect(refusal({ annualTurnoverInr: { $gt: '12abc' } })?.message).toBe('annualTurnoverInr $gt expects a whole number, got "12abc"');
    expect(refusal({ graduationYear: { $startsWith: '19' } })?.message).toMatch(/^graduationYear \$startsWith is not available for a whole number; graduationYear takes \$eq/);
    expect(refusal({ isActive: { $containsi: 'tr' } })?.message).toMatch(/^isActive \$containsi is not available for a boolean/);
    expect(refusal({ isActive: { $eq: 'yes' } })?.message).toBe('isActive $eq expects true or false, got "yes"');
    expect(refusal({ skills: { $gt: 'Python' } })?.message).toMatch(/^skills \$gt is not available for a list/);
    expect(refusal({ contactVisibility: { $eq: 'everyone' } })?.message).toBe('contactVisibility $eq expects one of members, admins, got "everyone"');
    expect(refusal({ createdAt: { $lt: 'yesterday' } })?.message).toBe('createdAt $lt expects a datetime like 2024-01-31T13:45:00Z, got "yesterday"');
    expect(refusal({ graduationYear: { $between: ['1990'] } })?.message).toMatch(/^graduationYear \$between expects two values/);
    expect(refusal({ graduationYear: { $eq: ['1990', '1991'] } })?.message).toMatch(/^graduationYear \$eq expects a single value/);
    expect(refusal({ name: { $regex: '.*' } })?.message).toMatch(/^name \$regex is not an operator/);
    expect(refusal({ favouriteColour: { $eq: 'red' } })?.message).toMatch(/^favouriteColour is not a field that can be filtered/);
    expect(refusal({ community: { slug: { $eq: { nested: 'x' } } } })?.message).toMatch(/^community\.slug \$eq expects text, got a nested object/);
    expect(refusal({ community: { $eq: 'abc' } })?.message).toBe('community.id $eq expects a whole number, got "abc"');
    expect(refusal({ $and: 'abc' })?.message).toMatch(/^filters \$and expects a list of conditions/);
    expect(refusal({ $gt: '3' })?.message).toMatch(/\$gt is not a group operator/);
    expect(refusal('abc')?.message).toMatch(/^filters expects conditions/);
    expect(refusal({ name: { $in: Array.from({ length: 501 }, (_, i) => String(i)) } })?.message).toBe('name $in expects at most 500 values, got 501');
    expect(normalise({ community: { id: { $in: [] } } })).toEqual({ community: { id: { $in: [] } } });
    // Long values are echoed short.
    expect(refusal({ graduationYear: { $eq: 'x'.repeat(5000) } })?.message.length).toBeLessThan(120);
    const deep = Array.from({ length: 20 }).reduce<Record<string, unknown>>((inner) => ({ $not: inner }), { name: 'x' });
    expect(refusal(deep)?.message).toMatch(/nested more than 12 levels/);
  });

  it('normalises what Strapi would run wrongly: numbers, booleans, qs lists, bare values and skills', () => {
    expect(normalise({ graduationYear: { $eq: ' 1998 ' }, isActive: 'TRUE', directoryVisible: { $ne: '0' } })).toEqual({
      graduationYear: { $eq: 1998 },
      isActive: { $eq: true },
      directoryVisible: { $ne: false },
    });
    expect(normalise({ annualTurnoverInr: { $gte: '9223372036854775807' } })).toEqual({ annualTurnoverInr: { $gte: '9223372036854775807' } });
    expect(refusal({ annualTurnoverInr: { $gte: '9223372036854775808' } })).not.toBeNull();
    expect(refusal({ graduationYear: { $gte: '2147483648' } })).not.toBeNull();
    expect(normalise({ $and: { 0: { name: 'a' }, 1: { city: { $in: { 0: 'x', 21: 'y' } } } } })).toEqual({
      $and: [{ name: { $eq: 'a' } }, { city: { $in: ['x', 'y'] } }],
    });
    expect(normalise({ name: { $null: 'true' }, city: { $notNull: 'FALSE' } })).toEqual({ name: { $null: true }, city: { $notNull: false } });
    expect(normalise({ community: { slug: 'abc', id: { $in: ['1', '2'] } } })).toEqual({ community: { slug: { $eq: 'abc' }, id: { $in: [1, 2] } } });
    expect(normalise({ community: '3' })).toEqual({ community: { $eq: 3 } });
    // Skills become the rewrite's filter, joined with the other conditions by $and.
    expect(normalise({ city: 'Pune', skills: { $containsi: 'py' } })).toEqual({ $and: [{ city: { $eq: 'Pune' } }, { id: { $in: ['skills$containsi', 'py'] } }] });
    expect(normalise({ skills: ['a', 'b'] })).toEqual({ id: { $in: ['skills$in', 'a', 'b'] } });
    expect(normalise({ skills: { $null: 'true' } })).toEqual({ skills: { $null: true } });
    expect(normalise({ $or: [{ skills: { $eq: 'Tax' } }, { name: 'x' }] })).toEqual({ $or: [{ id: { $in: ['skills$eq', 'Tax'] } }, { name: { $eq: 'x' } }] });
    expect(normalise({ skills: { $not: { $eq: 'Tax' } } })).toEqual({ $not: { id: { $in: ['skills$eq', 'Tax'] } } });
    expect(normalise(undefined)).toBeUndefined();
    expect(normalise('')).toBeUndefined();
  });
});
