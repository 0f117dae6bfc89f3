import { csvCell, csvLine } from '../csv';

describe('search log CSV cells', () => {
  it('escapes text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+91 doctor')).toBe("'+91 doctor");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@ceo')).toBe("'@ceo");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });

  it('quotes separators, quotes and line breaks, and leaves numbers alone', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvLine(['x', 3, true])).toBe('x,3,true\n');
  });
});
