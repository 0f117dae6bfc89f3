/**
 * Splits a reply into WhatsApp-sized parts on line boundaries, so entries are never cut in half;
 * only a single line longer than a part is cut, at a space when there is one.
 */
export const splitMessage = (text: string, maxLength: number): string[] => {
  const parts: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') parts.push(current.replace(/\n+$/, ''));
    current = '';
  };
  for (const line of text.split('\n')) {
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (candidate.length <= maxLength) {
      current = candidate;
      continue;
    }
    flush();
    let rest = line;
    while (rest.length > maxLength) {
      const cut = rest.lastIndexOf(' ', maxLength);
      const at = cut > maxLength / 2 ? cut : maxLength;
      parts.push(rest.slice(0, at).trimEnd());
      rest = rest.slice(at).trimStart();
    }
    current = rest;
  }
  flush();
  return parts;
};
