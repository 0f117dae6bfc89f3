import { clientAddressKey } from '../client-address';

describe('clientAddressKey: one key per IPv4 address and per IPv6 /64', () => {
  const SAME_SUBNET_64 = [
    '2001:db8:85a3:12::1',
    '2001:db8:85a3:12::2',
    '2001:db8:85a3:12:ffff:ffff:ffff:ffff',
    '2001:0db8:85a3:0012:0000:0000:0000:0001',
    '2001:DB8:85A3:12:0:0:0:1',
    '2001:Db8:85a3:12:abcd:EF01:2345:6789',
    '2001:db8:85a3:12:1:2:3.4.5.6',
    '[2001:db8:85a3:12::7]',
    '2001:db8:85a3:12::1%eth0',
    ' 2001:db8:85a3:12::9 ',
  ];

  it('gives every address of one /64, in any spelling, the same key', () => {
    const keys = new Set(SAME_SUBNET_64.map(clientAddressKey));
    expect([...keys]).toEqual(['ip6:2001:db8:85a3:12::/64']);
  });

  it('gives neighbouring /64s different keys', () => {
    const neighbours = ['2001:db8:85a3:12::1', '2001:db8:85a3:13::1', '2001:db8:85a3:1012::1', '2001:db8:85a4:12::1', '2001:db9:85a3:12::1', '::1', '2002::1', 'fe80::1'];
    expect(new Set(neighbours.map(clientAddressKey)).size).toBe(neighbours.length);
  });

  it('treats IPv4-mapped IPv6 as the IPv4 address, in every form', () => {
    for (const mapped of ['::ffff:192.0.2.7', '::FFFF:192.0.2.7', '0:0:0:0:0:ffff:192.0.2.7', '::ffff:c000:207', '0000:0000:0000:0000:0000:FFFF:C000:0207', '[::ffff:192.0.2.7]']) {
      expect(clientAddressKey(mapped)).toBe('ip4:192.0.2.7');
    }
    expect(clientAddressKey('192.0.2.7')).toBe('ip4:192.0.2.7');
  });

  it('keys IPv4 addresses one by one (no subnet grouping)', () => {
    const addresses = ['192.0.2.7', '192.0.2.8', '10.0.0.1', '255.255.255.255', '0.0.0.0'];
    expect(addresses.map(clientAddressKey)).toEqual(addresses.map((address) => `ip4:${address}`));
  });

  it('keys what is not an address as given (bounded), and nothing as unknown', () => {
    expect(clientAddressKey('')).toBe('ip:unknown');
    expect(clientAddressKey(undefined)).toBe('ip:unknown');
    expect(clientAddressKey(null)).toBe('ip:unknown');
    expect(clientAddressKey('   ')).toBe('ip:unknown');
    expect(clientAddressKey('Not-An-IP')).toBe('ip:not-an-ip');
    expect(clientAddressKey('x'.repeat(10_000))).toBe(`ip:${'x'.repeat(100)}`);
    expect(clientAddressKey('1.2.3.4.5')).toBe('ip:1.2.3.4.5');
    expect(clientAddressKey('2001:db8::g')).toBe('ip:2001:db8::g');
    expect(clientAddressKey('١٢٣.٤.٥.٦')).toBe('ip:١٢٣.٤.٥.٦');
  });
});
