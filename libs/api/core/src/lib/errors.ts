import type { ErrorCode, InvalidParam, PlanInForceRef } from '@wk/contracts';

/**
 * A domain error: services throw these; the global problem filter maps the code to an HTTP status
 * and an `application/problem+json` body.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: {
      invalidParams?: InvalidParam[];
      currentVersion?: number;
      retryAfterSeconds?: number;
      plansInForce?: PlanInForceRef[];
    } = {},
  ) {
    super(message);
  }
}

export const notFound = (what = 'Dit onderdeel') =>
  new DomainError(
    'not_found',
    `${what} bestaat niet of u heeft er geen toegang toe.`,
  );

export const invalid = (
  invalidParams: InvalidParam[],
  message = 'Niet alle velden zijn goed ingevuld.',
) => new DomainError('validation_failed', message, { invalidParams });

export const invalidField = (name: string, code: string, reason: string) =>
  invalid([{ name, code, reason }]);

export const versionConflict = (currentVersion: number) =>
  new DomainError(
    'version_conflict',
    'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en voer uw wijziging nog eens in.',
    { currentVersion },
  );

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'validation_failed':
      return 400;
    case 'unauthenticated':
    case 'temporary_password_expired':
      return 401;
    case 'forbidden':
    case 'csrf_failed':
    case 'password_change_required':
    case 'tenant_inactive':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
    case 'version_conflict':
    case 'plan_read_only':
    case 'invalid_transition':
    case 'plan_incomplete':
    case 'plan_in_force':
    case 'period_closed':
      return 409;
    case 'too_many_attempts':
      return 429;
    case 'internal':
      return 500;
  }
}

export function titleOf(code: ErrorCode): string {
  switch (code) {
    case 'validation_failed':
      return 'Ongeldige invoer';
    case 'unauthenticated':
      return 'Niet ingelogd';
    case 'forbidden':
      return 'Geen toegang';
    case 'csrf_failed':
      return 'Verzoek niet vertrouwd';
    case 'not_found':
      return 'Niet gevonden';
    case 'conflict':
      return 'Conflict';
    case 'version_conflict':
      return 'Intussen gewijzigd';
    case 'plan_read_only':
      return 'Plan is vastgesteld of in bespreking';
    case 'invalid_transition':
      return 'Stap niet mogelijk';
    case 'plan_incomplete':
      return 'Plan is nog niet compleet';
    case 'plan_in_force':
      return 'Er is al een plan vastgesteld voor deze wijk';
    case 'period_closed':
      return 'Periode is afgesloten';
    case 'password_change_required':
      return 'Kies eerst een nieuw wachtwoord';
    case 'temporary_password_expired':
      return 'Tijdelijk wachtwoord verlopen';
    case 'tenant_inactive':
      return 'Gemeente gedeactiveerd';
    case 'too_many_attempts':
      return 'Te veel pogingen';
    case 'internal':
      return 'Er ging iets mis';
  }
}
