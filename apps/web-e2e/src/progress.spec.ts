import type { Browser, Page } from '@playwright/test';
import { at, expect, test } from './support/test';
import { E2E_TODAY_NL, pinClock } from './support/clock';
import { LoginPage } from './pages/login.page';
import { PlanPage } from './pages/plans.page';
import { MyActionsPage, OverviewPage, PlanDashboardPage, UpdateForm } from './pages/progress.page';
import { Shell } from './pages/shell.page';
import { screenshot } from './support/a11y';
import { DEMO_PASSWORD, demoAccount } from './support/accounts';

const PLAN = 'Wijkplan Meijhorst 2025–2040';

/** A page in its own browser context, signed in as one of the demo accounts of Nijmegen. */
async function signedIn(browser: Browser, role: 'planner' | 'trekker'): Promise<Page> {
  const context = await browser.newContext();
  await pinClock(context);
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount(role), DEMO_PASSWORD);
  return page;
}

/** The Voortgang tab of the adopted revision, reached from the overview's link on the plan. */
async function openDashboard(page: Page): Promise<PlanDashboardPage> {
  const overview = new OverviewPage(page);
  await overview.goto();
  await overview.table.getByRole('link', { name: PLAN, exact: true }).click();
  const plan = new PlanPage(page);
  await expect(plan.heading).toHaveText(PLAN);
  await plan.expectStatus('Vastgesteld');
  await expect(plan.subNav.getByRole('link', { name: 'Voortgang', exact: true })).toHaveAttribute('aria-current', 'page');
  const dashboard = new PlanDashboardPage(page);
  await expect(dashboard.blocks).toBeVisible();
  return dashboard;
}

