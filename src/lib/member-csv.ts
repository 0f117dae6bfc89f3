import type { Readable } from 'node:stream';

import { safeParseForPeople } from '@community-connect/kit';
import { parse as parseStream } from 'csv-parse';
import { parse } from 'csv-parse/sync';

import { createEventLoopTurns } from './event-loop-turns';
import { jsonArrayItems, JsonStreamError } from './json-array-stream';
import { memberCreateSchema, memberFieldMessage, toFieldErrors, type FieldError, type MemberInput } from './member-input';
import { CANNOT_RECEIVE_CODES, canReceiveCodes } from './phone';

/** The canonical member import/export format, in this column order. */
export const MEMBER_CSV_COLUMNS = [
  'name',
  'phone',
  'email',
  'city',
  'state',
  'country',
  'organization',
  'designation',
  'industry',
  'skills',
  'degree',
  'branch',
  'graduation_year',
  'annual_turnover_inr',
  'bio',
  'linkedin_url',
] as const;

type CsvColumn = (typeof MEMBER_CSV_COLUMNS)[number];
type CsvRecord = Partial<Record<CsvColumn, string>>;

export type CsvRowError = { line: number; errors: FieldError[] };

/**
 * `warnings` are rows imported as they are but worth a look: a phone number that phone login
 * refuses (a landline, an unallocated mobile range) can never receive a code by SMS or WhatsApp.
 */
export type ParsedMemberCsv = {
  members: Array<{ line: number; member: MemberInput }>;
  errors: CsvRowError[];
  warnings: CsvRowError[];
};

/** Called with the number of rows validated so far, after every row (so it must be cheap). */
export type RowProgress = (rowsValidated: number) => void;


export class MemberCsvFormatError extends Error {}

const CSV_TO_FIELD: Record<CsvColumn, string> = {
  name: 'name',
  phone: 'phone',
  email: 'email',
  city: 'city',
  state: 'state',
  country: 'country',
  organization: 'organization',
  designation: 'designation',
  industry: 'industry',
  skills: 'skills',
  degree: 'degree',
  branch: 'branch',
  graduation_year: 'graduationYear',
  annual_turnover_inr: 'annualTurnoverInr',
  bio: 'bio',
  linkedin_url: 'linkedinUrl',
};

/** The member attributes the canonical format carries, in column order (imports write, exports read them). */
export const MEMBER_CSV_FIELDS = MEMBER_CSV_COLUMNS.map((column) => CSV_TO_FIELD[column]);

const toInteger = (value: string): number | string => {
  const compact = value.replace(/[,_\s]/g, '');
  return /^-?\d+$/.test(compact) ? Number(compact) : value;
};

/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a
 * formula (`=HYPERLINK(…)` in a bio, `-2+3@x.org` as an address). Every text column is exported
 * with a leading `'` before such a start, which spreadsheets show as text, and CSV imports take
 * one `'` off again, so `export → import` gives back the same values. A value that already starts
 * with `'` before such a character gets one more, so it survives the round trip too.
 *
 * The phone column is the exception that keeps phones usable: a valid E.164 number (`+` and
 * digits only, which the member rules guarantee for stored phones) is a plain number to a
 * spreadsheet, never a formula, so it is exported as it is; anything else there is escaped.
 * Year and turnover are integers and never start with these characters.
 */
const NUMERIC_COLUMNS = new Set<CsvColumn>(['graduation_year', 'annual_turnover_inr']);
const FORMULA_SAFE_COLUMNS = MEMBER_CSV_COLUMNS.filter((column) => !NUMERIC_COLUMNS.has(column));
const NEEDS_FORMULA_ESCAPE = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;
const E164_PHONE = /^\+[1-9]\d{6,14}$/;

/** The cell as a spreadsheet may open it: one `'` before a formula start. */
export const escapeFormulaCell = (column: CsvColumn, value: string): string => {
  if (NUMERIC_COLUMNS.has(column) || !NEEDS_FORMULA_ESCAPE.test(value)) return value;
  if (column === 'phone' && E164_PHONE.test(value)) return value;
  return `'${value}`;
};

