import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { LoginPage } from './pages/login.page';
import { PlanPage, PlansListPage } from './pages/plans.page';
import { screenshot } from './support/a11y';
import { DEMO_PASSWORD, demoAccount } from './support/accounts';

/** What the eye sees of a select: its arrow, the room kept for it, and where its right edge lies. */
async function looks(select: Locator): Promise<{ arrow: string; paddingRight: number; right: number }> {
  return select.evaluate((el) => {
    const style = getComputedStyle(el);
    return { arrow: style.backgroundImage, paddingRight: parseFloat(style.paddingRight), right: el.getBoundingClientRect().right };
  });
}

async function expectDropdowns(page: Page, scope: Locator, viewportWidth: number): Promise<void> {
  const selects = scope.locator('select');
  const count = await selects.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const seen = await looks(selects.nth(i));
    // An arrow drawn by the design system (an SVG), with room for it so that text never runs under it …
    expect(seen.arrow, `select ${i}: arrow`).toContain('svg');
    expect(seen.paddingRight, `select ${i}: room for the arrow`).toBeGreaterThanOrEqual(32);
    // … and never wider than the screen.
    expect(seen.right, `select ${i}: inside the screen`).toBeLessThanOrEqual(viewportWidth);
  }
}

test('dropdowns look like dropdowns, on a desktop and on a phone, also with long options', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('planner'), DEMO_PASSWORD);
  const list = new PlansListPage(page);
  await list.goto();
  await expectDropdowns(page, page.getByRole('search'), 1280);

  // The action form of a draft, on a phone: year, quarter, trekker and contributing units.
  await page.setViewportSize({ width: 390, height: 844 });
  await list.open('Wijkplan Meijhorst 2025–2040', 'Concept');
  const plan = new PlanPage(page);
  await plan.expectStatus('Concept');
  // The first action's own "Wijzigen" (goals have one too).
  await page
    .locator('article.wk-action')
    .first()
    .getByRole('button', { name: /^Wijzigen: / })
    .first()
    .click();
  const form = page.getByRole('form', { name: 'Actie wijzigen' });
  await expect(form).toBeVisible();
  await expectDropdowns(page, form, 390);
  await form.getByRole('group', { name: 'Start', exact: true }).getByLabel('Kwartaal').scrollIntoViewIfNeeded();
  await screenshot(page, 'formulier-keuzelijsten-telefoon');
});
