import { expect, test } from './support/test';
import { LoginPage } from './pages/login.page';
import { ActionForm, PlanCreatePage, PlanPage, PlansListPage } from './pages/plans.page';
import { Shell } from './pages/shell.page';
import { screenshot } from './support/a11y';
import { E2E_QUARTER, E2E_TODAY, E2E_TODAY_NL, E2E_YEAR } from './support/clock';
import { DEMO_PASSWORD, demoAccount } from './support/accounts';

/** A goal with one action in each of the five blocks and under each of the three pillars of block 4. */
const GOALS: readonly { group: string; goal: string; action: string; lead: string; budget?: string }[] = [
  {
    group: 'Bouwsteen 1: Visie en basis op orde',
    goal: 'Straten en pleinen zijn elke dag schoon en heel.',
    action: 'Vaker vegen in de straten',
    lead: 'Openbare Ruimte',
    budget: '1.250.000',
  },
  {
    group: 'Bouwsteen 2: Perspectief voor bewoners',
    goal: 'Elk gezin met zorgen heeft één vast aanspreekpunt.',
    action: 'Eén gezin, één plan',
    lead: 'Sociaal Domein',
  },
  {
    group: 'Bouwsteen 3: Fysieke investeringen',
    goal: 'De oude huurwoningen zijn vernieuwd.',
    action: 'Renovatie van de Thijmstraat',
    lead: 'Wonen',
  },
  {
    group: 'Sociale basis',
    goal: 'Bewoners hebben een plek om elkaar te ontmoeten.',
    action: 'Buurtkamer in het wijkcentrum',
    lead: 'Welzijnsorganisatie (voorbeeld)',
  },
  {
    group: 'Sociale stijging',
    goal: 'Meer jongeren halen een startkwalificatie.',
    action: 'Huiswerkbegeleiding na school',
    lead: 'Onderwijs',
  },
  {
    group: 'Sociale herovering',
    goal: 'Bewoners voelen zich veilig op straat.',
    action: 'Wijkagent op vaste tijden in de wijk',
    lead: 'Politie, eenheid Oost-Nederland',
  },
  {
    group: 'Bouwsteen 5: Rol in de stad',
    goal: 'De wijk is goed verbonden met het centrum.',
    action: 'Veilige fietsroute naar het centrum',
    lead: 'Openbare Ruimte',
  },
  {
    group: 'Bouwsteen 6: Vertrouwen van bewoners',
    goal: 'Bewoners weten wat er gebeurt en praten mee.',
    action: 'Wijkpanel twee keer per jaar',
    lead: 'Sociaal Domein',
  },
];

