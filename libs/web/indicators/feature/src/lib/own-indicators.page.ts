import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  BUILDING_BLOCKS,
  INDICATOR_DIRECTIONS,
  INDICATOR_KINDS,
  INDICATOR_UNITS,
  PILLARS,
  type BlockCode,
  type CreateIndicatorRequest,
  type Indicator,
  type IndicatorDirection,
  type IndicatorKind,
  type IndicatorUnit,
  type PillarCode,
} from '@wk/contracts';
import { IndicatorsApi } from '@wk/web/indicators/data-access';
import { createFormErrors, createLoader, fieldsIn, I18nService, LoadStateComponent, SessionStore, TranslatePipe } from '@wk/web/core';
import {
  AlertComponent,
  ButtonDirective,
  controlId,
  DataTableCellDirective,
  DataTableComponent,
  ErrorSummaryComponent,
  FieldsetComponent,
  FormControlDirective,
  FormFieldComponent,
  PageHeadingComponent,
  type DataTableColumn,
} from '@wk/web/shared/ui';
import { firstValueFrom } from 'rxjs';

const FIELDS = [
  'code',
  'name.nl',
  'name.en',
  'description.nl',
  'description.en',
  'unit',
  'decimals',
  'direction',
  'kind',
  'source.publisher',
  'source.table',
  'source.variable',
  'blocks',
] as const;

/** Lower case letters, digits and _, starting with a letter (as the API checks). */
const CODE = /^[a-z][a-z0-9_]{1,59}$/;

/**
 * `/indicatoren/eigen` — the gemeente's own indicators (for example from its resident survey): the list, a form to
 * add one, and the way to import its figures (long layout, `/indicatoren/importeren`).
 */
