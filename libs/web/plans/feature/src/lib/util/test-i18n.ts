import { type TranslationKey, type TranslationParams, interpolate } from '@wk/web/core';
import { en, nl } from '@wk/web/core/dictionaries';
import type { FormatContext } from './field-format';
import type { Translate } from './format';

/** The real dictionaries, for tests of pure helpers (no Angular needed). */
export const tNl: Translate = (key: TranslationKey, params?: TranslationParams) => interpolate(nl[key], params);
export const tEn: Translate = (key: TranslationKey, params?: TranslationParams) => interpolate(en[key], params);

/** Dates as they arrive, so that tests do not depend on Intl date data. */
export const contextNl: FormatContext = { t: tNl, language: 'nl', formatDate: (iso) => `[${iso}]` };
export const contextEn: FormatContext = { t: tEn, language: 'en', formatDate: (iso) => `[${iso}]` };