test('a trekker reports an action as completed from Mijn acties; the planner sees the dashboard and the overview change', async ({
  browser,
}) => {
  test.slow();
  const planner = await signedIn(browser, 'planner');
  const trekker = await signedIn(browser, 'trekker');

  // The trekker's actions: overdue updates first, each with its deadline in words.
  await new Shell(trekker).navLink('Mijn acties').click();
  const mine = new MyActionsPage(trekker);
  await expect(mine.heading).toHaveText('Mijn acties');
  await expect(trekker.getByText('De acties van Sociaal Domein en Wonen in de vastgestelde wijkplannen.')).toBeVisible();
  const overdueBefore = Number(await mine.stat('Te laat').innerText());
  await expect(mine.cards().first()).toBeVisible();
  await screenshot(trekker, '70-mijn-acties');
  // Every overdue update is listed at its action, in plain words, and those actions come first.
  await expect(mine.list.locator('.wk-period-list__item--overdue')).toHaveCount(overdueBefore);
  await expect(mine.list.locator('.wk-period-list__item--overdue').first()).toHaveText(
    /^!?\s*Kwartaal \d van \d{4} — te laat sinds \d{1,2} \p{L}+ \d{4}$/u,
  );
  const late = await mine.cards().evaluateAll((cards) => cards.map((c) => c.querySelector('.wk-period-list__item--overdue') !== null));
  expect(late).toEqual([...late].sort((a, b) => Number(b) - Number(a)));

  // The first action of the Meijhorst plan that can be reported on now.
  const candidates = mine
    .cards()
    .filter({ hasText: PLAN })
    .filter({ has: trekker.getByRole('button', { name: /^Voortgang melden/ }) });
  await expect(candidates.first()).toBeVisible();
  const title = (await candidates.first().getByRole('heading', { level: 3 }).innerText()).trim();
  const card = mine.card(title);
  const blockText = (await card.fact(/^Bouwsteen/).innerText()).trim();
  const block = /^Bouwsteen \d/.exec(blockText)?.[0];
  expect(block, `block of "${title}"`).toBeTruthy();
  const wasOverdue = (await card.card.getByText(/te laat sinds/).count()) > 0;

  // What the planner sees before.
  const dashboard = await openDashboard(planner);
  const figuresBefore = await dashboard.blockFigures(block as string);
  const completedBefore = await dashboard.countWithStatus('Afgerond');
  const overview = new OverviewPage(planner);
  await overview.goto();
  const cellBefore = (await overview.cell('Meijhorst', block as string).innerText()).trim();

  // Open the form: focus moves to it. An empty explanation is refused with a summary.
  await card.reportButton.click();
  const form = card.form;
  await expect(form.form.getByRole('heading', { name: `Voortgang melden: ${title}` })).toBeFocused();
  await form.narrative.fill('');
  await form.spent.fill('1,250.00');
  await form.submit.click();
  await expect(form.errorSummary).toBeFocused();
  await expect(form.errorSummary).toContainText('Schrijf kort wat er is gedaan.');
  await expect(form.errorSummary).toContainText('Vul een bedrag in euro in');
  await screenshot(trekker, '71-mijn-acties-melding-fouten');

  // Completed: the percentage follows (100), the amount is typed the Dutch way.
  await form.status('Afgerond').check();
  await expect(form.percent).toHaveValue('100');
  await form.narrative.fill('Afgerond: alle gezinnen hebben een vaste regisseur. (Test)');
  await form.spent.fill('2.500');
  const period = at((await form.period.locator('option:checked').innerText()).split(' — '), 0);
  await form.submit.click();

  // Saved: said politely, shown at the action, focus back on the action; the list is fresh.
  await expect(mine.live).toContainText(`Uw melding is opgeslagen: ${title}, ${period}.`);
  await expect(card.card).toContainText(`Uw melding is opgeslagen: ${title}, ${period}.`);
  await expect(card.title).toBeFocused();
  await expect(card.card.locator('.wk-status-badge')).toHaveText('Afgerond');
  await expect(card.card).toContainText('100% klaar');
  await expect(card.fact('Laatste melding')).toContainText(period);
  await expect(mine.stat('Te laat')).toHaveText(String(overdueBefore - Number(wasOverdue)));
  await screenshot(trekker, '72-mijn-acties-opgeslagen');

  // The planner's dashboard: the block and the count of completed actions changed.
  const after = await openDashboard(planner);
  await expect.poll(() => after.blockFigures(block as string)).not.toBe(figuresBefore);
  expect(await after.countWithStatus('Afgerond')).toBe(completedBefore + 1);
  await screenshot(planner, '73-dashboard-na-melding');

  // The overview changed for that wijk and block, and its link leads to the block on the dashboard.
  await overview.goto();
  const cell = overview.cell('Meijhorst', block as string);
  await expect(cell).not.toHaveText(cellBefore);
  await cell.click();
  await expect(planner).toHaveURL(/\/voortgang#voortgang-B\d$/);
  await expect(after.blockRow(block as string).getByRole('rowheader')).toBeFocused();

  // The action's page shows the update at the top of the timeline, with its author.
  await card.title.getByRole('link').click();
  await expect(trekker.getByRole('heading', { level: 1 })).toHaveText(title);
  const timeline = trekker.locator('.wk-timeline__item');
  await expect(timeline.first()).toContainText(period);
  await expect(timeline.first()).toContainText('Afgerond');
  await expect(timeline.first()).toContainText('Naima Bouzid');
  await expect(timeline.first()).toContainText('€ 2.500');
  await screenshot(trekker, '74-actie');

  await planner.context().close();
  await trekker.context().close();
});

test('a planner closes a period; it is listed and no longer offered', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('planner'), DEMO_PASSWORD);
  await openDashboard(page);
  const form = page.getByRole('form', { name: 'Periode afsluiten' });
  const select = form.getByLabel('Periode');
  const oldest = (await select.locator('option').last().innerText()).trim();
  await select.selectOption({ label: oldest });
  await form.getByRole('button', { name: 'Periode afsluiten' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${oldest} is afgesloten.` })).toBeVisible();
  await expect(page.locator('.wk-closed-list')).toContainText(oldest);
  await expect(select.locator('option', { hasText: oldest })).toHaveCount(0);
});

test('on the action page: a check before sending, then a correction that marks the earlier update', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('trekker'), DEMO_PASSWORD);
  const mine = new MyActionsPage(page);
  await mine.goto();
  // An action that can be reported on and was reported before ("Laatste melding: …, gemeld op …"): on the first
  // day of a quarter an action may have begun only in the new one, and then has no earlier period to correct.
  const first = mine
    .cards()
    .filter({ hasText: PLAN })
    .filter({ hasText: 'gemeld op' })
    .filter({ has: page.getByRole('button', { name: /^Voortgang melden/ }) })
    .first();
  await first.getByRole('heading', { level: 3 }).getByRole('link').click();
  const form = new UpdateForm(page.getByRole('form', { name: 'Nieuwe melding' }));
  await expect(form.form).toBeVisible();

  // "Afgerond" with 90%: the form says why before anything is sent.
  await form.status('Afgerond').check();
  await form.percent.fill('90');
  await form.narrative.fill('Bijna.');
  await form.spent.fill('0');
  await form.submit.click();
  await expect(form.errorSummary).toContainText('Een afgeronde actie is 100% klaar.');
  await expect(form.percent).toHaveAttribute('aria-invalid', 'true');

  // Two updates for the newest period to report (the current one, or the latest that is due or overdue, which
  // depends on the day): the first one is then marked as corrected.
  // Chosen by its value: once reported, the period is offered again (as the current one, or among the periods
  // reported before), with another label.
  const newest = form.period.locator('optgroup').first().locator('option').last();
  await expect(newest).toHaveAttribute('value', /\d{4}/);
  const current = String(await newest.getAttribute('value'));
  // A retry finds the first attempt's updates: its texts carry the attempt.
  const run = `(Test, poging ${test.info().retry + 1})`;
  const saved = page.getByRole('status').filter({ hasText: 'Uw melding is opgeslagen' });
  for (const [percent, text] of [
    ['50', `Half klaar. ${run}`],
    ['60', `Correctie: iets verder dan gemeld. ${run}`],
  ] as const) {
    await form.period.selectOption(current);
    await form.status('Op schema').check();
    await form.percent.fill(percent);
    await form.narrative.fill(text);
    await form.spent.fill('0');
    await form.submit.click();
    await expect(saved).toBeVisible();
    await expect(page.locator('.wk-timeline__item').filter({ hasText: text })).toHaveCount(1);
    // The period just reported can be reported again.
    await expect(form.period.locator(`option[value="${current}"]`)).toHaveCount(1);
  }
  const timeline = page.locator('.wk-timeline__item');
  const correction = timeline.filter({ hasText: `Correctie: iets verder dan gemeld. ${run}` });
  await expect(correction).toContainText('60%');
  await expect(correction).not.toContainText('Gecorrigeerd');
  const corrected = timeline.filter({ hasText: `Half klaar. ${run}` });
  await expect(corrected).toContainText('Gecorrigeerd');
  await expect(corrected).toContainText('Later is voor deze periode een nieuwe melding gedaan.');
  await screenshot(page, '91-actie-gecorrigeerd');

  // An earlier period that was reported before can be reported again as well (every period that has begun and
  // is not closed).
  const earlier = form.period.locator('optgroup[label="Eerder gemeld: opnieuw melden"] option').first();
  await expect(earlier).toContainText('al gemeld (opnieuw melden)');
  const earlierKey = String(await earlier.getAttribute('value'));
  const earlierText = `Correctie van een eerdere periode. ${run}`;
  await form.period.selectOption(earlierKey);
  await form.status('Op schema').check();
  await form.percent.fill('40');
  await form.narrative.fill(earlierText);
  await form.spent.fill('0');
  await form.submit.click();
  await expect(saved).toBeVisible();
  await expect(timeline.filter({ hasText: earlierText })).toHaveCount(1);
});

test('progress against the plan: every action and block shows what was expected by today, and by which rule', async ({ browser }) => {
  // The planner's dashboard: the whole plan, each block and the rule in words.
  const planner = await signedIn(browser, 'planner');
  const dashboard = await openDashboard(planner);
  await expect(planner.locator('.wk-stat').first()).toContainText(/Verwacht volgens de planning: \d+(,\d)?%/);
  await expect(planner.locator('#voortgang-rekenregel').locator('..')).toContainText(
    'Verwacht: wat volgens de planning nu klaar had moeten zijn.',
  );
  const blocks = dashboard.blocks;
  await expect(blocks.getByRole('columnheader', { name: 'Verwacht nu' })).toBeVisible();
  await expect(blocks.locator('tbody tr')).toHaveCount(6);
  await expect(blocks.locator('tbody tr').first().locator('td').nth(2)).toHaveText(/^\d+(,\d)?%$/);
  // The course says "now" with today's date (not "end of" a year that is still running).
  await expect(planner.locator('.wk-course__last').first()).toHaveText(new RegExp(`^Nu \\(${E2E_TODAY_NL}\\): \\d+(,\\d)?%$`));
  await screenshot(planner, '92-dashboard-verwacht');
  await planner.context().close();

  // The trekker's card says it in one line; the action page says it in words, with the rule.
  const trekker = await signedIn(browser, 'trekker');
  // "Trekker" is the unit that leads an action; the role of the person is "Medewerker".
  await expect(trekker.getByRole('banner')).toContainText('Medewerker');
  const mine = new MyActionsPage(trekker);
  await mine.goto();
  const card = mine.cards().filter({ hasText: PLAN }).first();
  await expect(card).toContainText(/\d+(,\d)?% klaar · verwacht \d+(,\d)?%/);
  const expectedOnCard = /verwacht (\d+(?:,\d)?%)/.exec(await card.innerText())?.[1];
  await card.getByRole('heading', { level: 3 }).getByRole('link').click();
  const expected = trekker.getByTestId('verwacht');
  await expect(expected).toContainText(`Volgens de planning zou op ${E2E_TODAY_NL} ${expectedOnCard} klaar zijn.`);
  await expect(expected).toContainText(/procentpunt (achter op|voor op) de planning|Precies volgens de planning/);
  await expect(expected).toContainText(
    /Zo rekenen we: (een rechte lijn van 0% bij het begin van de actie \(\d{4} K\d\)|elke mijlpaal is een even groot deel van het werk)/,
  );
  await screenshot(trekker, '93-actie-verwacht');
  await trekker.context().close();
});

test('milestones: a trekker reports one done on the adopted plan (kept in its history); the dashboard counts it', async ({ browser }) => {
  const ACTION = 'Maatwerkbudget voor het wijkteam';
  const MILESTONE = 'Eerste evaluatie van het maatwerkbudget';
  // The planner's dashboard: milestones counted per state.
  const planner = await signedIn(browser, 'planner');
  await openDashboard(planner);
  const section = planner.locator('section').filter({ has: planner.getByRole('heading', { name: 'Mijlpalen', level: 3 }) });
  const doneCount = section.locator('.wk-stat').filter({ hasText: 'Klaar' }).locator('.wk-stat__number');
  await expect(doneCount).toHaveText(/^\d+$/);
  const before = Number(await doneCount.innerText());

  // The trekker, on the action's page.
  const trekker = await signedIn(browser, 'trekker');
  const mine = new MyActionsPage(trekker);
  await mine.goto();
  await mine.cards().filter({ hasText: ACTION }).getByRole('heading', { level: 3 }).getByRole('link').click();
  const milestones = trekker.getByRole('region', { name: 'Mijlpalen' });
  const item = milestones.getByRole('listitem').filter({ has: trekker.getByRole('heading', { name: MILESTONE }) });
  await expect(item).toContainText('Datum: 31 december 2026');
  await expect(item.locator('.wk-status-badge')).toHaveText(/Binnenkort|Te laat|Gepland/);
  // A double click sends one mark.
  await item.getByRole('button', { name: `Meld de mijlpaal ${MILESTONE} als klaar` }).dblclick();
  await expect(milestones.getByRole('status')).toContainText(`De mijlpaal ${MILESTONE} is klaar gemeld.`);
  await expect(item.locator('.wk-status-badge')).toHaveText('Klaar');
  await expect(item).toContainText('Klaar gemeld door');
  await expect(item.getByText('Geschiedenis (1)')).toBeVisible();
  await screenshot(trekker, '94-actie-mijlpaal-klaar');
  // After a reload it is still done: a fact, not a setting of the page.
  await trekker.reload();
  await expect(item.locator('.wk-status-badge')).toHaveText('Klaar');

  // The dashboard counts it.
  await planner.reload();
  await expect(doneCount).toHaveText(String(before + 1));
  await screenshot(planner, '95-dashboard-mijlpalen');
  // The roadmap shows it as a point, and says it in words beside the action.
  await new PlanPage(planner).tab('Planning');
  const roadmapRow = planner.getByRole('row').filter({ has: planner.getByRole('rowheader', { name: new RegExp(ACTION) }) });
  await expect(roadmapRow.getByRole('rowheader')).toContainText(`${MILESTONE} (31 december 2026): Klaar`);
  await expect(roadmapRow.locator('.wk-roadmap__point--done')).toHaveCount(1);
  await screenshot(planner, '96-planning-mijlpalen');

  // Not done after all: a new mark; both stay in the history.
  await item.getByRole('button', { name: `Meld dat de mijlpaal ${MILESTONE} toch niet klaar is` }).click();
  await expect(milestones.getByRole('status')).toContainText(`De mijlpaal ${MILESTONE} staat weer op niet klaar.`);
  await expect(item.locator('.wk-status-badge')).not.toHaveText('Klaar');
  await item.getByText('Geschiedenis (2)').click();
  await expect(item.locator('.wk-milestones__marks li')).toHaveText([/^Toch niet klaar, gemeld door/, /^Klaar gemeld door/]);
  await planner.context().close();
  await trekker.context().close();
});
