import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '../i18n/i18n.service';
import { createFormErrors, looksLikeEmail } from './form-errors';
import { fieldsIn } from './problem';

describe('createFormErrors', () => {
  beforeEach(() => localStorage.clear());

  function create() {
    return TestBed.runInInjectionContext(() => createFormErrors(fieldsIn(['email', 'password'])));
  }

  it('reports failed client-side checks in the current language, and follows the language switch', async () => {
    const errors = create();
    expect(
      errors.check([
        ['email', 'login.email.required'],
        ['password', null],
      ]),
    ).toBe(false);
    expect(errors.field('email')).toBe('Vul uw e-mailadres in.');
    expect(errors.field('password')).toBeNull();

    await TestBed.inject(I18nService).setLanguage('en');
    expect(errors.field('email')).toBe('Enter your email address.');
    expect(errors.errors().summary).toEqual([{ field: 'email', message: 'Enter your email address.' }]);
  });

  it('shows what the API said, or a general message chosen by the page', () => {
    const errors = create();
    const answer = new HttpErrorResponse({
      status: 400,
      error: {
        type: 't',
        title: 'Ongeldig',
        status: 400,
        code: 'validation_failed',
        invalidParams: [{ name: 'password', code: 'required', reason: 'Vul uw wachtwoord in.' }],
      },
    });
    errors.fail(answer);
    expect(errors.field('password')).toBe('Vul uw wachtwoord in.');

    errors.fail(answer, () => 'login.failed');
    expect(errors.errors()).toEqual({ summary: [{ field: null, message: 'E-mailadres of wachtwoord klopt niet.' }], fields: {} });

    expect(errors.check([['email', null]])).toBe(true);
    expect(errors.errors().summary).toEqual([]);
    expect(errors.problem()).toBeNull();
  });

  it('shows an API reason by its code in the interface language, following the switch', async () => {
    const errors = TestBed.runInInjectionContext(() => createFormErrors(fieldsIn(['startYear', 'title'])));
    errors.fail(
      new HttpErrorResponse({
        status: 400,
        error: {
          type: 't',
          title: 'Ongeldige invoer',
          status: 400,
          code: 'validation_failed',
          invalidParams: [
            {
              name: 'startYear',
              code: 'max',
              reason: 'Vul een jaartal in tussen 2000 en 2100.',
              reasonCode: 'field.year',
              reasonParams: { min: 2000, max: 2100 },
            },
            { name: 'title', code: 'someday', reason: 'Een reden die de web-app niet kent.', reasonCode: 'not.in.catalogue' },
          ],
        },
      }),
    );
    expect(errors.field('startYear')).toBe('Vul een jaartal in tussen 2000 en 2100.');
    await TestBed.inject(I18nService).setLanguage('en');
    expect(errors.field('startYear')).toBe('Enter a year between 2000 and 2100.');
    // An unknown code: the API's own reason.
    expect(errors.field('title')).toBe('Een reden die de web-app niet kent.');
  });

  it('checks e-mail addresses plainly', () => {
    expect(looksLikeEmail('naam@gemeente.nl')).toBe(true);
    expect(looksLikeEmail(' naam@gemeente.nl ')).toBe(true);
    expect(looksLikeEmail('naam@gemeente')).toBe(false);
    expect(looksLikeEmail('naam gemeente.nl')).toBe(false);
  });
});
