import { type Locator, type Page, expect } from '@playwright/test';

/** One action in "Mijn acties" or in the list of an organisation unit. */
export class ActionCard {
  constructor(
    private readonly page: Page,
    readonly card: Locator,
  ) {}

  get title(): Locator {
    return this.card.getByRole('heading', { level: 3 });
  }

  /** The value of a fact ("Bouwsteen", "Trekker", "Laatste melding"…). */
  fact(name: string | RegExp): Locator {
    return this.card
      .locator('.wk-action__fact')
      .filter({ has: this.page.getByRole('term').filter({ hasText: name }) })
      .getByRole('definition');
  }

  get reportButton(): Locator {
    return this.card.getByRole('button', { name: /^Voortgang melden/ });
  }

  get form(): UpdateForm {
    return new UpdateForm(this.card.getByRole('form'));
  }
}

/** The progress update form (in a card or on the action page). */
export class UpdateForm {
  constructor(readonly form: Locator) {}

  get period(): Locator {
    return this.form.getByLabel('Periode', { exact: true });
  }

  status(name: string): Locator {
    return this.form.getByRole('radio', { name, exact: true });
  }

  get percent(): Locator {
    return this.form.getByLabel('Hoeveel is er klaar?');
  }

  get narrative(): Locator {
    return this.form.getByLabel('Toelichting');
  }

  get spent(): Locator {
    return this.form.getByLabel('Uitgegeven in deze periode');
  }

  get submit(): Locator {
    return this.form.getByRole('button', { name: 'Melding opslaan' });
  }

  get errorSummary(): Locator {
    return this.form.locator('.wk-error-summary');
  }
}

/** /mijn-acties */
export class MyActionsPage {
  readonly heading: Locator;
  readonly stats: Locator;
  readonly list: Locator;
  readonly live: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.stats = page.locator('.wk-stats');
    this.list = page.getByRole('list', { name: /^Acties/ });
    this.live = page.locator('wk-live-status [role="status"]');
  }

  async goto(): Promise<void> {
    await this.page.goto('/mijn-acties');
    await expect(this.heading).toHaveText('Mijn acties');
  }

  /** The figure after "Te laat" or "Te melden" in the summary. */
  stat(label: 'Te laat' | 'Te melden' | 'Acties'): Locator {
    return this.stats
      .locator('.wk-stat')
      .filter({ has: this.page.getByRole('term').filter({ hasText: label }) })
      .locator('.wk-stat__number');
  }

  async filter(name: RegExp): Promise<void> {
    await this.page.getByRole('radio', { name }).check();
  }

  cards(): Locator {
    return this.list.getByRole('article');
  }

  card(title: string): ActionCard {
    return new ActionCard(this.page, this.page.getByRole('article', { name: title, exact: true }));
  }
}

/** The "Voortgang" tab of a plan. */
export class PlanDashboardPage {
  readonly blocks: Locator;
  readonly pillars: Locator;
  readonly byStatus: Locator;
  readonly overdue: Locator;
  readonly budget: Locator;

  constructor(private readonly page: Page) {
    this.blocks = page.getByRole('table', { name: 'Voortgang per bouwsteen in cijfers' });
    this.pillars = page.getByRole('table', { name: 'Voortgang per pijler in cijfers' });
    this.byStatus = page.getByRole('table', { name: 'Acties per status in cijfers' });
    this.overdue = page.getByRole('table', { name: /Meldingen die te laat zijn/ });
    this.budget = page.getByRole('table', { name: 'Budget per jaar (euro) in cijfers' });
  }

  /** The sections below the key figures come after the first screen, one at a time: waits until all are there. */
  async expectComplete(): Promise<void> {
    await expect(this.page.locator('wk-dashboard-sections')).toBeAttached();
    await expect(this.page.locator('wk-dashboard-sections')).not.toHaveAttribute('aria-busy', /.*/);
  }

  /** The row of "Bouwsteen 2" (its header starts with that). */
  blockRow(block: string): Locator {
    return this.blocks.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${block}:`) }) });
  }

  /** Status and progress of a block as shown in its row: "Op schema 14,2%". */
  async blockFigures(block: string): Promise<string> {
    const cells = this.blockRow(block).getByRole('cell');
    return `${(await cells.nth(0).innerText()).trim()} ${(await cells.nth(1).innerText()).trim()}`;
  }

  async countWithStatus(status: string): Promise<number> {
    const row = this.byStatus.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: status, exact: true }) });
    return Number((await row.getByRole('cell').innerText()).trim());
  }
}

/** /voortgang */
export class OverviewPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.table = page.getByRole('table', { name: /Voortgang per wijk en bouwsteen/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/voortgang');
    await expect(this.heading).toHaveText('Voortgang van alle wijken');
    await expect(this.table).toBeVisible();
  }

  /** The link in the cell of a wijk and a block, e.g. ("Meijhorst", "Bouwsteen 2"). */
  cell(wijk: string, block: string): Locator {
    return this.table.getByRole('link', { name: new RegExp(`^${wijk}, ${block} `) });
  }
}
