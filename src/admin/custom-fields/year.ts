/** What the year field holds: nothing, or a whole number (the server checks the range and says so). */
export type ParsedYear = { kind: 'empty' } | { kind: 'year'; year: number };

export const parseYear = (text: string): ParsedYear => {
  const digits = text.trim();
  if (!/^\d+$/.test(digits)) return { kind: 'empty' };
  return { kind: 'year', year: Number(digits) };
};
