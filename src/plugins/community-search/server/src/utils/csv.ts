/**
 * CSV cells as the app's member export writes them: text a spreadsheet could read as a formula
 * (`=HYPERLINK(…)` typed into the search box) gets a leading `'`, which spreadsheets show as text,
 * and cells holding separators, quotes or line breaks are quoted.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const spreadsheetSafe = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

export const csvCell = (value: string | number | boolean | null | undefined): string => {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? spreadsheetSafe(value) : String(value);
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const csvLine = (cells: Array<string | number | boolean | null | undefined>): string => `${cells.map(csvCell).join(',')}\n`;
