import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import type { OrgUnit } from '@wk/contracts';
import { ORG_UNIT_KIND_LABELS, TranslatePipe } from '@wk/web/core';
import { FieldsetComponent, controlId } from '@wk/web/shared/ui';

/** Checkboxes to pick the organisation units a user belongs to. */
@Component({
  selector: 'wk-org-unit-checkboxes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldsetComponent, TranslatePipe],
  template: `
    <wk-fieldset
      [firstControlId]="firstId()"
      [legend]="'users.field.orgUnits' | t"
      [description]="'users.field.orgUnits.description' | t"
      [optionalText]="'form.optional' | t"
      [error]="error()"
      [errorPrefix]="'form.errorPrefix' | t"
    >
      @for (unit of sortedUnits(); track unit.id; let first = $first) {
        <div class="utrecht-form-field utrecht-form-field--checkbox wk-option">
          <div class="utrecht-form-field__input">
            <input
              type="checkbox"
              class="utrecht-checkbox utrecht-checkbox--html-input wk-checkbox"
              [id]="first ? firstId() : firstId() + '-' + unit.id"
              [value]="unit.id"
              [checked]="selected().includes(unit.id)"
              (change)="toggle(unit.id)"
            />
          </div>
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label utrecht-form-label--checkbox" [for]="first ? firstId() : firstId() + '-' + unit.id">
              {{ unit.name }} <span class="wk-muted">({{ kindLabels[unit.kind] | t }})</span>
            </label>
          </div>
        </div>
      } @empty {
        <p class="utrecht-paragraph wk-muted" [id]="firstId()">{{ 'users.field.orgUnits.none' | t }}</p>
      }
    </wk-fieldset>
  `,
})
export class OrgUnitCheckboxesComponent {
  readonly idPrefix = input.required<string>();
  readonly units = input.required<readonly OrgUnit[]>();
  readonly error = input<string | null>(null);
  readonly selected = model<readonly string[]>([]);

  readonly kindLabels = ORG_UNIT_KIND_LABELS;
  readonly firstId = computed(() => controlId(this.idPrefix(), 'orgUnitIds'));
  readonly sortedUnits = computed(() =>
    [...this.units()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'nl')),
  );

  toggle(id: string): void {
    const current = this.selected();
    this.selected.set(current.includes(id) ? current.filter((x) => x !== id) : [...current, id]);
  }
}
