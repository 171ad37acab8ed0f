import { type Locator, type Page, expect } from '@playwright/test';

/** /plannen: every plan of the gemeente. */
export class PlansListPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly newPlan: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.table = page.getByRole('table');
    this.newPlan = page.getByRole('link', { name: 'Nieuw plan' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/plannen');
    await expect(this.heading).toHaveText('Wijkplannen');
    await expect(this.table).toBeVisible();
  }

  row(title: string | RegExp): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title }) });
  }

  async open(title: string | RegExp, status?: string): Promise<void> {
    const rows = status ? this.row(title).filter({ has: this.page.getByText(status, { exact: true }) }) : this.row(title);
    await rows.first().getByRole('link').click();
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }
}

/** /plannen/nieuw */
export class PlanCreatePage {
  readonly title: Locator;
  readonly startYear: Locator;
  readonly endYear: Locator;
  readonly horizonWarning: Locator;
  readonly submit: Locator;
  /** The notice that a ticked wijk already has a plan in force. */
  readonly inForce: Locator;

  constructor(private readonly page: Page) {
    this.title = page.getByLabel('Naam van het plan');
    this.startYear = page.getByLabel('Eerste jaar');
    this.endYear = page.getByLabel('Laatste jaar');
    this.horizonWarning = page.getByText('De studie vraagt om een visie voor de lange termijn: kies 10 jaar of meer.');
    this.submit = page.getByRole('button', { name: 'Plan maken' });
    this.inForce = page.locator('.wk-in-force');
  }

  wijk(name: string): Locator {
    return this.page.getByRole('checkbox', { name });
  }
}

/** The inline form for a new or changed action. */
export class ActionForm {
  readonly form: Locator;

  constructor(
    private readonly page: Page,
    heading: 'Nieuwe actie' | 'Actie wijzigen',
  ) {
    this.form = page.getByRole('form', { name: heading });
  }

  get title(): Locator {
    return this.form.getByLabel('Naam van de actie');
  }

  get lead(): Locator {
    return this.form.getByLabel('Trekker');
  }

  /** side: the "Start" or "Einde" fieldset. */
  period(side: 'Start' | 'Einde'): { year: Locator; quarter: Locator } {
    const group = this.form.getByRole('group', { name: side, exact: true });
    return { year: group.getByLabel('Jaar'), quarter: group.getByLabel('Kwartaal') };
  }

  budgetAmount(index: number): Locator {
    return this.form.getByLabel('Bedrag in euro').nth(index);
  }

  async addBudgetYear(amount: string): Promise<void> {
    const count = await this.form.getByLabel('Bedrag in euro').count();
    await this.form.getByRole('button', { name: 'Jaar toevoegen' }).click();
    await expect(this.budgetAmount(count)).toBeFocused();
    await this.budgetAmount(count).fill(amount);
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: /^(Actie toevoegen|Actie opslaan)$/ }).click();
    await expect(this.form).toHaveCount(0);
  }
}

/** /plannen/:id and its tabs. */
export class PlanPage {
  readonly heading: Locator;
  readonly facts: Locator;
  readonly notice: Locator;
  readonly completeness: Locator;
  readonly subNav: Locator;
  readonly live: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.facts = page.locator('.wk-plan-facts');
    this.notice = page.locator('.wk-notice');
    this.completeness = page.getByRole('region', { name: 'Controle: is het plan compleet?' });
    this.subNav = page.getByRole('navigation', { name: 'Onderdelen van het plan' });
    this.live = page.locator('wk-live-status [role="status"]');
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  async tab(name: 'Plan' | 'Planning' | 'Voortgang' | 'Vergelijken' | 'Geschiedenis'): Promise<void> {
    await this.subNav.getByRole('link', { name, exact: true }).click();
    await expect(this.subNav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
  }

  async expectStatus(status: string): Promise<void> {
    await expect(this.facts.getByRole('definition').filter({ hasText: status })).toBeVisible();
  }

  async writeText(label: string, text: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^Tekst (schrijven|wijzigen): ${label}$`) }).click();
    const field = this.page.getByRole('textbox', { name: label, exact: true });
    await expect(field).toBeFocused();
    await field.fill(text);
    await this.page.getByRole('button', { name: 'Tekst opslaan' }).click();
    await expect(field).toHaveCount(0);
  }

  /** Adds a goal under a block ("Bouwsteen 1: Visie en basis op orde") or a pillar ("Sociale basis"). */
  async addGoal(group: string, statement: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Doel toevoegen: ${group}`, exact: true }).click();
    const form = this.page.getByRole('form', { name: 'Nieuw doel' });
    await form.getByRole('textbox', { name: 'Doel', exact: true }).fill(statement);
    await form.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
    await expect(form).toHaveCount(0);
    const goal = this.goal(statement);
    await expect(goal).toBeFocused();
    return goal;
  }

  goal(statement: string): Locator {
    return this.page.getByRole('article', { name: new RegExp(`${escape(statement)}$`) });
  }

  action(title: string): Locator {
    return this.page.getByRole('article', { name: title, exact: true });
  }

  /** Adds an action with a lead unit under a goal, optionally with a budget line. */
  async addAction(goal: Locator, title: string, lead: string, budget?: string): Promise<void> {
    await goal.getByRole('button', { name: /^Actie toevoegen: / }).click();
    const form = new ActionForm(this.page, 'Nieuwe actie');
    await expect(form.title).toBeFocused();
    await form.title.fill(title);
    await form.lead.selectOption({ label: lead });
    if (budget) {
      await form.addBudgetYear(budget);
    }
    await form.save();
    await expect(this.action(title)).toBeFocused();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
