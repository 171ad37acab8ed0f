import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { Matches, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { isIsoDay } from '@wk/util';
import type { InvalidParam } from '@wk/contracts';
import { invalid } from './errors';

/** Plain-Dutch reasons per class-validator constraint, for decorators that carry no message of their own. */
const REASONS: Record<string, string> = {
  whitelistValidation: 'Dit veld kennen we niet. Laat het weg.',
  isDefined: 'Vul dit veld in.',
  isNotEmpty: 'Vul dit veld in.',
  isString: 'Vul hier tekst in.',
  isInt: 'Vul een heel getal in.',
  isBoolean: 'Kies ja of nee (true of false).',
  isArray: 'Geef een lijst.',
  isObject: 'Geef een object.',
  isEmail: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.',
  isUuid: 'Dit is geen geldige id.',
  isIn: 'Kies een van de toegestane waarden.',
  isEnum: 'Kies een van de toegestane waarden.',
  matches: 'Dit heeft niet de goede vorm.',
  maxLength: 'Deze tekst is te lang.',
  minLength: 'Deze tekst is te kort.',
  min: 'Deze waarde is te klein.',
  max: 'Deze waarde is te groot.',
  arrayMaxSize: 'Deze lijst is te lang.',
  arrayMinSize: 'Deze lijst moet minstens één waarde hebben.',
  arrayUnique: 'Elke waarde mag maar één keer voorkomen.',
  nestedValidation: 'Dit onderdeel is niet goed ingevuld.',
};

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): InvalidParam[] {
  const out: InvalidParam[] = [];
  for (const error of errors) {
    const name = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [code, message] of Object.entries(error.constraints ?? {})) {
      // class-validator's built-in messages are English and start with the property name.
      const english = message.startsWith(error.property) || message.startsWith('property ') || message.startsWith('each value') || message.startsWith('nested property ') || message.startsWith('All ');
      out.push({ name, code, reason: english ? (REASONS[code] ?? 'Deze waarde is niet geldig.') : message });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, name));
  }
  return out;
}

/** Global validation: unknown fields refused, types checked, every error named by field path. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const params = flattenValidationErrors(errors);
      return invalid(params.length ? params : [{ name: 'body', code: 'format', reason: 'Ongeldige inhoud.' }]);
    },
  });
}

/** Optional, but when present it may not be null (unlike @IsOptional, which lets null through). */
export const OmitOrGive = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** Required text with at least one visible character ("   " is empty too). */
export const NotBlank = () => Matches(/\S/, { message: 'Vul dit veld in.' });

/** A real calendar day written yyyy-mm-dd (2026-02-30 is refused). */
export const IsIsoDay = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isIsoDay', validator: { validate: (value: unknown) => typeof value === 'string' && isIsoDay(value) } }, options);
