import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, type ErrorCode, type Problem, type ProblemLanguage } from '@wk/contracts';
import { formatMessage, languageFromAcceptLanguage, type MessageCode } from '@wk/util/messages';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';
import { DomainError, localizeParam, param, statusOf, titleOf } from './errors';
import { currentContext } from './request-context';

/** Maps every error to RFC 9457 `application/problem+json`. Unknown errors become a 500 without internals. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request>();
    const language = languageFromAcceptLanguage(req.headers?.['accept-language']);
    const problem = this.toProblem(exception, req, language);
    if (problem.code === 'database_unavailable') {
      // One line, not a stack per request: while the database restarts every request ends here.
      this.logger.warn(`Database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
    } else if (problem.status >= 500) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    const requestId = currentContext()?.requestId;
    if (requestId && !res.headersSent) res.setHeader('X-Request-Id', requestId);
    if (exception instanceof DomainError && exception.extra.retryAfterSeconds) {
      res.setHeader('Retry-After', String(exception.extra.retryAfterSeconds));
    } else if (problem.code === 'database_unavailable' && !res.headersSent) {
      res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    }
    if (res.headersSent) return;
    res.setHeader('Content-Language', language);
    res.vary('Accept-Language');
    res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  /** Title, detail and every reason in `language`; `detailCode` lets a client translate by code. */
  private toProblem(exception: unknown, req: Request, language: ProblemLanguage): Problem {
    const instance = req.originalUrl?.split('?')[0];
    const title = (code: ErrorCode) => titleOf(code, language);
    const detail = (code: MessageCode) => ({ detail: formatMessage(language, code), detailCode: code });
    if (exception instanceof DomainError) {
      const status = statusOf(exception.code);
      return {
        type: `https://wijkkompas.nl/problemen/${exception.code}`,
        title: title(exception.code),
        status,
        detail: formatMessage(language, exception.detail.code, exception.detail.params),
        detailCode: exception.detail.code,
        ...(exception.detail.params ? { detailParams: exception.detail.params } : {}),
        instance,
        code: exception.code,
        ...(exception.extra.invalidParams ? { invalidParams: exception.extra.invalidParams.map((p) => localizeParam(p, language)) } : {}),
        ...(exception.extra.currentVersion !== undefined ? { currentVersion: exception.extra.currentVersion } : {}),
        ...(exception.extra.plansInForce ? { plansInForce: exception.extra.plansInForce } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = httpCode(status);
      const body = exception.getResponse();
      const isBodyParse = status === HttpStatus.BAD_REQUEST && /JSON|Unexpected token|body/i.test(exception.message);
      return {
        type: `https://wijkkompas.nl/problemen/${code}`,
        title: title(code),
        status: statusOf(code) === 500 ? status : statusOf(code),
        ...(isBodyParse
          ? detail('body.json')
          : status === 404
            ? detail('problem.not_found_route')
            : { detail: typeof body === 'string' ? body : title(code) }),
        instance,
        code,
        ...(isBodyParse ? { invalidParams: [localizeParam(param('body', 'format', 'body.json_short'), language)] } : {}),
      };
    }
    // The database cannot be reached (restart, failover, network): 503, and the client may try again.
    if (isDatabaseUnavailable(exception)) {
      return {
        type: 'https://wijkkompas.nl/problemen/database_unavailable',
        title: title('database_unavailable'),
        status: statusOf('database_unavailable'),
        ...detail('problem.database_unavailable'),
        instance,
        code: 'database_unavailable',
      };
    }
    // A delete of something still referred to (an org unit that leads an action, say): the database refuses.
    // 23503 foreign_key_violation (NO ACTION), 23001 restrict_violation (ON DELETE RESTRICT).
    if (['23503', '23001'].includes((exception as { driverError?: { code?: string } })?.driverError?.code ?? '')) {
      return {
        type: 'https://wijkkompas.nl/problemen/conflict',
        title: title('conflict'),
        status: 409,
        ...detail('problem.in_use'),
        instance,
        code: 'conflict',
      };
    }
    // 23505 unique_violation: two requests created the same name at the same moment; the services check names
    // first, so only the one that checked before the other committed gets here.
    if ((exception as { driverError?: { code?: string } })?.driverError?.code === '23505') {
      return {
        type: 'https://wijkkompas.nl/problemen/conflict',
        title: title('conflict'),
        status: 409,
        ...detail('problem.just_created'),
        instance,
        code: 'conflict',
      };
    }
    // body-parser errors (malformed JSON, too large) arrive as plain errors with a status.
    const status = (exception as { status?: number; statusCode?: number })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return {
        type: 'https://wijkkompas.nl/problemen/validation_failed',
        title: title('validation_failed'),
        status: 400,
        ...detail(status === 413 ? 'body.too_large' : 'body.json'),
        instance,
        code: 'validation_failed',
        invalidParams: [localizeParam(param('body', status === 413 ? 'too_large' : 'format', 'body.invalid'), language)],
      };
    }
    return {
      type: 'https://wijkkompas.nl/problemen/internal',
      title: title('internal'),
      status: 500,
      ...detail('problem.internal'),
      instance,
      code: 'internal',
    };
  }
}

function httpCode(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'validation_failed';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 405:
      return 'method_not_allowed';
    case 409:
      return 'conflict';
    case 429:
      return 'too_many_attempts';
    default:
      return 'internal';
  }
}
