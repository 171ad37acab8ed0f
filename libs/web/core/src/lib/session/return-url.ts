/** Query parameter on /inloggen that holds the page to return to after signing in. */
export const RETURN_URL_PARAM = 'terug';

/**
 * Only accepts an app-internal path ("/beheer/wijken?x=1"), never another origin
 * ("//evil.example", "https://…", "/\\evil"), nor the sign-in page itself.
 */
export function safeReturnUrl(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return fallback;
  }
  if (hasControlCharacter(value) || value.startsWith('/inloggen')) {
    return fallback;
  }
  return value;
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) < 0x20 || value.charCodeAt(i) === 0x7f) {
      return true;
    }
  }
  return false;
}
