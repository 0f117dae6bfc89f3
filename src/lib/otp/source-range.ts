import { isIPv4, isIPv6 } from 'node:net';

/**
 * The address range a request comes from, as wrong login codes are counted and locked per source:
 * an IPv4 address, or the /64 network of an IPv6 address (one subscriber or site usually holds a
 * whole /64, so counting single IPv6 addresses would let one attacker rotate through billions).
 * IPv4-mapped IPv6 (`::ffff:192.0.2.1`) is its IPv4 address. Anything unparsable is its own
 * (lower-cased, bounded) source, so it is still counted.
 */
export const sourceRangeOf = (ip: string | undefined): string => {
  const address = (ip ?? '').trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return `other:${address.slice(0, 64)}`;

  const mapped = /^(?:0{0,4}:){0,5}(?:0{0,4}:)?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address) ?? /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped && isIPv4(mapped[1])) return mapped[1];

  // Expand to eight groups; an embedded dotted quad counts as the last two.
  const withoutQuad = address.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_quad, a, b, c, d) =>
    [((Number(a) << 8) | Number(b)).toString(16), ((Number(c) << 8) | Number(d)).toString(16)].join(':')
  );
  const [head, tail] = withoutQuad.includes('::') ? withoutQuad.split('::') : [withoutQuad, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => group.padStart(4, '0'))
    .join(':')}::/64`;
};
