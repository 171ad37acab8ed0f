import { type Locator, type Page, expect } from '@playwright/test';

/** /wachtwoord: change the own password (after a temporary password, the only page that is open). */
export class ChangePasswordPage {
  readonly heading: Locator;
  readonly current: Locator;
  readonly newPassword: Locator;
  readonly repeat: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.current = page.getByLabel(/(Huidig|Tijdelijk) wachtwoord/);
    this.newPassword = page.getByLabel('Nieuw wachtwoord', { exact: true });
    this.repeat = page.getByLabel('Herhaal het nieuwe wachtwoord');
    this.submit = page.getByRole('button', { name: 'Wachtwoord opslaan' });
    this.errorSummary = page.locator('.wk-error-summary');
  }

  async expectOpen(): Promise<void> {
    await expect(this.page).toHaveURL(/\/wachtwoord$/);
    await expect(this.heading).toHaveText('Wachtwoord wijzigen');
  }

  async change(current: string, next: string, repeat = next): Promise<void> {
    await this.current.fill(current);
    await this.newPassword.fill(next);
    await this.repeat.fill(repeat);
    await this.submit.click();
  }
}

/** /kies-gemeente: a person who works for several gemeenten chooses one. */
export class ChooseTenantPage {
  readonly heading: Locator;
  readonly options: Locator;
  readonly submit: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.options = page.getByRole('group', { name: 'Gemeente' }).getByRole('radio');
    this.submit = page.getByRole('button', { name: 'Verder' });
  }

  async expectOpen(): Promise<void> {
    await expect(this.page).toHaveURL(/\/kies-gemeente/);
    await expect(this.heading).toHaveText('Voor welke gemeente werkt u nu?');
  }

  option(gemeente: string): Locator {
    return this.page.getByRole('radio', { name: gemeente });
  }

  async choose(gemeente: string): Promise<void> {
    await this.option(gemeente).check();
    await this.submit.click();
    await expect(this.page).not.toHaveURL(/\/kies-gemeente/);
  }
}

/** The temporary password a beheerder or the operator sees once. */
export async function readTemporaryPassword(page: Page): Promise<string> {
  const code = page.locator('code.wk-temporary-password');
  await expect(code).toHaveText(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
  return (await code.innerText()).trim();
}
