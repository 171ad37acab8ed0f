import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { EntityManager } from 'typeorm';
import { currentContext, Db, DB_ROLES, OWN_TRANSACTIONS_KEY } from '@wk/api/core';
import { SAFE_METHODS } from './auth.guard';

/** Raises a tenant's data version (see TenantDataVersionEntity); runs as wk_app in the tenant's transaction. */
async function bumpDataVersion(manager: EntityManager, tenantId: string): Promise<void> {
  await manager.query(
    `INSERT INTO tenant_data_versions (tenant_id, version) VALUES ($1, 1)
     ON CONFLICT (tenant_id) DO UPDATE SET version = tenant_data_versions.version + 1`,
    [tenantId],
  );
}

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
    const method = context.switchToHttp().getRequest<Request>().method;
    const writes = !SAFE_METHODS.has(method);
    const run = (manager: Parameters<Parameters<Db['inTenant']>[1]>[0]) => {
      store.manager = manager;
      return lastValueFrom(next.handle(), { defaultValue: undefined }).finally(() => {
        store.manager = null;
      });
    };
    if (actor.kind === 'user' && actor.tenantId) {
      const tenantId = actor.tenantId;
      return from(
        this.db.inTenant(tenantId, async (manager) => {
          const result = await run(manager);
          // A request that may have written raises the tenant's data version as its last statement, in the
          // same transaction: cached views of this tenant are recomputed from the next request on. Taking
          // this row lock last keeps the lock order the same for every writer (no deadlocks).
          if (writes) await bumpDataVersion(manager, tenantId);
          return result;
        }),
      );
    }
    return from(this.db.asRole(DB_ROLES.platform, run));
  }
}
