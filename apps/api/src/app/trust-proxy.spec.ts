import { trustProxy } from './create-app';

describe('trustProxy (TRUST_PROXY → express "trust proxy")', () => {
  it('defaults to loopback', () => {
    expect(trustProxy(undefined)).toBe('loopback');
    expect(trustProxy('')).toBe('loopback');
  });
  it('reads a hop count as a number, not as the address 0.0.0.1', () => {
    expect(trustProxy('1')).toBe(1);
    expect(trustProxy('2')).toBe(2);
  });
  it('reads true and false as booleans', () => {
    expect(trustProxy('true')).toBe(true);
    expect(trustProxy('false')).toBe(false);
  });
  it('passes addresses and subnets through', () => {
    expect(trustProxy('10.0.0.0/8, loopback')).toBe('10.0.0.0/8, loopback');
  });
});
