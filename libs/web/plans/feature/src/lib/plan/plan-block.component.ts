import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type BuildingBlock, PILLARS, PILLAR_BLOCK, type Plan } from '@wk/contracts';
import { I18nService, TranslatePipe } from '@wk/web/core';
import { anchors, blockNumber } from '../util/format';
import { GoalListComponent } from './goal-list.component';
import { GuidanceComponent } from './guidance.component';
import { PlanTextComponent } from './plan-text.component';

/** One building block of the plan: label, explanation, narrative with guidance, and its goals. */
@Component({
  selector: 'wk-plan-block',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [GoalListComponent, GuidanceComponent, PlanTextComponent, TranslatePipe],
  template: `
    <section class="wk-plan-block" [attr.aria-labelledby]="anchor()">
      <h2 class="utrecht-heading-2 wk-plan-block__title" [id]="anchor()" tabindex="-1">
        <span class="wk-plan-block__code">{{ 'plans.block' | t: { number: number() } }}</span>
        {{ block().label[language()] }}
      </h2>
      <p class="utrecht-paragraph wk-plan-block__explanation">{{ block().explanation[language()] }}</p>

      <div class="wk-plan-block__text">
        <div class="wk-plan-block__narrative" [id]="textAnchor()" tabindex="-1">
          <h3 class="utrecht-heading-3">{{ 'plans.block.text' | t }}</h3>
          <wk-plan-text [plan]="plan()" [part]="block().code" [label]="textLabel()" [editable]="editable()" />
        </div>
        <wk-guidance [questions]="block().guidance" [name]="textLabel()" [startOpen]="editable()" />
      </div>

      @if (isPillarBlock()) {
        @for (pillar of pillars; track pillar.code; let i = $index) {
          <div class="wk-pillar">
            <h3 class="utrecht-heading-3 wk-pillar__title" [id]="pillarAnchor(pillar.code)" tabindex="-1">
              <span class="wk-plan-block__code">{{ 'plans.pillar' | t: { number: i + 1 } }}</span>
              {{ pillar.label[language()] }}
            </h3>
            <p class="utrecht-paragraph">{{ pillar.explanation[language()] }}</p>
            <p class="utrecht-paragraph wk-muted wk-pillar__origin">{{ 'plans.pillar.origin' | t: { origin: pillar.origin } }}</p>
            <wk-guidance [questions]="pillar.guidance" [name]="pillar.label[language()]" [startOpen]="editable()" />
            <wk-goal-list
              [plan]="plan()"
              [block]="block().code"
              [pillar]="pillar.code"
              [groupName]="pillar.label[language()]"
              [editable]="editable()"
            />
          </div>
        }
      } @else {
        <h3 class="utrecht-heading-3">{{ 'plans.goals' | t }}</h3>
        <wk-goal-list [plan]="plan()" [block]="block().code" [groupName]="textLabel()" [editable]="editable()" />
      }
    </section>
  `,
})
export class PlanBlockComponent {
  readonly #i18n = inject(I18nService);

  readonly plan = input.required<Plan>();
  readonly block = input.required<BuildingBlock>();
  readonly editable = input(false);

  readonly pillars = PILLARS;
  readonly language = this.#i18n.language;
  readonly number = computed(() => blockNumber(this.block().code));
  readonly isPillarBlock = computed(() => this.block().code === PILLAR_BLOCK);
  readonly anchor = computed(() => anchors.block(this.block().code));
  readonly textAnchor = computed(() => anchors.blockText(this.block().code));
  readonly textLabel = computed(() =>
    this.#i18n.t('plans.blockWithName', { number: this.number(), name: this.block().short[this.language()] }),
  );

  pillarAnchor(code: (typeof PILLARS)[number]['code']): string {
    return anchors.pillar(code);
  }
}
