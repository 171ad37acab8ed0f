import { type Locator, type Page, expect } from '@playwright/test';

/** /inloggen */
export class LoginPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.email = page.getByLabel('E-mailadres', { exact: true });
    this.password = page.getByLabel('Wachtwoord', { exact: true });
    this.submit = page.getByRole('button', { name: 'Inloggen' });
    this.errorSummary = page.locator('.wk-error-summary');
  }

  async goto(): Promise<void> {
    await this.page.goto('/inloggen');
    await expect(this.heading).toHaveText('Inloggen bij Wijkkompas');
  }

  /** Fills in and submits the form (the outcome is up to the test). */
  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** Signs in and waits until the app has left the sign-in page. */
  async signInAs(email: string, password: string): Promise<void> {
    await this.signIn(email, password);
    await expect(this.page).not.toHaveURL(/\/inloggen/);
  }
}
