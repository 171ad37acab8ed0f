import { Injectable } from '@nestjs/common';
import type { Plan, PlanPublication } from '@wk/contracts';
import { AuditService } from '@wk/api/audit';
import { Clock, currentContext, currentTenantId, Db, DomainError } from '@wk/api/core';
import { PlansService } from '@wk/api/plans';
import { slugify } from '@wk/util';
import { TenantsService } from '@wk/api/tenancy';
import { PlanPublicationEntity } from './publication.entity';

/** Publishing an adopted plan on the gemeente's public pages, and withdrawing it (admin and planner). */
@Injectable()
export class PublicationService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly plans: PlansService,
    private readonly tenants: TenantsService,
  ) {}

  async get(planId: string): Promise<PlanPublication> {
    return this.state(await this.plans.get(planId));
  }

  async publish(planId: string): Promise<PlanPublication> {
    const plan = await this.plans.get(planId);
    if (plan.status !== 'adopted') throw new DomainError('conflict', 'publication.adopted_only');
    const tenantId = currentTenantId();
    const actor = currentContext()?.actor;
    const m = this.db.manager();
    const existing = await m.findOneBy(PlanPublicationEntity, { tenantId, planId });
    if (!existing) {
      await m.insert(PlanPublicationEntity, {
        tenantId,
        planId,
        publishedAt: this.clock.now(),
        publishedBy: actor?.kind === 'user' ? actor.id : null,
      });
      await this.audit.record({ tenantId, action: 'plan.published', objectType: 'plan', objectId: planId, after: { title: plan.title } });
    }
    return this.state(plan);
  }

  async withdraw(planId: string): Promise<PlanPublication> {
    const plan = await this.plans.get(planId);
    const tenantId = currentTenantId();
    const { affected } = await this.db.manager().delete(PlanPublicationEntity, { tenantId, planId });
    if (affected)
      await this.audit.record({
        tenantId,
        action: 'plan.unpublished',
        objectType: 'plan',
        objectId: planId,
        before: { title: plan.title },
      });
    return this.state(plan);
  }

  private async state(plan: Plan): Promise<PlanPublication> {
    const row = await this.db.manager().findOneBy(PlanPublicationEntity, { tenantId: currentTenantId(), planId: plan.id });
    const gemeente = (await this.tenants.current()).slug;
    return {
      published: !!row,
      publishedAt: row ? row.publishedAt.toISOString() : null,
      publicPaths: row && plan.status === 'adopted' ? plan.wijken.map((w) => `/openbaar/${gemeente}/${slugify(w.name)}`) : [],
      canPublish: plan.status === 'adopted',
    };
  }
}
