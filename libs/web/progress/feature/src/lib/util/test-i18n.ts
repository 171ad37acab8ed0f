import { type TranslationKey, type TranslationParams, interpolate } from '@wk/web/core';
import { en, nl } from '@wk/web/core/dictionaries';
import type { Translate } from './format';

/** The real dictionaries, for tests of pure helpers (no Angular needed). */
export const tNl: Translate = (key: TranslationKey, params?: TranslationParams) => interpolate(nl[key], params);
export const tEn: Translate = (key: TranslationKey, params?: TranslationParams) => interpolate(en[key], params);
