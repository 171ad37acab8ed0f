import { ERROR_CODES, PROBLEM_LANGUAGES } from '@wk/contracts';
import {
  MESSAGES,
  PROBLEM_TITLES,
  fillMessage,
  formatMessage,
  isMessageCode,
  languageFromAcceptLanguage,
  messageRef,
  problemTitle,
  type MessageCode,
} from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:,[^}]*)?\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  const codes = Object.keys(MESSAGES) as MessageCode[];

  it.each(codes)('%s has a Dutch and an English text naming the same values', (code) => {
    for (const language of PROBLEM_LANGUAGES) {
      expect(MESSAGES[code][language].trim()).not.toBe('');
    }
    expect(MESSAGES[code].en).not.toBe(MESSAGES[code].nl);
    expect(placeholders(MESSAGES[code].en)).toEqual(placeholders(MESSAGES[code].nl));
  });

  it('has a title in both languages for every error code', () => {
    for (const code of ERROR_CODES) {
      expect(problemTitle('nl', code)).toBe(PROBLEM_TITLES[code].nl);
      expect(problemTitle('en', code).trim()).not.toBe('');
    }
    // "Conflict" is the same word in both languages; every other title is translated.
    const same = ERROR_CODES.filter((code) => PROBLEM_TITLES[code].nl === PROBLEM_TITLES[code].en);
    expect(same).toEqual(['conflict']);
  });

  it('fills values, chooses singular or plural, and writes referenced messages in the same language', () => {
    expect(formatMessage('nl', 'field.year', { min: 2000, max: 2100 })).toBe('Vul een jaartal in tussen 2000 en 2100.');
    expect(formatMessage('en', 'field.year', { min: 2000, max: 2100 })).toBe('Enter a year between 2000 and 2100.');
    expect(formatMessage('nl', 'auth.too_many_attempts', { minutes: 1 })).toContain('over 1 minuut opnieuw');
    expect(formatMessage('en', 'auth.too_many_attempts', { minutes: 5 })).toContain('in 5 minutes');
    const transition = { step: messageRef('step.adopt'), status: messageRef('status.draft'), allowed: messageRef('status.in_review') };
    expect(formatMessage('nl', 'plan.invalid_transition', transition)).toBe(
      'Vaststellen kan niet: het plan is concept. Dat kan alleen als het plan in bespreking is.',
    );
    expect(formatMessage('en', 'plan.invalid_transition', transition)).toBe(
      'Adopting is not possible: the plan is a draft. That is only possible when the plan is in review.',
    );
    expect(fillMessage('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('knows its own codes only', () => {
    expect(isMessageCode('field.required')).toBe(true);
    expect(isMessageCode('toString')).toBe(false);
    expect(isMessageCode(undefined)).toBe(false);
  });
});

describe('languageFromAcceptLanguage', () => {
  it.each([
    [undefined, 'nl'],
    ['', 'nl'],
    ['nl', 'nl'],
    ['nl-NL,nl;q=0.9', 'nl'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['EN-gb', 'en'],
    ['de-DE,de;q=0.9', 'nl'],
    ['de-DE,en;q=0.5', 'en'],
    ['nl;q=0.4,en;q=0.8', 'en'],
    ['en;q=0.8,nl;q=0.8', 'en'],
    ['en;q=0,nl;q=0.1', 'nl'],
    ['en;q=0', 'nl'],
    ['*', 'nl'],
    ['fr,*;q=0.5,en;q=0.4', 'nl'],
    [['en-GB', 'nl;q=0.5'], 'en'],
  ] as const)('%j → %s', (header, language) => {
    expect(languageFromAcceptLanguage(header)).toBe(language);
  });
});
