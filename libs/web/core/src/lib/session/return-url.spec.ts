import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('accepts paths inside the app', () => {
    expect(safeReturnUrl('/beheer/wijken')).toBe('/beheer/wijken');
    expect(safeReturnUrl('/wijken?x=1#y')).toBe('/wijken?x=1#y');
  });

  it('refuses other origins, odd input and the sign-in page itself', () => {
    for (const value of [
      '//evil.example',
      'https://evil.example',
      '/\\evil.example',
      'beheer',
      '',
      null,
      undefined,
      '/inloggen?terug=/',
      '/a\nb',
    ]) {
      expect(safeReturnUrl(value, '/start')).toBe('/start');
    }
  });
});
