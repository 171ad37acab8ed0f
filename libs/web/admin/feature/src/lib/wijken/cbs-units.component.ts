import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { CbsUnit } from '@wk/contracts';
import { TranslatePipe } from '@wk/web/core';

/** The CBS units of a wijk: code, CBS name and the indeling (level and year) the code belongs to. */
@Component({
  selector: 'wk-cbs-units',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <ul class="wk-plain-list">
      @for (unit of units(); track unit.code + unit.year) {
        <li class="wk-plain-list__item">
          <span class="wk-code">{{ unit.code }}</span>
          @if (unit.cbsName) {
            {{ unit.cbsName }}
          }
          <span class="wk-muted">({{ (unit.level === 'wijk' ? 'cbs.level.wijk' : 'cbs.level.buurt') | t }}, {{ unit.year }})</span>
        </li>
      }
    </ul>
  `,
})
export class CbsUnitsComponent {
  readonly units = input.required<readonly CbsUnit[]>();
}
