import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input } from '@angular/core';
import { BUILDING_BLOCKS, PILLAR_BLOCK, PILLAR_CODES, type Plan } from '@wk/contracts';
import { I18nService, TranslatePipe } from '@wk/web/core';
import { focusById } from '../util/focus';
import { anchors, blockName, blockNumber, pillarName } from '../util/format';

/**
 * The plan's table of contents: the vision and the six building blocks (with the three pillars of block 4),
 * each with its number of goals and actions. On a wide screen it stays in view beside the plan; on a phone it
 * is a list at the top. A link moves the focus to the block's heading.
 */
@Component({
  selector: 'wk-plan-toc',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <nav class="wk-plan-toc" [attr.aria-label]="'planToc.label' | t">
      <p class="utrecht-paragraph wk-plan-toc__title" aria-hidden="true">{{ 'planToc.label' | t }}</p>
      <ol class="wk-plan-toc__list">
        <li>
          <a class="utrecht-link" [href]="'#' + visionAnchor" (click)="jump($event, visionAnchor)">{{ 'plans.vision' | t }}</a>
        </li>
        @for (item of items(); track item.anchor) {
          <li [class.wk-plan-toc__sub]="item.sub">
            <a class="utrecht-link" [href]="'#' + item.anchor" (click)="jump($event, item.anchor)">{{ item.label }}</a>
            <span class="wk-plan-toc__count">{{ item.count }}</span>
          </li>
        }
      </ol>
    </nav>
  `,
})
export class PlanTocComponent {
  readonly #i18n = inject(I18nService);
  readonly #document = inject(DOCUMENT);

  readonly plan = input.required<Pick<Plan, 'goals'>>();
  readonly visionAnchor = anchors.vision;

  readonly items = computed(() => {
    const language = this.#i18n.language();
    const t = this.#i18n.t.bind(this.#i18n);
    const goals = this.plan().goals;
    const count = (list: typeof goals): string =>
      t('planToc.count', { goals: list.length, actions: list.reduce((n, g) => n + g.actions.length, 0) });
    return BUILDING_BLOCKS.flatMap((block) => {
      const mine = goals.filter((g) => g.block === block.code);
      const head = {
        anchor: anchors.block(block.code),
        label: t('plans.blockWithName', { number: blockNumber(block.code), name: blockName(block.code, language) }),
        count: count(mine),
        sub: false,
      };
      if (block.code !== PILLAR_BLOCK) {
        return [head];
      }
      return [
        head,
        ...PILLAR_CODES.map((pillar) => ({
          anchor: anchors.pillar(pillar),
          label: pillarName(pillar, language),
          count: count(mine.filter((g) => g.pillar === pillar)),
          sub: true,
        })),
      ];
    });
  });

  jump(event: Event, id: string): void {
    if (focusById(this.#document, id)) {
      event.preventDefault();
    }
  }
}
