import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { Reflector } from '@nestjs/core';
import { currentContext, Db, DB_ROLES, OWN_TRANSACTIONS_KEY } from '@wk/api/core';

/**
 * Each signed-in request runs its database work in one transaction: as `wk_app` with the tenant set
 * locally (row-level security), or as `wk_platform` for the operator. An error rolls everything back.
 */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly db: Db,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const store = currentContext();
    const actor = store?.actor;
    if (!store || !actor) return next.handle();
    if (this.reflector.getAllAndOverride<boolean>(OWN_TRANSACTIONS_KEY, [context.getHandler(), context.getClass()])) return next.handle();
    const run = (manager: Parameters<Parameters<Db['inTenant']>[1]>[0]) => {
      store.manager = manager;
      return lastValueFrom(next.handle(), { defaultValue: undefined }).finally(() => {
        store.manager = null;
      });
    };
    if (actor.kind === 'user' && actor.tenantId) return from(this.db.inTenant(actor.tenantId, run));
    return from(this.db.asRole(DB_ROLES.platform, run));
  }
}
