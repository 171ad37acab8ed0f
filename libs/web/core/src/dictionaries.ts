// Both dictionaries at once, for tests of pure helpers. The app itself loads English on first use (I18N_LOADER), so
// the main entry (@wk/web/core) does not export it: a static import would put it back into the first download.
export { nl } from './lib/i18n/dictionary.nl';
export { en } from './lib/i18n/dictionary.en';