/** Undoes {@link escapeFormulaCell} on a cell read from a CSV file. */
export const unescapeFormulaCell = (column: CsvColumn, value: string): string =>
  !NUMERIC_COLUMNS.has(column) && ESCAPED_FORMULA.test(value) ? value.slice(1) : value;

/** Turns one CSV record into the shape the member schema validates; types are checked there. */
const recordToInput = (record: CsvRecord, fromSpreadsheet: boolean): Record<string, unknown> => {
  const input: Record<string, unknown> = {};
  for (const column of MEMBER_CSV_COLUMNS) {
    let raw = record[column]?.trim() ?? '';
    if (raw === '') continue;
    // Only CSV exports are escaped; a JSON import is read as written.
    if (fromSpreadsheet) raw = unescapeFormulaCell(column, raw);
    const field = CSV_TO_FIELD[column];
    if (column === 'skills') {
      input[field] = raw
        .split(';')
        .map((skill) => skill.trim())
        .filter(Boolean);
    } else if (column === 'graduation_year' || column === 'annual_turnover_inr') {
      input[field] = toInteger(raw);
    } else {
      input[field] = raw;
    }
  }
  return input;
};

const assertHeader = (header: string[]) => {
  const normalised = header.map((column) => column.trim().toLowerCase());
  const unknown = normalised.filter((column) => !(MEMBER_CSV_COLUMNS as readonly string[]).includes(column));
  const missing = ['name', 'phone'].filter((column) => !normalised.includes(column));
  if (unknown.length > 0 || missing.length > 0) {
    const problems = [
      missing.length > 0 ? `missing required column(s): ${missing.join(', ')}` : '',
      unknown.length > 0 ? `unknown column(s): ${unknown.join(', ')}` : '',
    ].filter(Boolean);
    throw new MemberCsvFormatError(
      `The CSV header does not match the member format (${problems.join('; ')}). Expected: ${MEMBER_CSV_COLUMNS.join(',')}`
    );
  }
  return normalised;
};

/**
 * Parses a member CSV in the canonical format. Rows that fail validation are reported with their
 * line number and field errors instead of stopping the whole file; a phone that appears twice is
 * an error on its later line.
 */
export const parseMemberCsv = (text: string): ParsedMemberCsv => {
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), {
      skip_empty_lines: true,
      relax_column_count: true,
    }) as string[][];
  } catch (error) {
    throw new MemberCsvFormatError(`The file is not valid CSV: ${(error as Error).message}`);
  }
  if (rows.length === 0) throw new MemberCsvFormatError('The CSV file is empty.');

  const header = assertHeader(rows[0]);
  const validator = createRowValidator(true);
  rows.slice(1).forEach((cells, index) => addCsvRow(validator, header, cells, index + 2));
  return validator.finish();
};

/**
 * The streaming form of `parseMemberCsv`, for imports of up to tens of megabytes: the file is
 * parsed chunk by chunk as it arrives and the event loop gets a turn every few milliseconds, so
 * one large import never stalls the other requests the process is serving. Same result, same
 * errors. An error of the source itself (a client that went away) is rethrown as it is.
 */
export const parseMemberCsvStream = async (source: Readable, onProgress?: RowProgress): Promise<ParsedMemberCsv> => {
  const parser = parseStream({ bom: true, skip_empty_lines: true, relax_column_count: true });
  let sourceError: Error | undefined;
  source.on('error', (error) => {
    sourceError = error;
    parser.destroy(error);
  });
  source.pipe(parser);

  const validator = createRowValidator(true);
  const turns = createEventLoopTurns();
  let header: string[] | undefined;
  let line = 1;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      if (!header) {
        header = assertHeader(cells);
      } else {
        line += 1;
        addCsvRow(validator, header, cells, line);
        onProgress?.(line - 1);
        if (turns.due()) await turns.turn();
      }
    }
  } catch (error) {
    source.unpipe(parser);
    source.resume();
    if (sourceError || error instanceof MemberCsvFormatError) throw sourceError ?? error;
    throw new MemberCsvFormatError(`The file is not valid CSV: ${(error as Error).message}`);
  }
  if (!header) throw new MemberCsvFormatError('The CSV file is empty.');
  return validator.finish();
};

