/** Minimum length of a (temporary) password, as the API requires. */
export const MIN_PASSWORD_LENGTH = 12;
