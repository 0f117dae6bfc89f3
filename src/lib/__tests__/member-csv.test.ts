import fs from 'node:fs';
import path from 'node:path';

import { MEMBER_CSV_COLUMNS, MemberCsvFormatError, parseMemberCsv } from '../member-csv';

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
    expect(errors[2].errors[0].message).toMatch(/row 2/);
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
    expect(errors[0]).toMatchObject({ line: 2, errors: [{ message: 'has 2 columns, the header has 16' }] });
  });
});