@Component({
  selector: 'wk-own-indicators-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AlertComponent,
    ButtonDirective,
    DataTableCellDirective,
    DataTableComponent,
    ErrorSummaryComponent,
    FormControlDirective,
    FieldsetComponent,
    FormFieldComponent,
    LoadStateComponent,
    PageHeadingComponent,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <wk-page-heading [heading]="'ownIndicators.heading' | t" [lead]="'ownIndicators.lead' | t">
      <a class="utrecht-link" routerLink="/indicatoren">{{ 'ranking.back' | t }}</a>
    </wk-page-heading>
    @if (created(); as c) {
      <wk-alert type="ok" [heading]="'ownIndicators.created' | t: { name: c.name[language()] }">
        <p class="utrecht-paragraph">
          <a class="utrecht-link" routerLink="/indicatoren/importeren">{{ 'ownIndicators.toImport' | t }}</a>
        </p>
      </wk-alert>
    }
    <wk-load-state [loader]="catalogue" />
    @if (catalogue.value(); as page) {
      <wk-data-table
        [caption]="'ownIndicators.caption' | t"
        [columns]="columns()"
        [rows]="own()"
        [trackBy]="byCode"
        [emptyText]="'ownIndicators.empty' | t"
      >
        <ng-template wkCell="name" [wkCellOf]="own()" let-row>{{ row.name[language()] }}</ng-template>
        <ng-template wkCell="source" [wkCellOf]="own()" let-row>{{ row.source.publisher }}, {{ row.source.table }}</ng-template>
      </wk-data-table>
      @if (canEdit()) {
        <p class="utrecht-paragraph">
          <a class="utrecht-link" routerLink="/indicatoren/importeren">{{ 'ownIndicators.toImport' | t }}</a>
        </p>
      }
    }

    @if (canEdit()) {
      <section class="wk-section" aria-labelledby="eigen-nieuw">
        <h2 class="utrecht-heading-2" id="eigen-nieuw">{{ 'ownIndicators.new' | t }}</h2>
        <wk-error-summary [heading]="'form.errorSummary' | t" [errors]="errors.errors().summary" [idPrefix]="formId" />
        <form class="wk-form" [formGroup]="form" (ngSubmit)="create()" novalidate>
          <wk-form-field
            [controlId]="controlId('code')"
            [label]="'ownIndicators.code' | t"
            [description]="'ownIndicators.code.description' | t"
            [error]="errors.field('code')"
            [errorPrefix]="'form.errorPrefix' | t"
          >
            <input
              wkControl
              class="utrecht-textbox utrecht-textbox--html-input"
              formControlName="code"
              autocomplete="off"
              spellcheck="false"
            />
          </wk-form-field>
          @for (f of textFields; track f.field) {
            <wk-form-field
              [controlId]="controlId(f.field)"
              [label]="f.label | t"
              [error]="errors.field(f.field)"
              [errorPrefix]="'form.errorPrefix' | t"
            >
              @if (f.long) {
                <textarea
                  wkControl
                  class="utrecht-textarea utrecht-textarea--html-textarea"
                  rows="3"
                  [formControlName]="f.control"
                ></textarea>
              } @else {
                <input wkControl class="utrecht-textbox utrecht-textbox--html-input" [formControlName]="f.control" />
              }
            </wk-form-field>
          }
          <wk-form-field
            [controlId]="controlId('unit')"
            [label]="'ownIndicators.unit' | t"
            [error]="errors.field('unit')"
            [errorPrefix]="'form.errorPrefix' | t"
          >
            <select wkControl class="utrecht-select utrecht-select--html-select" formControlName="unit">
              @for (u of units; track u) {
                <option [value]="u">{{ unitLabel(u) }}</option>
              }
            </select>
          </wk-form-field>
          <wk-form-field
            [controlId]="controlId('decimals')"
            [label]="'ownIndicators.decimals' | t"
            [error]="errors.field('decimals')"
            [errorPrefix]="'form.errorPrefix' | t"
          >
            <select wkControl class="utrecht-select utrecht-select--html-select" formControlName="decimals">
              @for (d of [0, 1, 2, 3, 4]; track d) {
                <option [ngValue]="d">{{ d }}</option>
              }
            </select>
          </wk-form-field>
          <wk-form-field
            [controlId]="controlId('direction')"
            [label]="'ownIndicators.direction' | t"
            [error]="errors.field('direction')"
            [errorPrefix]="'form.errorPrefix' | t"
          >
            <select wkControl class="utrecht-select utrecht-select--html-select" formControlName="direction">
              @for (d of directions; track d) {
                <option [value]="d">{{ directionLabel(d) }}</option>
              }
            </select>
          </wk-form-field>
          <wk-form-field
            [controlId]="controlId('kind')"
            [label]="'ownIndicators.kind' | t"
            [error]="errors.field('kind')"
            [errorPrefix]="'form.errorPrefix' | t"
          >
            <select wkControl class="utrecht-select utrecht-select--html-select" formControlName="kind">
              @for (k of kinds; track k) {
                <option [value]="k">{{ (k === 'experienced' ? 'indicators.kind.experienced' : 'indicators.kind.objective') | t }}</option>
              }
            </select>
          </wk-form-field>
          <wk-fieldset
            [firstControlId]="controlId('blocks')"
            [legend]="'ownIndicators.blocks' | t"
            [error]="errors.field('blocks')"
            [errorPrefix]="'form.errorPrefix' | t"
          >
            @for (b of blocks; track b.code; let first = $first) {
              <div class="utrecht-form-field utrecht-form-field--checkbox wk-option">
                <div class="utrecht-form-field__input">
                  <input
                    type="checkbox"
                    class="utrecht-checkbox utrecht-checkbox--html-input wk-checkbox"
                    [id]="first ? controlId('blocks') : controlId('blocks') + '-' + b.code"
                    [checked]="chosenBlocks().has(b.code)"
                    (change)="toggleBlock(b.code)"
                  />
                </div>
                <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
                  <label
                    class="utrecht-form-label utrecht-form-label--checkbox"
                    [for]="first ? controlId('blocks') : controlId('blocks') + '-' + b.code"
                    >{{ b.short[language()] }}</label
                  >
                </div>
              </div>
            }
          </wk-fieldset>
          <wk-fieldset [firstControlId]="controlId('pillars')" [legend]="'ownIndicators.pillars' | t">
            @for (p of pillars; track p.code; let first = $first) {
              <div class="utrecht-form-field utrecht-form-field--checkbox wk-option">
                <div class="utrecht-form-field__input">
                  <input
                    type="checkbox"
                    class="utrecht-checkbox utrecht-checkbox--html-input wk-checkbox"
                    [id]="first ? controlId('pillars') : controlId('pillars') + '-' + p.code"
                    [checked]="chosenPillars().has(p.code)"
                    (change)="togglePillar(p.code)"
                  />
                </div>
                <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
                  <label
                    class="utrecht-form-label utrecht-form-label--checkbox"
                    [for]="first ? controlId('pillars') : controlId('pillars') + '-' + p.code"
                    >{{ p.label[language()] }}</label
                  >
                </div>
              </div>
            }
          </wk-fieldset>
          <div class="wk-form__actions">
            <button type="submit" wkButton="primary" [attr.aria-disabled]="busy() ? 'true' : null">{{ 'ownIndicators.save' | t }}</button>
          </div>
        </form>
      </section>
    }
  `,
})
export class OwnIndicatorsPage {
  readonly #api = inject(IndicatorsApi);
  readonly #i18n = inject(I18nService);
  readonly #session = inject(SessionStore);
  readonly language = this.#i18n.language;

  readonly catalogue = createLoader(() => this.#api.catalogue());
  readonly own = computed(() => (this.catalogue.value()?.items ?? []).filter((i) => i.own));
  readonly canEdit = computed(() => this.#session.hasRole('admin', 'planner'));
  readonly byCode = (i: Indicator) => i.code;

  readonly formId = 'eigen-indicator';
  readonly controlId = (field: string): string => controlId(this.formId, field);
  readonly units = INDICATOR_UNITS;
  readonly directions = INDICATOR_DIRECTIONS;
  readonly kinds = INDICATOR_KINDS;
  readonly blocks = BUILDING_BLOCKS;
  readonly pillars = PILLARS;
  readonly busy = signal(false);
  readonly created = signal<Indicator | null>(null);
  readonly chosenBlocks = signal(new Set<BlockCode>());
  readonly chosenPillars = signal(new Set<PillarCode>());
  readonly errors = createFormErrors(fieldsIn(FIELDS));

  readonly form = new FormGroup({
    code: new FormControl('', { nonNullable: true }),
    nameNl: new FormControl('', { nonNullable: true }),
    nameEn: new FormControl('', { nonNullable: true }),
    descriptionNl: new FormControl('', { nonNullable: true }),
    descriptionEn: new FormControl('', { nonNullable: true }),
    unit: new FormControl<IndicatorUnit>('percent', { nonNullable: true }),
    decimals: new FormControl(0, { nonNullable: true }),
    direction: new FormControl<IndicatorDirection>('higher_better', { nonNullable: true }),
    kind: new FormControl<IndicatorKind>('experienced', { nonNullable: true }),
    publisher: new FormControl('', { nonNullable: true }),
    table: new FormControl('', { nonNullable: true }),
    variable: new FormControl('', { nonNullable: true }),
  });

  readonly textFields = [
    { field: 'name.nl', control: 'nameNl', label: 'ownIndicators.nameNl', long: false },
    { field: 'name.en', control: 'nameEn', label: 'ownIndicators.nameEn', long: false },
    { field: 'description.nl', control: 'descriptionNl', label: 'ownIndicators.descriptionNl', long: true },
    { field: 'description.en', control: 'descriptionEn', label: 'ownIndicators.descriptionEn', long: true },
    { field: 'source.publisher', control: 'publisher', label: 'ownIndicators.publisher', long: false },
    { field: 'source.table', control: 'table', label: 'ownIndicators.table', long: false },
    { field: 'source.variable', control: 'variable', label: 'ownIndicators.variable', long: false },
  ] as const;

  readonly columns = computed<DataTableColumn<Indicator>[]>(() => {
    const language = this.#i18n.language();
    return [
      { key: 'name', label: this.#i18n.t('ownIndicators.col.name'), sortValue: (i) => i.name[language] },
      { key: 'code', label: this.#i18n.t('ownIndicators.code') },
      { key: 'source', label: this.#i18n.t('ownIndicators.col.source') },
    ];
  });

  unitLabel(u: IndicatorUnit): string {
    return this.#i18n.t(`ownIndicators.unit.${u}`);
  }

  directionLabel(d: IndicatorDirection): string {
    return this.#i18n.t(`ownIndicators.direction.${d}`);
  }

  toggleBlock(code: BlockCode): void {
    const next = new Set(this.chosenBlocks());
    if (!next.delete(code)) next.add(code);
    this.chosenBlocks.set(next);
  }

  togglePillar(code: PillarCode): void {
    const next = new Set(this.chosenPillars());
    if (!next.delete(code)) next.add(code);
    this.chosenPillars.set(next);
  }

  async create(): Promise<void> {
    if (this.busy()) return;
    const v = this.form.getRawValue();
    const required = (field: (typeof this.textFields)[number]) =>
      [
        field.field,
        v[field.control].trim() === '' ? ('ownIndicators.error.required' as const) : null,
        { field: this.#i18n.t(field.label) },
      ] as const;
    const valid = this.errors.check([
      ['code', CODE.test(v.code.trim()) ? null : 'ownIndicators.error.code'],
      ...this.textFields.map(required),
      ['blocks', this.chosenBlocks().size ? null : 'ownIndicators.error.blocks'],
    ]);
    if (!valid) return;
    const request: CreateIndicatorRequest = {
      code: v.code.trim(),
      name: { nl: v.nameNl, en: v.nameEn },
      description: { nl: v.descriptionNl, en: v.descriptionEn },
      unit: v.unit,
      decimals: Number(v.decimals),
      direction: v.direction,
      kind: v.kind,
      source: { publisher: v.publisher, table: v.table, variable: v.variable },
      blocks: [...this.chosenBlocks()],
      pillars: [...this.chosenPillars()],
    };
    this.busy.set(true);
    this.created.set(null);
    try {
      const created = await firstValueFrom(this.#api.createIndicator(request));
      this.created.set(created);
      this.errors.clear();
      this.form.reset();
      this.chosenBlocks.set(new Set());
      this.chosenPillars.set(new Set());
      this.catalogue.reload();
    } catch (error: unknown) {
      this.errors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }
}
