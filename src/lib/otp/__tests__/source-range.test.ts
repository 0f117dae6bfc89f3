import { sourceRangeOf } from '../source-range';

describe('sourceRangeOf', () => {
  it('keeps IPv4 addresses whole: neighbours are different sources', () => {
    expect(sourceRangeOf('203.0.113.7')).toBe('203.0.113.7');
    expect(sourceRangeOf(' 203.0.113.7 ')).toBe('203.0.113.7');
    expect(sourceRangeOf('203.0.113.8')).not.toBe(sourceRangeOf('203.0.113.7'));
    expect(sourceRangeOf('0.0.0.0')).toBe('0.0.0.0');
  });

  it('reads IPv4-mapped IPv6 as the IPv4 address, in every spelling', () => {
    for (const mapped of ['::ffff:203.0.113.7', '::FFFF:203.0.113.7', '0:0:0:0:0:ffff:203.0.113.7', '[::ffff:203.0.113.7]']) {
      expect({ mapped, range: sourceRangeOf(mapped) }).toEqual({ mapped, range: '203.0.113.7' });
    }
  });

  it('groups IPv6 by /64, however the address is written (case, compression, zone, brackets)', () => {
    const range = '2001:0db8:0001:0002::/64';
    for (const address of [
      '2001:db8:1:2::1',
      '2001:DB8:1:2::1',
      '2001:db8:1:2:ffff:ffff:ffff:ffff',
      '2001:0db8:0001:0002:0000:0000:0000:0001',
      '[2001:db8:1:2::abcd]',
      '2001:db8:1:2::1%eth0',
      '2001:db8:1:2::192.0.2.1',
    ]) {
      expect({ address, range: sourceRangeOf(address) }).toEqual({ address, range });
    }
    expect(sourceRangeOf('2001:db8:1:3::1')).toBe('2001:0db8:0001:0003::/64');
    expect(sourceRangeOf('2001:db8::1')).toBe('2001:0db8:0000:0000::/64');
    expect(sourceRangeOf('::1')).toBe('0000:0000:0000:0000::/64');
    expect(sourceRangeOf('::')).toBe('0000:0000:0000:0000::/64');
    expect(sourceRangeOf('fe80::1:2:3:4')).toBe('fe80:0000:0000:0000::/64');
    expect(sourceRangeOf('1:2:3:4::')).toBe('0001:0002:0003:0004::/64');
  });

  it('counts anything else as its own bounded source', () => {
    expect(sourceRangeOf(undefined)).toBe('other:');
    expect(sourceRangeOf('')).toBe('other:');
    expect(sourceRangeOf('not-an-ip')).toBe('other:not-an-ip');
    expect(sourceRangeOf('203.0.113.256')).toBe('other:203.0.113.256');
    expect(sourceRangeOf('x'.repeat(10_000))).toHaveLength('other:'.length + 64);
    expect(sourceRangeOf('ｆｅ８０::1')).toMatch(/^other:/);
  });
});