const addCsvRow = (validator: RowValidator, header: string[], cells: string[], line: number) => {
  if (cells.length !== header.length) {
    validator.reject(line, [
      {
        path: [],
        code: 'column_count',
        message: `This row has ${cells.length} columns but the header has ${header.length}: check for a missing or extra comma (put text containing commas in double quotes)`,
      },
    ]);
    return;
  }
  validator.add(line, Object.fromEntries(header.map((column, i) => [column, cells[i]])) as CsvRecord);
};

type RowValidator = ReturnType<typeof createRowValidator>;

/**
 * Validates member records in the canonical columns, one at a time; a phone that appears twice is
 * an error on its later line, so nothing is silently merged. A valid number that is not a mobile
 * (the check phone login makes) is imported with a warning.
 */
const createRowValidator = (fromSpreadsheet: boolean) => {
  const result: ParsedMemberCsv = { members: [], errors: [], warnings: [] };
  const lineOfPhone = new Map<string, number>();
  return {
    reject(line: number, errors: FieldError[]) {
      result.errors.push({ line, errors });
    },
    add(line: number, record: CsvRecord) {
      const input = recordToInput(record, fromSpreadsheet);
      const parsed = safeParseForPeople(memberCreateSchema, input);
      if (!parsed.success) {
        result.errors.push({ line, errors: toFieldErrors(parsed.error, input, 'this row') });
        return;
      }
      const firstLine = lineOfPhone.get(parsed.data.phone);
      if (firstLine !== undefined) {
        const message = memberFieldMessage(['phone'], parsed.data.phone, `is already on row ${firstLine}: each member needs their own number, so remove one of the rows`);
        result.errors.push({ line, errors: [{ path: ['phone'], code: 'duplicate_in_file', message }] });
        return;
      }
      lineOfPhone.set(parsed.data.phone, line);
      result.members.push({ line, member: parsed.data });
      if (!canReceiveCodes(parsed.data.phone)) {
        result.warnings.push({ line, errors: [{ path: ['phone'], code: 'not_mobile', message: `${CANNOT_RECEIVE_CODES} (row still imported; phone login and the WhatsApp bot will refuse it)` }] });
      }
    },
    finish(): ParsedMemberCsv {
      result.errors.sort((a, b) => a.line - b.line);
      return result;
    },
  };
};

const jsonCell = (value: unknown): string | undefined => {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string') ? value.join(';') : undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return undefined;
};

/**
 * Parses a JSON import: an array of objects with the canonical CSV column names (skills as a
 * list or `;`-separated). Rows are numbered from 1, as in the array.
 */
export const parseMemberJson = (items: unknown): ParsedMemberCsv => {
  if (!Array.isArray(items)) throw new MemberCsvFormatError('A JSON import must be an array of members');
  const validator = createRowValidator(false);
  items.forEach((item, index) => addJsonItem(validator, item, index + 1));
  return validator.finish();
};

/** `parseMemberJson` with a turn for the event loop every few milliseconds (large imports). */
export const parseMemberJsonYielding = async (items: unknown, onProgress?: RowProgress): Promise<ParsedMemberCsv> => {
  if (!Array.isArray(items)) throw new MemberCsvFormatError('A JSON import must be an array of members');
  const validator = createRowValidator(false);
  const turns = createEventLoopTurns();
  for (let index = 0; index < items.length; index += 1) {
    addJsonItem(validator, items[index], index + 1);
    onProgress?.(index + 1);
    if (turns.due()) await turns.turn();
  }
  return validator.finish();
};

