import { type Locator, type Page, expect } from '@playwright/test';

/** Header, main navigation and language switch: on every page after sign-in. */
export class Shell {
  readonly header: Locator;
  readonly nav: Locator;
  readonly main: Locator;

  constructor(private readonly page: Page) {
    this.header = page.getByRole('banner');
    this.nav = page.getByRole('navigation', { name: /Hoofdmenu|Main menu/ });
    this.main = page.getByRole('main');
  }

  navLink(name: string | RegExp): Locator {
    return this.nav.getByRole('link', { name });
  }

  async expectSignedIn(userName: string | RegExp, tenant: string | RegExp): Promise<void> {
    await expect(this.header).toContainText(userName);
    await expect(this.header).toContainText(tenant);
  }

  async switchTo(language: 'English' | 'Nederlands'): Promise<void> {
    await this.header.getByRole('button', { name: language }).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', language === 'English' ? 'en' : 'nl');
  }

  async signOut(): Promise<void> {
    await this.header.getByRole('button', { name: /Uitloggen|Sign out/ }).click();
    await expect(this.page).toHaveURL(/\/inloggen/);
  }
}
