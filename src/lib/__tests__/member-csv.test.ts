import fs from 'node:fs';
import path from 'node:path';

import { parse } from 'csv-parse/sync';

import { escapeFormulaCell, MEMBER_CSV_COLUMNS, MemberCsvFormatError, parseMemberCsv, parseMemberJson, recordToCsvLine } from '../member-csv';

const samplePath = path.resolve(__dirname, '../../../database/seed/demo-community.csv');
const HEADER = MEMBER_CSV_COLUMNS.join(',');

describe('parseMemberCsv', () => {
  it('parses the 60-member sample community into valid members', () => {
    const { members, errors } = parseMemberCsv(fs.readFileSync(samplePath, 'utf8'));
    expect(errors).toEqual([]);
    expect(members).toHaveLength(60);
    for (const { member } of members) {
      expect(member.phone).toMatch(/^\+[1-9]\d{6,14}$/);
      expect(member.name.length).toBeGreaterThan(0);
      expect(Array.isArray(member.skills)).toBe(true);
    }
    const first = members[0].member;
    expect(first).toMatchObject({
      name: 'Siddharth Reddy',
      phone: '+917512393704',
      email: 'siddharth.reddy0@example.org',
      city: 'Chennai',
      skills: ['Paediatrics', 'Orthopaedics', 'Diagnostics'],
      graduationYear: 1990,
    });
    expect(first.annualTurnoverInr).toBeUndefined();
    expect(members[1].member.annualTurnoverInr).toBe(120000000);
  });

  it('keeps the header in the canonical column order', () => {
    const header = fs.readFileSync(samplePath, 'utf8').split('\n')[0].trim();
    expect(header).toBe(HEADER);
  });

  it('reports invalid rows with their line numbers and keeps the valid ones', () => {
    const csv = [
      HEADER,
      'Good Person,+919876543210,good@example.org,Pune,,India,,,,,,,2005,,,',
      'Bad Phone,12345,,Pune,,India,,,,,,,2005,,,',
      'Bad Year,+919876543211,,Pune,,India,,,,,,,nineteen,,,',
      'Dup Phone,+91 98765 43210,,Pune,,India,,,,,,,2005,,,',
    ].join('\n');
    const { members, errors } = parseMemberCsv(csv);
    expect(members.map(({ line, member }) => [line, member.name])).toEqual([[2, 'Good Person']]);
    expect(errors.map((error) => [error.line, error.errors[0].path])).toEqual([
      [3, ['phone']],
      [4, ['graduationYear']],
      [5, ['phone']],
    ]);
    // Each message names the column as people know it, quotes the value (a phone masked) and says what to do.
    expect(errors.map((error) => error.errors[0].message)).toEqual([
      'Phone "•••••" is not a valid phone number: write it with the country code, e.g. +919876543210',
      'Graduation year "nineteen" must be a year: enter digits only, e.g. 2020',
      'Phone "+91•••••3210" is already on row 2: each member needs their own number, so remove one of the rows',
    ]);
    expect(errors.map((error) => error.errors[0].code)).toEqual(['custom', 'invalid_type', 'duplicate_in_file']);
  });

  it('words every field problem for people: label, value, what to do', () => {
    const csv = [
      HEADER,
      'A,+919876543210,asha@,Pune,,India,,,,,,,1800,-5,,ftp://x',
      ',+919876543211,,Pune,,India,,,,,,,2005,"12,00,000.50",,',
    ].join('\n');
    const { errors } = parseMemberCsv(csv);
    expect(errors.map((error) => error.errors.map(({ path, message }) => [path.join('.'), message]))).toEqual([
      [
        ['email', 'Email "a•••@" is not an email address: write it as name@example.org'],
        ['graduationYear', 'Graduation year "1800" must be a year from 1900 to 2100, e.g. 2020'],
        ['annualTurnoverInr', 'Annual turnover (₹) "-5" must be an amount in rupees: enter digits only, e.g. 25000000'],
        ['linkedinUrl', 'LinkedIn "ftp://x" is not a web address: write it in full, starting with https://'],
      ],
      [
        ['name', 'Name is required: fill it in'],
        ['annualTurnoverInr', 'Annual turnover (₹) "12,00,000.50" must be an amount in rupees: enter digits only, e.g. 25000000'],
      ],
    ]);
    // Nothing of zod's own wording reaches people.
    expect(JSON.stringify(errors)).not.toMatch(/expected|Too small|Too big|Invalid input/);
  });

  it('accepts columns in any order and a byte-order mark', () => {
    const csv = '\uFEFFphone,name,skills\n+919876543210,Ravi,"SEO; Ads ;SEO"\n';
    const { members, errors } = parseMemberCsv(csv);
    expect(errors).toEqual([]);
    expect(members[0].member).toMatchObject({ name: 'Ravi', phone: '+919876543210', skills: ['SEO', 'Ads'] });
  });

  it('refuses a file whose header is not the member format', () => {
    expect(() => parseMemberCsv('full_name,mobile\nA,1\n')).toThrow(MemberCsvFormatError);
    expect(() => parseMemberCsv('full_name,mobile\nA,1\n')).toThrow(/missing required column\(s\): name, phone; unknown column\(s\): full_name, mobile/);
    expect(() => parseMemberCsv('')).toThrow(/empty/);
  });

  it('reports rows with the wrong number of cells', () => {
    const { errors } = parseMemberCsv(`${HEADER}\nOnly,+919876543210\n`);
    expect(errors[0]).toMatchObject({
      line: 2,
      errors: [{ code: 'column_count', message: 'This row has 2 columns but the header has 16: check for a missing or extra comma (put text containing commas in double quotes)' }],
    });
  });
});