/**
 * The streaming form of a JSON import (a member array, or `{ "data": [...] }`): items are parsed
 * one at a time as the text arrives, with turns for the event loop, so a 25 MB body is never one
 * blocking `JSON.parse`. Same result and errors as `parseMemberJson`.
 */
export const parseMemberJsonStream = async (source: AsyncIterable<string | Buffer>, onProgress?: RowProgress): Promise<ParsedMemberCsv> => {
  const validator = createRowValidator(false);
  const turns = createEventLoopTurns();
  let line = 0;
  try {
    for await (const item of jsonArrayItems(source)) {
      line += 1;
      addJsonItem(validator, item, line);
      onProgress?.(line);
      if (turns.due()) await turns.turn();
    }
  } catch (error) {
    if (error instanceof JsonStreamError) throw new MemberCsvFormatError(error.message);
    throw error;
  }
  return validator.finish();
};

const addJsonItem = (validator: RowValidator, item: unknown, line: number) => {
  if (!item || typeof item !== 'object' || Array.isArray(item)) {
    validator.reject(line, [{ path: [], code: 'invalid_type', message: 'This item is not a member: write each member as an object with the column names as keys' }]);
    return;
  }
  const record: CsvRecord = {};
  const problems: CsvRowError['errors'] = [];
  for (const [key, value] of Object.entries(item)) {
    const cell = jsonCell(value);
    if (!(MEMBER_CSV_COLUMNS as readonly string[]).includes(key)) {
      problems.push({ path: [key], code: 'unrecognized_keys', message: `"${key}" is not a member field: use the template's column names (${MEMBER_CSV_COLUMNS.join(', ')})` });
    } else if (cell === undefined) {
      problems.push({ path: [key], code: 'invalid_type', message: memberFieldMessage([CSV_TO_FIELD[key as CsvColumn]], undefined, 'must be text, a number or a list of text') });
    } else {
      record[key as CsvColumn] = cell;
    }
  }
  if (problems.length > 0) validator.reject(line, problems);
  else validator.add(line, record);
};

/** A member as a canonical CSV/JSON record (export), so export → import round-trips. */
export const memberToRecord = (member: Record<string, unknown>): Record<CsvColumn, string> => {
  const record = {} as Record<CsvColumn, string>;
  for (const column of MEMBER_CSV_COLUMNS) {
    const value = member[CSV_TO_FIELD[column]];
    record[column] = Array.isArray(value) ? value.join(';') : value === null || value === undefined ? '' : String(value);
  }
  return record;
};

/** The record as a spreadsheet may safely open it (formula-like text escaped). */
const spreadsheetSafe = (record: Record<CsvColumn, string>): Record<CsvColumn, string> => {
  const safe = { ...record };
  for (const column of FORMULA_SAFE_COLUMNS) safe[column] = escapeFormulaCell(column, safe[column]);
  return safe;
};

/** One CSV line in the canonical column order. */
export const recordToCsvLine = (record: Record<CsvColumn, string>): string => {
  const safe = spreadsheetSafe(record);
  return MEMBER_CSV_COLUMNS.map((column) => csvCell(safe[column])).join(',');
};

const csvCell = (value: string) => (/[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

const TEMPLATE_EXAMPLE: Record<CsvColumn, string> = {
  name: 'Asha Raman',
  phone: '+919876543210',
  email: 'asha@example.org',
  city: 'Chennai',
  state: 'Tamil Nadu',
  country: 'India',
  organization: 'Raman Textiles',
  designation: 'Founder',
  industry: 'Textiles',
  skills: 'Exports;Supply Chain',
  degree: 'B.Tech',
  branch: 'Mechanical',
  graduation_year: '1998',
  annual_turnover_inr: '25000000',
  bio: 'Runs a textile export house; happy to mentor first-time founders.',
  linkedin_url: 'https://www.linkedin.com/in/example',
};


/** The import template: the canonical header and one example row to overwrite. */
export const memberCsvTemplate = (): string =>
  `${MEMBER_CSV_COLUMNS.join(',')}\n${recordToCsvLine(TEMPLATE_EXAMPLE)}\n`;