test('the planner drafts, submits and adopts a plan for Willemskwartier, makes a new version and compares', async ({ page }) => {
  test.slow();
  const title = `Wijkplan Willemskwartier ${Date.now().toString(36).slice(-4)}`;

  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('planner'), DEMO_PASSWORD);
  const shell = new Shell(page);
  await shell.expectSignedIn(/Planner/, 'Gemeente Nijmegen');

  // Plannen → Nieuw plan
  await shell.navLink('Plannen').click();
  const list = new PlansListPage(page);
  await expect(list.heading).toHaveText('Wijkplannen');
  await list.newPlan.click();

  const create = new PlanCreatePage(page);
  await create.title.fill(title);
  await create.wijk('Willemskwartier').check();
  // The form starts in this year (the test day's).
  await expect(create.startYear).toHaveValue(String(E2E_YEAR));
  await create.endYear.fill(String(E2E_YEAR + 4));
  // A short horizon is a warning, not an error.
  await expect(create.horizonWarning).toBeVisible();
  await screenshot(page, 'plan-nieuw-waarschuwing');
  await create.endYear.fill(String(E2E_YEAR + 15));
  await expect(create.horizonWarning).toHaveCount(0);
  await create.submit.click();

  const plan = new PlanPage(page);
  await expect(plan.heading).toHaveText(title);
  await expect(plan.notice).toContainText(`Plan ${title} is gemaakt.`);
  await expect(plan.notice).toBeFocused();
  await plan.expectStatus('Concept');
  await expect(plan.facts).toContainText('Willemskwartier');
  await expect(plan.facts).toContainText(`${E2E_YEAR}–${E2E_YEAR + 15}`);
  // The empty template: six blocks, and the check lists what is missing.
  await expect(page.getByRole('heading', { level: 2, name: /^Bouwsteen \d/ })).toHaveCount(6);
  await expect(plan.completeness).toContainText('Schrijf de visie voor de lange termijn.');
  await expect(plan.completeness).toContainText('Sociaal offensief, pijler Sociale stijging: voeg minstens één doel toe.');

  await plan.writeText(
    'Visie voor de lange termijn',
    `In ${E2E_YEAR + 15} is het Willemskwartier een wijk waar bewoners graag blijven wonen, ook als hun inkomen stijgt.`,
  );
  await expect(plan.completeness).not.toContainText('Schrijf de visie');
  await plan.writeText('Bouwsteen 1: Visie en basis op orde', 'Schoon, heel en veilig is de basis, ook als er bezuinigd wordt.');

  for (const item of GOALS) {
    const goal = await plan.addGoal(item.group, item.goal);
    await expect(plan.completeness).toContainText(`Doel ‘${item.goal}’: voeg minstens één actie toe.`);
    await plan.addAction(goal, item.action, item.lead, item.budget);
    await expect(plan.action(item.action)).toContainText(item.lead);
  }
  // A new action starts in the current quarter (the test day's) and runs to the end of the year.
  await expect(plan.action('Vaker vegen in de straten')).toContainText(`${E2E_YEAR} K${E2E_QUARTER} – ${E2E_YEAR} K4`);
  await expect(plan.action('Vaker vegen in de straten')).toContainText('€ 1.250.000');

  await expect(plan.completeness).toContainText('Het plan is compleet');
  await screenshot(page, 'plan-compleet');

  // Submit for review: the plan becomes read-only.
  await plan.button('Indienen ter bespreking').click();
  await expect(plan.notice).toContainText('Het plan is ingediend ter bespreking.');
  await plan.expectStatus('Ter bespreking');
  await expect(page.getByRole('button', { name: /^Tekst wijzigen/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Doel toevoegen/ })).toHaveCount(0);

  // Adopt with date and decision.
  await plan.button('Vaststellen').click();
  const adopt = page.getByRole('form', { name: 'Plan vaststellen' });
  await expect(adopt.getByRole('heading', { name: 'Plan vaststellen' })).toBeFocused();
  // The date of the decision starts on today.
  await expect(adopt.getByLabel('Datum van het besluit')).toHaveValue(E2E_TODAY);
  await adopt.getByLabel('Besluit', { exact: true }).fill(`RB ${E2E_YEAR}/114`);
  await screenshot(page, 'plan-vaststellen');
  await adopt.getByRole('button', { name: 'Plan vaststellen' }).click();
  await expect(plan.notice).toContainText('Het plan is vastgesteld.');
  await plan.expectStatus('Vastgesteld');
  await expect(plan.facts).toContainText(E2E_TODAY_NL);
  await expect(plan.facts).toContainText(`Besluit: RB ${E2E_YEAR}/114`);
  await expect(page.getByText('Deze versie is vastgesteld en kan niet meer worden gewijzigd.')).toBeVisible();
  const firstUrl = page.url();

  // A new revision: a draft copy that can be changed.
  await plan.button('Nieuwe versie maken').click();
  await expect(plan.notice).toContainText('Versie 2 is gemaakt.');
  await expect(page).not.toHaveURL(firstUrl);
  await plan.expectStatus('Concept');
  await expect(plan.facts).toContainText('Versie 2');

  const changed = plan.action('Vaker vegen in de straten');
  await changed.getByRole('button', { name: 'Wijzigen: Vaker vegen in de straten' }).click();
  const form = new ActionForm(page, 'Actie wijzigen');
  await expect(form.title).toBeFocused();
  await form.period('Start').quarter.selectOption('1');
  await form.period('Einde').year.selectOption(String(E2E_YEAR + 2));
  await form.budgetAmount(0).fill('2.500.000');
  await form.save();
  await expect(plan.live).toContainText('De actie is opgeslagen: Vaker vegen in de straten.');
  await expect(changed).toContainText(`${E2E_YEAR} K1 – ${E2E_YEAR + 2} K4`);

  // The comparison with version 1 shows the change, in plain words.
  await plan.tab('Vergelijken');
  await expect(page.getByText('Wat is er anders in versie 2 dan in versie 1?')).toBeVisible();
  const diff = page.getByRole('article').filter({ hasText: 'Vaker vegen in de straten' });
  await expect(diff).toContainText('Gewijzigd');
  const end = diff.getByRole('row', { name: /Einde/ });
  await expect(end).toContainText(`${E2E_YEAR} K4`);
  await expect(end).toContainText(`${E2E_YEAR + 2} K4`);
  await expect(diff.getByRole('row', { name: /Budget per jaar/ })).toContainText('€ 2.500.000');
  await screenshot(page, 'plan-vergelijken-na-wijziging');

  // The roadmap shows the action over the years, with the quarters in words.
  await plan.tab('Planning');
  const row = page.getByRole('row', { name: /Vaker vegen in de straten/ });
  await expect(row.getByRole('cell')).toHaveText(['K1–K4', 'K1–K4', 'K1–K4', '', '', '', '', '', '', '', '', '', '', '', '', '']);

  // The history tells who did what.
  await plan.tab('Geschiedenis');
  await expect(page.getByRole('list', { name: /Wijzigingen/ })).toContainText('Actie gewijzigd: Vaker vegen in de straten');
});