describe('formula escaping on export', () => {
  const DANGEROUS_STARTS = ['=', '+', '-', '@', '\t', '\r'];
  const TEXT_COLUMNS = MEMBER_CSV_COLUMNS.filter((column) => column !== 'graduation_year' && column !== 'annual_turnover_inr' && column !== 'phone');
  const base = (): Record<(typeof MEMBER_CSV_COLUMNS)[number], string> => ({
    ...Object.fromEntries(MEMBER_CSV_COLUMNS.map((column) => [column, ''])),
    name: 'Asha Raman',
    phone: '+919876543210',
  }) as Record<(typeof MEMBER_CSV_COLUMNS)[number], string>;
  /** The cells of one exported line, as a spreadsheet (or csv-parse) reads them. */
  const cellsOf = (line: string) => (parse(line) as string[][])[0];

  it.each(TEXT_COLUMNS.flatMap((column) => DANGEROUS_STARTS.map((start) => [column, start] as const)))(
    'puts a quote before %s starting with %j',
    (column, start) => {
      const record = { ...base(), [column]: `${start}SUM(1,2)` };
      const cells = cellsOf(recordToCsvLine(record));
      expect(cells[MEMBER_CSV_COLUMNS.indexOf(column)]).toBe(`'${start}SUM(1,2)`);
    }
  );

  it.each(TEXT_COLUMNS)('leaves %s alone when it starts with anything else, a quote alone included', (column) => {
    for (const value of ['plain', "'quoted", ' =spaced', 'a=b', 'ünïcode', '']) {
      const cells = cellsOf(recordToCsvLine({ ...base(), [column]: value, name: column === 'name' ? value || 'x' : 'Asha Raman' }));
      expect(cells[MEMBER_CSV_COLUMNS.indexOf(column)]).toBe(column === 'name' ? value || 'x' : value);
    }
  });

  it('exports a valid E.164 phone as it is, and escapes anything else in the phone column', () => {
    expect(cellsOf(recordToCsvLine(base()))[1]).toBe('+919876543210');
    expect(escapeFormulaCell('phone', '+919876543210')).toBe('+919876543210');
    for (const value of ['+1+1', '+91 98765 43210', '=1+1', '-1', '@SUM(A1)', '\t+919876543210', '+0123456789']) {
      expect(escapeFormulaCell('phone', value)).toBe(`'${value}`);
    }
  });

  it('never escapes the numeric columns', () => {
    expect(escapeFormulaCell('graduation_year', '1998')).toBe('1998');
    expect(escapeFormulaCell('annual_turnover_inr', '-5')).toBe('-5');
  });

  it('round-trips every escaped text column through import, quotes before formula starts included', () => {
    const values = ['=HYPERLINK("http://evil.example","x")', '+SUM(1)', '-CEO', '@handle', "'=already quoted", "''-twice"];
    for (const value of values) {
      const record = { ...base(), name: value, city: value, organization: value, bio: value, skills: `${value};Plain`, email: '-x+1@example.org' };
      const { members, errors } = parseMemberCsv(`${HEADER}\n${recordToCsvLine(record)}\n`);
      expect(errors).toEqual([]);
      expect(members[0].member).toMatchObject({ name: value, city: value, organization: value, bio: value, email: '-x+1@example.org', phone: '+919876543210' });
      expect(members[0].member.skills).toEqual([value, 'Plain']);
    }
  });

  it('reads a JSON import as written: only CSV cells are unescaped', () => {
    const { members } = parseMemberJson([{ name: "'=kept", phone: '+919876543210' }]);
    expect(members[0].member.name).toBe("'=kept");
    const csv = parseMemberCsv(`name,phone\n'=unescaped,+919876543210\n`);
    expect(csv.members[0].member.name).toBe('=unescaped');
  });
});
