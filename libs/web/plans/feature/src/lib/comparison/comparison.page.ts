import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { Router } from '@angular/router';
import type { FieldChange, PlanComparison, PlanRevisionRef } from '@wk/contracts';
import { PlanStore, PlansApi } from '@wk/web/plans/data-access';
import { createLoader, I18nService, LoadStateComponent, TranslatePipe } from '@wk/web/core';
import { ButtonDirective, StatusBadgeComponent, type StatusBadgeVariant } from '@wk/web/shared/ui';
import { NEVER } from 'rxjs';
import { type FormatContext, fieldLabel, formatFieldValue, isLongText } from '../util/field-format';
import { PLAN_STATUS_LABELS, blockName, blockNumber, pillarName } from '../util/format';
import { defaultBaseRevision } from './comparison';

type Change = 'added' | 'removed' | 'changed';

const CHANGE_VARIANTS: Readonly<Record<Change, StatusBadgeVariant>> = { added: 'success', removed: 'danger', changed: 'warning' };

interface ChangeRow {
  label: string;
  before: string;
  after: string;
  long: boolean;
}

/** `/plannen/:id/vergelijken?met=<id>`: what changed between this revision and another one. */
@Component({
  selector: 'wk-comparison-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, LoadStateComponent, NgTemplateOutlet, StatusBadgeComponent, TranslatePipe],
  templateUrl: './comparison.page.html',
})
export class ComparisonPage {
  readonly #i18n = inject(I18nService);
  readonly #api = inject(PlansApi);
  readonly #router = inject(Router);
  readonly store = inject(PlanStore);

  /** Query parameter `met`: the id of the revision to compare with. */
  readonly met = input<string | undefined>(undefined);

  readonly others = computed(() => {
    const plan = this.store.plan();
    return plan ? plan.revisions.filter((r) => r.id !== plan.id).sort((a, b) => b.revision - a.revision) : [];
  });
  readonly base = computed<PlanRevisionRef | null>(() => {
    const plan = this.store.plan();
    if (!plan) {
      return null;
    }
    return this.others().find((r) => r.id === this.met()) ?? defaultBaseRevision(plan);
  });
  readonly selected = linkedSignal(() => this.base()?.id ?? '');
  /** Always older → newer, also when a newer revision is chosen while reading an older one. */
  readonly data = createLoader(() => {
    const plan = this.store.plan();
    const other = this.base();
    if (!plan || !other) {
      return NEVER;
    }
    return other.revision > plan.revision ? this.#api.compare(other.id, plan.id) : this.#api.compare(plan.id, other.id);
  });

  readonly #context = computed<FormatContext>(() => ({
    t: this.#i18n.t.bind(this.#i18n),
    language: this.#i18n.language(),
    formatDate: (iso) => this.#i18n.formatDate(iso),
  }));
  readonly view = computed(() => {
    const comparison = this.data.value();
    return comparison ? this.#view(comparison) : null;
  });

  revisionLabel(revision: PlanRevisionRef): string {
    const status = this.#i18n.t(PLAN_STATUS_LABELS[revision.status]);
    return revision.adoptedOn
      ? this.#i18n.t('comparison.revisionAdopted', { revision: revision.revision, status, date: this.#i18n.formatDate(revision.adoptedOn) })
      : this.#i18n.t('comparison.revision', { revision: revision.revision, status });
  }

  hasShort(rows: readonly ChangeRow[]): boolean {
    return rows.some((row) => !row.long);
  }

  choose(event: Event): void {
    this.selected.set((event.target as HTMLSelectElement).value);
  }

  compare(event: Event): void {
    event.preventDefault();
    const plan = this.store.plan();
    if (plan && this.selected()) {
      void this.#router.navigate(['/plannen', plan.id, 'vergelijken'], { queryParams: { met: this.selected() } });
    }
  }

  #rows(changes: readonly FieldChange[]): ChangeRow[] {
    const context = this.#context();
    return changes.map((change) => ({
      label: fieldLabel(change.field, context),
      before: formatFieldValue(change.field, change.before, context),
      after: formatFieldValue(change.field, change.after, context),
      long: isLongText(change),
    }));
  }

  #view(comparison: PlanComparison) {
    const language = this.#i18n.language();
    const t = this.#i18n.t.bind(this.#i18n);
    const changeLabel = (change: Change): string => t(`comparison.change.${change}`);
    return {
      baseRevision: comparison.base.revision,
      targetRevision: comparison.target.revision,
      plan: this.#rows(comparison.plan),
      goals: comparison.goals.map((goal) => ({
        key: goal.key,
        title: goal.statement,
        context: goal.pillar
          ? t('comparison.goalPlacePillar', {
              number: blockNumber(goal.block),
              name: blockName(goal.block, language),
              pillar: pillarName(goal.pillar, language),
            })
          : t('plans.blockWithName', { number: blockNumber(goal.block), name: blockName(goal.block, language) }),
        change: changeLabel(goal.change),
        variant: CHANGE_VARIANTS[goal.change],
        rows: this.#rows(goal.fields),
      })),
      actions: comparison.actions.map((action) => ({
        key: action.key,
        title: action.title,
        context: t('comparison.underGoal', { goal: action.goalStatement }),
        change: changeLabel(action.change),
        variant: CHANGE_VARIANTS[action.change],
        rows: this.#rows(action.fields),
      })),
    };
  }
}
