import { type Locator, type Page, expect } from '@playwright/test';

/** /beheer/wijken: the admin list of wijken. */
export class WijkenAdminPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly addLink: Locator;
  readonly importLink: Locator;
  readonly confirmation: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.table = page.getByRole('table');
    this.addLink = page.getByRole('link', { name: 'Wijk toevoegen' });
    this.importLink = page.getByRole('link', { name: 'Wijken importeren' });
    this.confirmation = page.locator('.utrecht-alert--ok');
  }

  async goto(): Promise<void> {
    await this.page.goto('/beheer/wijken');
    await expect(this.heading).toHaveText('Wijken beheren');
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }
}

/** /beheer/wijken/nieuw and /beheer/wijken/:id */
export class WijkFormPage {
  readonly name: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;

  constructor(private readonly page: Page) {
    this.name = page.getByLabel('Naam van de wijk');
    this.submit = page.getByRole('button', { name: 'Wijk toevoegen' });
    this.errorSummary = page.locator('.wk-error-summary');
  }

  cbsCode(index: number): Locator {
    return this.page.locator(`#wijk-cbsUnits-${index}-code`);
  }

  cbsYear(index: number): Locator {
    return this.page.locator(`#wijk-cbsUnits-${index}-year`);
  }

  async fill(name: string, units: readonly { code: string; year: number }[]): Promise<void> {
    await this.name.fill(name);
    for (const [index, unit] of units.entries()) {
      if (index > 0) {
        await this.page.getByRole('button', { name: 'Nog een CBS-gebied toevoegen' }).click();
      }
      await this.cbsCode(index).fill(unit.code);
      await this.cbsYear(index).fill(String(unit.year));
    }
  }
}
