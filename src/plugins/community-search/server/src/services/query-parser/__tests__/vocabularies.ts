import { readFileSync } from 'fs';
import { join } from 'path';

import type { CommunityVocabulary, ListFilterField } from '../types';

const DEMO_CSV = join(__dirname, '../../../../../../../../database/seed/demo-community.csv');

const CSV_COLUMNS: Record<ListFilterField, string> = {
  city: 'city',
  state: 'state',
  country: 'country',
  skills: 'skills',
  industry: 'industry',
  designation: 'designation',
  organization: 'organization',
  degree: 'degree',
  branch: 'branch',
};

/** Splits one CSV line, honouring double-quoted cells. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted && char === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else {
      cell += char;
    }
  }
  cells.push(cell);
  return cells;
}

/** The distinct values of the sample community (database/seed/demo-community.csv), in order of first appearance. */
export function demoVocabulary(): CommunityVocabulary {
  const [header, ...rows] = readFileSync(DEMO_CSV, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim());
  const columns = csvCells(header);
  const vocabulary = {} as CommunityVocabulary;
  for (const [field, column] of Object.entries(CSV_COLUMNS) as [ListFilterField, string][]) {
    const at = columns.indexOf(column);
    const values = rows.flatMap((row) => {
      const cell = csvCells(row)[at] ?? '';
      return field === 'skills' ? cell.split(';') : [cell];
    });
    vocabulary[field] = [...new Set(values.map((value) => value.trim()).filter(Boolean))];
  }
  return vocabulary;
}

/** A vocabulary with only the given fields filled. */
export function vocabularyWith(values: Partial<CommunityVocabulary>): CommunityVocabulary {
  return {
    city: [],
    state: [],
    country: [],
    skills: [],
    industry: [],
    designation: [],
    organization: [],
    degree: [],
    branch: [],
    ...values,
  };
}

/** Every value of a vocabulary, by field, for checking that filters only hold vocabulary values. */
export function valuesByField(vocabulary: CommunityVocabulary): Map<ListFilterField, Set<string>> {
  return new Map((Object.keys(vocabulary) as ListFilterField[]).map((field) => [field, new Set(vocabulary[field])]));
}
