import { Injectable } from '@nestjs/common';
import type { CsvSeparatorName, Role } from '@wk/contracts';
import { Clock } from '@wk/api/core';
import { PlansService } from '@wk/api/plans';
import { ProgressService, ProgressUpdatesService } from '@wk/api/progress';
import { OrgUnitsService, UsersService } from '@wk/api/tenancy';
import { WijkenService } from '@wk/api/wijken';
import { centsToEuros, dayIn, slugify, type CsvCell } from '@wk/util';
import { ACTION_STATUS_NL, periodText } from './report-text';

/** A CSV list: a file name, the header and the rows (written to the response a chunk at a time). */
export interface CsvList {
  fileName: string;
  header: string[];
  rows: CsvCell[][];
}

const ROLE_NL: Record<Role, string> = { admin: 'Beheerder', planner: 'Planner', contributor: 'Medewerker', viewer: 'Meelezer' };

/** The lists a user can take to a spreadsheet: a plan's actions and updates, the wijken and the users. */
@Injectable()
export class CsvExportsService {
  constructor(
    private readonly clock: Clock,
    private readonly plans: PlansService,
    private readonly progress: ProgressService,
    private readonly updates: ProgressUpdatesService,
    private readonly wijken: WijkenService,
    private readonly users: UsersService,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  async actions(planId: string): Promise<CsvList> {
    const plan = await this.plans.get(planId);
    const items = await this.progress.planActions(planId);
    return {
      fileName: `acties-${slug(plan.title)}-${this.clock.today()}.csv`,
      header: [
        'plan',
        'bouwsteen',
        'pijler',
        'doel',
        'actie',
        'trekker',
        'partners',
        'start',
        'eind',
        'stand',
        'klaar (%)',
        'verwacht (%)',
        'gepland (euro)',
        'besteed (euro)',
        'laatste periode',
        'meldingen te laat',
      ],
      rows: items.map((a) => [
        plan.title,
        a.block,
        a.pillar,
        a.goalStatement,
        a.title,
        a.leadUnit?.name,
        a.contributingUnits.map((u) => u.name).join('; '),
        `${a.start.year}-Q${a.start.quarter}`,
        `${a.end.year}-Q${a.end.quarter}`,
        ACTION_STATUS_NL[a.status],
        a.percentComplete,
        a.expected.percent,
        centsToEuros(a.plannedCents),
        centsToEuros(a.spentCents),
        a.lastUpdate ? periodText(a.lastUpdate.period) : null,
        a.overdueCount,
      ]),
    };
  }

  async updatesOf(planId: string): Promise<CsvList> {
    const plan = await this.plans.get(planId);
    const items = await this.updates.planUpdates(planId);
    return {
      fileName: `meldingen-${slug(plan.title)}-${this.clock.today()}.csv`,
      header: ['plan', 'actie', 'periode', 'stand', 'klaar (%)', 'besteed (euro)', 'toelichting', 'gemeld door', 'gemeld op', 'telt mee'],
      rows: items.map((u) => [
        plan.title,
        u.actionTitle,
        periodText(u.period),
        ACTION_STATUS_NL[u.status],
        u.percentComplete,
        centsToEuros(u.spentCents),
        u.narrative,
        u.author?.name,
        dayIn(new Date(u.createdAt)),
        u.current,
      ]),
    };
  }

  /** In the layout of the wijken import (WIJK_CSV_COLUMNS): an export can be imported into another gemeente's list. */
  async wijkenList(): Promise<CsvList> {
    const { items } = await this.wijken.list();
    return {
      fileName: `wijken-${this.clock.today()}.csv`,
      header: ['naam', 'cbs_codes', 'jaar', 'inwoners', 'rol_in_de_stad'],
      rows: items.map((w) => [w.name, w.cbsUnits.map((u) => u.code).join(' '), w.cbsUnits[0]?.year ?? null, w.population, w.roleInCity]),
    };
  }

  async usersList(): Promise<CsvList> {
    const { items } = await this.users.list();
    const units = new Map((await this.orgUnits.list()).items.map((u) => [u.id, u.name]));
    return {
      fileName: `gebruikers-${this.clock.today()}.csv`,
      header: ['naam', 'e-mailadres', 'rol', 'actief', 'afdelingen en partners'],
      rows: items.map((u) => [u.name, u.email, ROLE_NL[u.role], u.active, u.orgUnitIds.map((id) => units.get(id) ?? '').join('; ')]),
    };
  }

  static separator(name: CsvSeparatorName | undefined): ',' | ';' {
    return name === 'comma' ? ',' : ';';
  }
}

/** A file-name part from a title. */
export const slug = (text: string): string => slugify(text, 'plan');
