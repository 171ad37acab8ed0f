import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { Matches, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { isIsoDay } from '@wk/util';
import type { InvalidParam } from '@wk/contracts';
import { formatMessage, isMessageCode, type MessageCode, type MessageParams } from '@wk/util/messages';
import { invalid, param } from './errors';

/** Catalogue codes per class-validator constraint, for decorators that carry no message of their own. */
const REASONS: Record<string, MessageCode> = {
  whitelistValidation: 'field.unknown',
  isDefined: 'field.required',
  isNotEmpty: 'field.required',
  isString: 'field.text',
  isInt: 'field.integer',
  isBoolean: 'field.boolean',
  isArray: 'field.list',
  isObject: 'field.object',
  isEmail: 'field.email',
  isUuid: 'field.id',
  isIn: 'field.choice',
  isEnum: 'field.choice',
  matches: 'field.format',
  maxLength: 'field.too_long',
  minLength: 'field.too_short',
  min: 'field.too_small',
  max: 'field.too_large',
  arrayMaxSize: 'list.too_long',
  arrayMinSize: 'list.min_one',
  arrayUnique: 'list.unique',
  nestedValidation: 'field.nested',
};

/** What a decorator's `context` carries when its message comes from the catalogue (see {@link says}). */
interface ReasonContext {
  reasonCode: MessageCode;
  reasonParams?: MessageParams;
}

function isReasonContext(value: unknown): value is ReasonContext {
  return typeof value === 'object' && value !== null && isMessageCode((value as { reasonCode?: unknown }).reasonCode);
}

/**
 * Validation options whose message is a catalogue message: `@MaxLength(200, says('field.max_length', { max: 200 }))`.
 * The Dutch text is class-validator's message; the code travels in the constraint's context so that the
 * problem filter can write the reason in the request's language.
 */
export function says(code: MessageCode, params?: MessageParams): { message: string; context: ReasonContext } {
  return {
    message: formatMessage('nl', code, params),
    context: params ? { reasonCode: code, reasonParams: params } : { reasonCode: code },
  };
}

function isBuiltIn(text: string, property: string): boolean {
  return ['property ', 'each value', 'nested property ', 'All '].some((start) => text.startsWith(start)) || text.startsWith(property);
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): InvalidParam[] {
  const out: InvalidParam[] = [];
  for (const error of errors) {
    const name = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [code, text] of Object.entries(error.constraints ?? {})) {
      const context: unknown = error.contexts?.[code];
      if (isReasonContext(context)) {
        out.push(param(name, code, context.reasonCode, context.reasonParams));
      } else if (isBuiltIn(text, error.property)) {
        // class-validator's own messages are English and start with the property name: ours instead.
        out.push(param(name, code, REASONS[code] ?? 'field.invalid'));
      } else {
        // A message of its own without a catalogue code (not expected; kept as written).
        out.push({ name, code, reason: text });
      }
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
      return invalid(params.length ? params : [param('body', 'format', 'body.invalid')]);
    },
  });
}

/** Optional, but when present it may not be null (unlike @IsOptional, which lets null through). */
export const OmitOrGive = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** Required text with at least one visible character ("   " is empty too). */
export const NotBlank = () => Matches(/\S/, says('field.required'));

/** A real calendar day written yyyy-mm-dd (2026-02-30 is refused). */
export const IsIsoDay = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isIsoDay', validator: { validate: (value: unknown) => typeof value === 'string' && isIsoDay(value) } }, options);
