import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { pinClock } from './support/clock';
import { LoginPage } from './pages/login.page';
import { PlansListPage } from './pages/plans.page';
import { Shell } from './pages/shell.page';
import { screenshot } from './support/a11y';
import { DEMO_PASSWORD, demoAccount } from './support/accounts';

const PLAN = 'Wijkplan Meijhorst 2025–2040';

async function signedIn(browser: Browser, role: 'planner' | 'raadslid'): Promise<Page> {
  const context = await browser.newContext();
  await pinClock(context);
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount(role), DEMO_PASSWORD);
  return page;
}

test('a raadslid sees the decided plans and the wijken, not drafts, staff or tasks that are not theirs', async ({ browser }) => {
  // The planner knows the draft's address (version 2 of Meijhorst).
  const planner = await signedIn(browser, 'planner');
  const plannerList = new PlansListPage(planner);
  await plannerList.goto();
  await expect(plannerList.row(PLAN).filter({ hasText: 'Concept' })).toHaveCount(1);
  await plannerList.open(PLAN, 'Concept');
  await expect(planner).toHaveURL(/\/plannen\/[0-9a-f-]{36}$/);
  await expect(planner.getByText('Concept', { exact: true }).first()).toBeVisible();
  const draftUrl = new URL(planner.url()).pathname;
  await planner.context().close();

  const reader = await signedIn(browser, 'raadslid');
  const shell = new Shell(reader);
  await expect(shell.navLink('Plannen')).toBeVisible();
  await expect(shell.navLink('Mijn acties')).toHaveCount(0);
  // Only the adopted version is listed; its page does not tell the reader to make a new version.
  const list = new PlansListPage(reader);
  await list.goto();
  await expect(list.row(PLAN)).toHaveCount(1);
  await expect(list.row(PLAN)).toContainText('Vastgesteld');
  await expect(reader.getByText('Concept', { exact: true })).toHaveCount(0);
  await list.open(PLAN, 'Vastgesteld');
  await expect(reader.getByText('Deze versie is vastgesteld: dit is het plan dat nu geldt.')).toBeVisible();
  await expect(reader.getByText(/Maak een nieuwe versie/)).toHaveCount(0);
  await expect(reader.getByRole('button', { name: /nieuwe versie/i })).toHaveCount(0);
  await screenshot(reader, 'raadslid-plan');
  // The draft's address is "not found" for a reader.
  await reader.goto(draftUrl);
  await expect(reader.getByRole('alert')).toContainText('Niet gevonden');
  await reader.context().close();
});
