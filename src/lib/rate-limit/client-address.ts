import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key per-IP limits count a client under. One IPv6 subscriber is usually given a whole /64,
 * so IPv6 clients are keyed by their /64 (rotating addresses inside it does not buy new
 * allowances); IPv4 clients by their address. Every spelling of an address gives the same key:
 * IPv4-mapped IPv6 (`::ffff:1.2.3.4`) is the IPv4 address; compressed or expanded forms, letter
 * case, brackets and zone ids (`fe80::1%eth0`) do not matter.
 */
export const clientAddressKey = (address: string | null | undefined): string => {
  const given = (address ?? '').trim();
  let candidate = given.startsWith('[') && given.endsWith(']') ? given.slice(1, -1) : given;
  const zoneStart = candidate.indexOf('%');
  if (zoneStart !== -1) candidate = candidate.slice(0, zoneStart);

  if (isIPv4(candidate)) return `ip4:${candidate.split('.').map(Number).join('.')}`;
  if (isIPv6(candidate)) {
    const groups = ipv6Groups(candidate);
    if (isIPv4Mapped(groups)) {
      return `ip4:${[groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.')}`;
    }
    return `ip6:${groups
      .slice(0, 4)
      .map((group) => group.toString(16))
      .join(':')}::/64`;
  }
  // Not an address (no socket address, or a proxy's odd header): counted as given, bounded.
  return given === '' ? 'ip:unknown' : `ip:${given.toLowerCase().slice(0, 100)}`;
};

/** `::ffff:a.b.c.d` (and its hex form `::ffff:0102:0304`). */
const isIPv4Mapped = (groups: number[]): boolean => groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;

/** The eight 16-bit groups of a valid IPv6 address (checked with net.isIPv6 first). */
const ipv6Groups = (address: string): number[] => {
  let text = address.toLowerCase();
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    // An embedded IPv4 tail stands for the last two groups.
    const [a, b, c, d] = tail.split('.').map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  if (rest === undefined) return parse(head);
  const headGroups = parse(head);
  const tailGroups = parse(rest);
  return [...headGroups, ...new Array<number>(8 - headGroups.length - tailGroups.length).fill(0), ...tailGroups];
};
