import { Injectable } from '@nestjs/common';
import type { PublicGemeente, PublicGemeentePage, PublicPlan, PublicWijkPage, PublicWijkRef, TenantTheme } from '@wk/contracts';
import { Clock, currentContext, Db, DB_ROLES, notFound } from '@wk/api/core';
import { PlansService } from '@wk/api/plans';
import { dayIn, slugify } from '@wk/util';
import { ProgressService } from '@wk/api/progress';

interface TenantRow {
  id: string;
  name: string;
  slug: string;
  theme: TenantTheme;
}

/**
 * The public pages: the adopted plans a gemeente published, for anyone without signing in. Only published,
 * adopted revisions are read, inside the gemeente's row-level security scope; the answer is built field by
 * field from what is meant for the public (PublicPlan), so nothing internal can slip through.
 */
@Injectable()
export class PublicPlansService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly plans: PlansService,
    private readonly progress: ProgressService,
  ) {}

  async gemeente(gemeenteSlug: string): Promise<PublicGemeentePage> {
    return this.inGemeente(gemeenteSlug, async (tenant, ids) => {
      const plans = await Promise.all(ids.map((id) => this.plan(id)));
      return {
        gemeente: publicGemeente(tenant),
        plans: plans.map(({ title, theme, startYear, endYear, wijken, lastUpdate }) => ({
          title,
          theme,
          startYear,
          endYear,
          wijken,
          lastUpdate,
        })),
      };
    });
  }

  async wijk(gemeenteSlug: string, wijkSlug: string): Promise<PublicWijkPage> {
    return this.inGemeente(gemeenteSlug, async (tenant, ids) => {
      const plans: PublicPlan[] = [];
      for (const id of ids) {
        const plan = await this.plan(id);
        if (plan.wijken.some((w) => w.slug === wijkSlug)) plans.push(plan);
      }
      const wijk = plans[0]?.wijken.find((w) => w.slug === wijkSlug);
      if (!wijk) throw notFound();
      return { gemeente: publicGemeente(tenant), wijk, asOf: this.clock.today(), plans };
    });
  }

  private async plan(id: string): Promise<PublicPlan> {
    const today = this.clock.today();
    const plan = await this.plans.get(id);
    const dashboard = await this.progress.dashboard(id, today);
    const progress = new Map((await this.progress.planActions(id, today)).map((a) => [a.actionId, a]));
    const lastUpdate = [...progress.values()].reduce<string | null>((last, a) => {
      // The day in the Netherlands: just after midnight there, the instant in UTC still lies on the day before.
      const at = a.lastUpdate ? dayIn(new Date(a.lastUpdate.createdAt)) : null;
      return at && (!last || at > last) ? at : last;
    }, null);
    return {
      title: plan.title,
      theme: plan.theme,
      startYear: plan.startYear,
      endYear: plan.endYear,
      adoptedOn: plan.adoptedOn,
      decisionReference: plan.decisionReference,
      vision: plan.vision,
      wijken: plan.wijken.map((w): PublicWijkRef => ({ name: w.name, slug: slugify(w.name) })),
      lastUpdate,
      progress: [...dashboard.blocks, ...dashboard.pillars].map((b) => ({
        block: b.block,
        pillar: b.pillar,
        progress: b.progress,
        status: b.status,
        actions: b.actions,
      })),
      goals: plan.goals.map((g) => ({
        block: g.block,
        pillar: g.pillar,
        statement: g.statement,
        target: g.target,
        actions: g.actions.map((a) => {
          const p = progress.get(a.id);
          return {
            title: a.title,
            leadUnit: a.leadUnit?.name ?? null,
            start: `${a.start.year}-Q${a.start.quarter}`,
            end: `${a.end.year}-Q${a.end.quarter}`,
            status: p?.status ?? 'not_started',
            percentComplete: p?.percentComplete ?? 0,
          };
        }),
      })),
    };
  }

  /**
   * Runs `fn` in the gemeente's scope with the ids of its published, adopted plans (oldest first). 404 for an
   * unknown or inactive gemeente and for one without published plans: the public learns nothing else.
   */
  private async inGemeente<T>(gemeenteSlug: string, fn: (tenant: TenantRow, planIds: string[]) => Promise<T>): Promise<T> {
    const [tenant] = await this.db.asRole(
      DB_ROLES.auth,
      (m): Promise<TenantRow[]> => m.query(`SELECT id, name, slug, theme FROM tenants WHERE slug = $1 AND active`, [gemeenteSlug]),
    );
    if (!tenant) throw notFound();
    const store = currentContext();
    if (!store) throw new Error('No request context');
    return this.db.inTenant(tenant.id, async (m) => {
      store.manager = m;
      store.tenantId = tenant.id;
      try {
        const rows: { id: string }[] = await m.query(
          `SELECT p.id FROM plan_publications pp JOIN plans p ON p.tenant_id = pp.tenant_id AND p.id = pp.plan_id
            WHERE pp.tenant_id = $1 AND p.status = 'adopted' ORDER BY p.created_at, p.id`,
          [tenant.id],
        );
        if (!rows.length) throw notFound();
        return await fn(
          tenant,
          rows.map((r) => r.id),
        );
      } finally {
        store.manager = null;
        store.tenantId = null;
      }
    });
  }
}

const publicGemeente = (t: TenantRow): PublicGemeente => ({
  name: t.name,
  slug: t.slug,
  theme: {
    primaryColor: t.theme.primaryColor,
    primaryColorText: t.theme.primaryColorText,
    ...(t.theme.accentColor ? { accentColor: t.theme.accentColor } : {}),
  },
});