test('a contributor reads a plan without any edit controls', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('trekker'), DEMO_PASSWORD);
  const list = new PlansListPage(page);
  await list.goto();
  await expect(list.newPlan).toHaveCount(0);
  await list.open('Wijkplan Meijhorst 2025–2040', 'Concept');

  const plan = new PlanPage(page);
  await plan.expectStatus('Concept');
  await expect(page.getByText('U kunt dit plan lezen. Alleen een planner of beheerder kan het wijzigen.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Bouwsteen \d/ })).toHaveCount(6);
  await expect(page.locator('.wk-goal').first()).toBeVisible();
  for (const name of [
    /Indienen/,
    /^Tekst (wijzigen|schrijven)/,
    /^Doel toevoegen/,
    /^Actie toevoegen/,
    /^Wijzigen/,
    /^Omhoog/,
    /^Verwijderen/,
    /Concept verwijderen/,
  ]) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByRole('combobox', { name: 'Verplaatsen naar doel' })).toHaveCount(0);
  // The history is not for contributors.
  await expect(plan.subNav.getByRole('link')).toHaveText(['Plan', 'Planning', 'Voortgang', 'Vergelijken']);
  await screenshot(page, 'plan-trekker-alleen-lezen');
});

test('the planner reorders actions with the keyboard and hears where they went', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('planner'), DEMO_PASSWORD);
  const list = new PlansListPage(page);
  await list.goto();
  await list.open('Wijkplan Meijhorst 2025–2040', 'Concept');
  const plan = new PlanPage(page);

  const goal = page.getByRole('article', { name: /De hoogbouw is vernieuwd/ });
  const titles = goal.getByRole('listitem').getByRole('heading', { level: 5 });
  await expect(titles).toHaveCount(2);
  const [top = '', bottom = ''] = await titles.allTextContents();

  const moved = plan.action(top);
  await moved.getByRole('button', { name: `Omlaag: ${top}` }).focus();
  await page.keyboard.press('Enter');
  await expect(plan.live).toContainText(`Actie ‘${top}’ staat nu op plaats 2 van 2.`);
  await expect(titles).toHaveText([bottom, top]);
  // It is now last, so "down" is disabled and focus moves to its "up" button.
  await expect(moved.getByRole('button', { name: `Omhoog: ${top}` })).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(plan.live).toContainText(`Actie ‘${top}’ staat nu op plaats 1 van 2.`);
  await expect(titles).toHaveText([top, bottom]);
  await expect(moved.getByRole('button', { name: `Omlaag: ${top}` })).toBeFocused();
});

test('the plan page has a table of contents per block that stays in view, and leads to the block', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('planner'), DEMO_PASSWORD);
  const list = new PlansListPage(page);
  await list.goto();
  await list.open('Wijkplan Meijhorst 2025–2040', 'Vastgesteld');
  const toc = page.getByRole('navigation', { name: 'Inhoud van het plan' });
  // The vision, six blocks and the three pillars of block 4, each block with its goals and actions counted.
  await expect(toc.getByRole('link')).toHaveCount(10);
  await expect(toc.getByRole('listitem').nth(1)).toContainText(/Bouwsteen 1: .+\d+ doelen, \d+ acties/);
  await toc.getByRole('link', { name: /^Bouwsteen 6/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Bouwsteen 6/ })).toBeFocused();
  // Far down the page the contents are still in view beside the plan.
  const box = await toc.boundingBox();
  expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.y ?? 0) + 10).toBeLessThan(page.viewportSize()?.height ?? 0);
  await screenshot(page, 'plan-inhoud');
  // On a phone it is a list at the top, not beside the plan.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await toc.scrollIntoViewIfNeeded();
  const narrow = await toc.boundingBox();
  expect(narrow?.width ?? 0).toBeGreaterThan(300);
});
