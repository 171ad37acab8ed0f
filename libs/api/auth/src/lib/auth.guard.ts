import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { CSRF_HEADER, SESSION_COOKIE } from '@wk/contracts';
import { ACCESS_KEY, ALLOWED_WITH_TEMPORARY_PASSWORD_KEY, currentContext, DomainError, type Access } from '@wk/api/core';
import { AuthService, type ResolvedSession } from './auth.service';

/** Methods that change nothing: no CSRF check, and no raise of the tenant's data version. */
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session the guard resolved for a request, for handlers that answer with it (GET /auth/session). */
export const resolvedSessions = new WeakMap<Request, ResolvedSession>();

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Global guard: deny by default, session from the cookie only, CSRF on every cookie-authenticated write. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!access) throw new DomainError('forbidden', 'auth.no_access_rule');
    if (access.kind === 'public') return true;
    const req = context.switchToHttp().getRequest<Request>();
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const session = token ? await this.auth.resolve(token) : null;
    if (!session) throw new DomainError('unauthenticated', 'auth.sign_in_again');
    if (!SAFE_METHODS.has(req.method)) {
      const header = req.header(CSRF_HEADER) ?? '';
      if (!header || !sameToken(header, session.csrfToken)) {
        throw new DomainError('csrf_failed', 'auth.csrf');
      }
    }
    resolvedSessions.set(req, session);
    const store = currentContext();
    if (!store) throw new Error('request context missing');
    store.actor = session.actor;
    store.tenantId = session.actor.tenantId;
    store.dataVersion = session.dataVersion;
    const { actor } = session;
    if (
      session.passwordChangeRequired &&
      !this.reflector.getAllAndOverride<boolean>(ALLOWED_WITH_TEMPORARY_PASSWORD_KEY, [context.getHandler(), context.getClass()])
    ) {
      throw new DomainError('password_change_required', 'auth.password_change_required');
    }
    switch (access.kind) {
      case 'authenticated':
        return true;
      case 'operator':
        if (actor.kind === 'operator') return true;
        break;
      case 'roles':
        if (actor.kind === 'user' && actor.role && access.roles.includes(actor.role)) return true;
        break;
    }
    // BIO: a refused authorization is an event in the gemeente's audit log (who, what, result, origin, when).
    if (actor.tenantId) {
      const route = (req.route as { path?: string } | undefined)?.path ?? req.path;
      await this.auth.securityEvent(actor.tenantId, 'auth.forbidden', 'route', null, {
        method: req.method,
        route,
        role: actor.role,
        result: 'refused',
        ip: store.ip,
      });
    }
    throw new DomainError('forbidden', 'auth.forbidden');
  }
}
