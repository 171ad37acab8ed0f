import { Injectable } from '@nestjs/common';
import type { SignInMethod } from '@wk/contracts';
import { ContextLogger, Metrics } from '@wk/api/core';

/** Why a password sign-in was refused (the `reason` label of `wijkkompas_sign_in_failures_total`). */
export type PasswordRefusal =
  | 'wrong_credentials'
  | 'too_many_attempts'
  | 'temporary_password_expired'
  | 'tenant_inactive'
  | 'password_sign_in_off';

/**
 * Every sign-in and every refused one, for the gemeente's IT department: counted in the metrics
 * (`wijkkompas_sign_ins_total{method}`, `wijkkompas_sign_in_failures_total{method,reason}`) and written as a log
 * event `sign_in` with method, tenant id, user id and result. Never an e-mail address or a name.
 */
@Injectable()
export class SignInEvents {
  constructor(
    private readonly metrics: Metrics,
    private readonly logger: ContextLogger,
  ) {}

  succeeded(method: SignInMethod, owner: { tenantId: string | null; userId: string }): void {
    this.metrics.signIns.inc({ method });
    this.logger.log({ event: 'sign_in', method, tenantId: owner.tenantId, userId: owner.userId, result: 'ok' }, 'SignIn');
  }

  refused(method: SignInMethod, reason: string, tenantId: string | null = null): void {
    this.metrics.signInFailures.inc({ method, reason });
    this.logger.warn({ event: 'sign_in', method, tenantId, userId: null, result: 'refused', reason }, 'SignIn');
  }
}
