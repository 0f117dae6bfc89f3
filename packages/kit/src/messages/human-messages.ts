/**
 * Validation messages people can act on: each names the field as they know it, shows the value
 * they gave (phones and emails masked) and says what to do, e.g.
 * `Graduation year "20x0" must be a number: enter digits only, e.g. 2020`. Next to the message,
 * `path` and `code` stay machine-readable for API clients.
 *
 * One source for the app and the plugins (which cannot import app code). Depends on nothing but
 * zod's types; labels come from the caller.
 */
import type { z } from 'zod';

/** Field name (the last named segment of a path) → the label people know it by. */
export type FieldLabels = Readonly<Record<string, string>>;

/** One problem with one field: `path` and `code` for programs, `message` for people. */
export type HumanFieldError = { path: string[]; code: string; message: string };

/** Values that are personal data: shown masked (`+91•••••4116`, `a•••@example.org`). */
export type SensitiveKinds = Readonly<Record<string, 'phone' | 'email'>>;

/** `subject` names what a problem with the whole input is about ("member data"). */
export type HumanMessageOptions = { labels?: FieldLabels; sensitive?: SensitiveKinds; subject?: string };

const DEFAULT_SENSITIVE: SensitiveKinds = { phone: 'phone', email: 'email' };
const MASK = '•••••';
const SHOWN_VALUE_MAX = 40;

/** A phone with all but its country-code start and last four digits hidden. */
export const maskPhone = (phone: string): string => {
  const compact = phone.replace(/[\s().-]/g, '');
  return compact.length > 7 ? `${compact.slice(0, 3)}${MASK}${compact.slice(-4)}` : MASK;
};

/** An email with all but the first character of the name hidden. */
export const maskEmail = (email: string): string => {
  const at = email.lastIndexOf('@');
  return at > 0 ? `${email[0]}•••${email.slice(at)}` : `${email.slice(0, 1)}•••`;
};

/** `annualTurnoverInr` → "Annual turnover inr": a readable fallback for fields without a label. */
const fromFieldName = (field: string): string => {
  const words = field
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** How people know the field at `path`: its label, and which item of a list (`Skills (item 2)`). */
export const fieldLabel = (path: ReadonlyArray<PropertyKey>, labels: FieldLabels = {}, subject = 'this entry'): string => {
  const named = path.filter((segment): segment is string => typeof segment === 'string' && !/^\d+$/.test(segment));
  const field = named[named.length - 1];
  if (field === undefined) return subject.charAt(0).toUpperCase() + subject.slice(1);
  const label = labels[field] ?? fromFieldName(field);
  const last = path[path.length - 1];
  const index = typeof last === 'number' ? last : typeof last === 'string' && /^\d+$/.test(last) ? Number(last) : undefined;
  return index === undefined ? label : `${label} (item ${index + 1})`;
};

/** The value as quoted in a message, masked for personal data; nothing for absent or composite values. */
export const shownValue = (path: ReadonlyArray<PropertyKey>, value: unknown, sensitive: SensitiveKinds = DEFAULT_SENSITIVE): string | null => {
  if (value === undefined || value === null || typeof value === 'object' || typeof value === 'function') return null;
  const named = path.filter((segment): segment is string => typeof segment === 'string' && !/^\d+$/.test(segment));
  const kind = sensitive[named[named.length - 1] ?? ''];
  const text = String(value);
  if (text.trim() === '') return null;
  if (kind === 'phone') return `"${maskPhone(text)}"`;
  if (kind === 'email') return `"${maskEmail(text)}"`;
  return `"${text.length > SHOWN_VALUE_MAX ? `${text.slice(0, SHOWN_VALUE_MAX)}…` : text}"`;
};

/** `Label "value" problem` (or `Label problem` without a value to show). */
export const humanMessage = (path: ReadonlyArray<PropertyKey>, value: unknown, problem: string, options: HumanMessageOptions = {}): string => {
  const shown = shownValue(path, value, options.sensitive ?? DEFAULT_SENSITIVE);
  return `${fieldLabel(path, options.labels, options.subject)}${shown ? ` ${shown}` : ''} ${problem}`;
};

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const EXPECTED: Record<string, string> = {
  string: 'must be text',
  number: 'must be a number: enter digits only, e.g. 2020',
  int: 'must be a whole number: enter digits only, e.g. 2020',
  bigint: 'must be a whole number: enter digits only',
  boolean: 'must be yes or no (true or false)',
  array: 'must be a list',
  object: 'must be a group of fields (an object)',
  date: 'must be a date',
};

const FORMATS: Record<string, string> = {
  email: 'is not an email address: write it as name@example.org',
  url: 'is not a web address: write it in full, starting with https://',
  uuid: 'is not a valid id',
  date: 'is not a date: write it as YYYY-MM-DD',
  datetime: 'is not a date and time: write it as 2024-05-31T18:30:00Z',
};

type Issue = z.core.$ZodRawIssue;

/**
 * What is wrong and what to do, for zod's own checks (passed as `error` to `safeParse`). A message
 * a schema sets itself wins over this one, so write those in the same form ("is …: do …").
 */
export const issueProblem = (issue: Issue): string => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required: fill it in';
      return EXPECTED[issue.expected] ?? `must be ${issue.expected}`;
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return minimum <= 1 ? 'is empty: fill it in' : `is too short: enter at least ${plural(minimum, 'character')}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `needs at least ${plural(minimum, 'item')}`;
      return issue.inclusive === false ? `is too small: enter a number above ${minimum}` : `is too small: enter ${minimum} or more`;
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return `is too long: use at most ${plural(maximum, 'character')}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `has too many items: keep at most ${maximum}`;
      return issue.inclusive === false ? `is too large: enter a number below ${maximum}` : `is too large: enter ${maximum} or less`;
    }
    case 'invalid_format':
      return FORMATS[issue.format] ?? (issue.format === 'regex' ? 'is not in the expected format' : `is not a valid ${issue.format}`);
    case 'invalid_value':
      return `is not one of the choices: use ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `${issue.keys.length === 1 ? 'has a field' : 'has fields'} not accepted here (${issue.keys.map((key) => `"${key}"`).join(', ')}): remove ${issue.keys.length === 1 ? 'it' : 'them'}`;
    case 'invalid_union':
      return 'is not in any accepted form';
    default:
      return 'is not valid';
  }
};

const valueAt = (input: unknown, path: ReadonlyArray<PropertyKey>): unknown => {
  let current: unknown = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
};

/** The issues of a failed parse as messages for people (with path and code beside them). */
export const humanFieldErrors = (error: z.ZodError, input: unknown, options: HumanMessageOptions = {}): HumanFieldError[] =>
  error.issues.map((issue) => ({
    path: issue.path.map(String),
    code: issue.code,
    // Unknown fields are listed in the message; the object itself is not worth quoting.
    message: humanMessage(issue.path, issue.code === 'unrecognized_keys' ? undefined : valueAt(input, issue.path), issue.message, options),
  }));

/** `schema.safeParse` with zod's own messages replaced by {@link issueProblem}'s. */
export const safeParseForPeople = <TSchema extends z.ZodType>(schema: TSchema, input: unknown) =>
  schema.safeParse(input, { error: (issue) => issueProblem(issue) });

/** Several messages as one sentence each (for `error.message`). */
export const joinMessages = (errors: ReadonlyArray<{ message: string }>): string =>
  errors.map(({ message }) => (/[.!?]$/.test(message) ? message : `${message}.`)).join(' ');
