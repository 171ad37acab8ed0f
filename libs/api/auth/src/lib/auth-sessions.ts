import { Injectable } from '@nestjs/common';
import { Db, Sessions } from '@wk/api/core';

/** Auth's implementation of the Sessions port: the only writer of `sessions` outside sign-in and sign-out. */
@Injectable()
export class AuthSessions extends Sessions {
  constructor(private readonly db: Db) {
    super();
  }

  async endForMember(tenantId: string, userId: string): Promise<void> {
    await this.db
      .manager()
      .query('UPDATE sessions SET revoked_at = now() WHERE tenant_id = $1 AND user_id = $2 AND revoked_at IS NULL', [tenantId, userId]);
  }

  async endForTenant(tenantId: string): Promise<void> {
    await this.db.manager().query('UPDATE sessions SET revoked_at = now() WHERE tenant_id = $1 AND revoked_at IS NULL', [tenantId]);
  }
}
