import { at, expect, test } from './support/test';
import { LoginPage } from './pages/login.page';
import { ActionForm, PlanCreatePage, PlanPage, PlansListPage } from './pages/plans.page';
import { Shell } from './pages/shell.page';
import { checkPage, screenshot } from './support/a11y';
import { completeAndSubmit, unique } from './support/api';
import { E2E_QUARTER, E2E_TODAY, E2E_TODAY_NL, E2E_YEAR } from './support/clock';
import { DEMO_PASSWORD, demoAccount } from './support/accounts';

// axe-core is injected into the page (checkPage): allowed past the app's Content Security Policy, as in a11y.spec.
test.use({ bypassCSP: true });

/** The demo's adopted plan for Moerwijk (Den Haag): no other spec uses Den Haag. */
const MOERWIJK = 'Wijkplan Moerwijk 2024–2040: samen vooruit in Zuidwest';
/** The demo's plan for Vinkhuizen (Groningen), in review: no other spec uses Groningen. */
const VINKHUIZEN = 'Wijkvernieuwing Vinkhuizen 2026–2041';

test('a second plan for Moerwijk: the create page offers a new version, adoption asks whether it replaces the plan in force', async ({
  page,
}) => {
  test.slow();
  const title = unique('Tweede plan Moerwijk');
  await new LoginPage(page).goto();
  await new LoginPage(page).signInAs(demoAccount('planner', 'den-haag'), DEMO_PASSWORD);
  await new Shell(page).expectSignedIn(/Planner/, 'Gemeente Den Haag');

  // The create page says that Moerwijk has a plan in force and links to it, where a new version can be made.
  await page.goto('/plannen/nieuw');
  const create = new PlanCreatePage(page);
  await create.title.fill(title);
  await expect(create.inForce).toBeEmpty();
  await create.wijk('Moerwijk').check();
  await expect(create.inForce).toContainText('Deze wijk heeft al een vastgesteld plan');
  await expect(create.inForce).toContainText(`Moerwijk: ${MOERWIJK}`);
  await checkPage(page, 'plan-nieuw-wijk-heeft-plan');
  await create.inForce.getByRole('link', { name: `Open ${MOERWIJK} en kies Nieuwe versie maken` }).click();
  const plan = new PlanPage(page);
  await expect(plan.heading).toHaveText(MOERWIJK);
  await expect(plan.button('Nieuwe versie maken')).toBeVisible();

  // The planner makes a separate plan anyway (no theme) and takes it to review.
  await page.goto('/plannen/nieuw');
  await create.title.fill(title);
  await create.wijk('Moerwijk').check();
  await create.submit.click();
  await expect(plan.heading).toHaveText(title);
  const planId = at(new URL(page.url()).pathname.split('/'), 2);
  // Setup through the API: filling the plan is not what this test is about.
  await completeAndSubmit(page, planId);
  await page.reload();
  await plan.expectStatus('Ter bespreking');

  // Adopting it: the plan in force is named, and the planner has to say that this plan replaces it.
  await plan.button('Vaststellen').click();
  const adopt = page.getByRole('form', { name: 'Plan vaststellen' });
  await adopt.getByLabel('Besluit', { exact: true }).fill(`RB ${E2E_YEAR}/211`);
  await adopt.getByRole('button', { name: 'Plan vaststellen' }).click();
  const replace = adopt.getByRole('group', { name: 'Vervangt dit plan het plan dat nu geldt?' });
  await expect(replace).toBeVisible();
  await expect(adopt.getByRole('alert')).toContainText('Voor deze wijk geldt al een plan. Kies of dit plan het vervangt.');
  const choice = replace.getByRole('checkbox', {
    name: new RegExp(`^Ja, dit plan vervangt ${MOERWIJK.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  });
  await expect(choice).not.toBeChecked();
  await checkPage(page, 'plan-vaststellen-vervangt');
  await plan.expectStatus('Ter bespreking');
  // Not ticked: still asked, nothing sent.
  await adopt.getByRole('button', { name: 'Plan vaststellen' }).click();
  await expect(adopt.getByRole('alert')).toContainText('Kies of dit plan het vervangt.');
  await choice.check();
  await adopt.getByRole('button', { name: 'Plan vaststellen' }).click();
  await expect(plan.notice).toContainText('Het plan is vastgesteld. Het plan dat het vervangt, is gearchiveerd.');
  await plan.expectStatus('Vastgesteld');

  // The overview shows the new plan for Moerwijk, once; the old one is archived, and its history says why.
  await page.goto('/voortgang');
  const moerwijk = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Moerwijk/ }) });
  await expect(moerwijk).toHaveCount(1);
  await expect(moerwijk.getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByRole('link', { name: MOERWIJK })).toHaveCount(0);
  const list = new PlansListPage(page);
  await list.goto();
  await list.open(MOERWIJK, 'Gearchiveerd');
  await plan.expectStatus('Gearchiveerd');
  await plan.tab('Geschiedenis');
  const archived = page.getByRole('listitem').filter({ hasText: 'Gearchiveerd' }).first();
  await archived.locator('summary').click();
  await expect(archived).toContainText(`Vervangen door`);
  await expect(archived).toContainText(title);
});

test('an adoption date cannot lie in the future; the beheerder corrects date and decision with a reason, shown in the history', async ({
  page,
}) => {
  test.slow();
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('planner', 'groningen'), DEMO_PASSWORD);
  const list = new PlansListPage(page);
  await list.goto();
  await list.open(VINKHUIZEN, 'Ter bespreking');
  const plan = new PlanPage(page);
  await plan.expectStatus('Ter bespreking');

  // "Vastgesteld op 15 januari 2031" on the test day: refused.
  await plan.button('Vaststellen').click();
  const adopt = page.getByRole('form', { name: 'Plan vaststellen' });
  await expect(adopt.getByLabel('Datum van het besluit')).toHaveAttribute('max', E2E_TODAY);
  await adopt.getByLabel('Datum van het besluit').fill('2031-01-15');
  await adopt.getByLabel('Besluit', { exact: true }).fill('RB 2031/1');
  await adopt.getByRole('button', { name: 'Plan vaststellen' }).click();
  await expect(adopt.getByRole('alert')).toContainText('De datum van het besluit mag niet in de toekomst liggen.');
  await plan.expectStatus('Ter bespreking');
  await adopt.getByLabel('Datum van het besluit').fill(E2E_TODAY);
  await adopt.getByRole('button', { name: 'Plan vaststellen' }).click();
  await plan.expectStatus('Vastgesteld');
  await expect(plan.facts).toContainText(E2E_TODAY_NL);
  // Only the beheerder corrects an adoption.
  await expect(plan.button('Vaststelling corrigeren')).toHaveCount(0);
  await new Shell(page).signOut();

  await login.goto();
  await login.signInAs(demoAccount('beheerder', 'groningen'), DEMO_PASSWORD);
  await list.goto();
  await list.open(VINKHUIZEN, 'Vastgesteld');
  await plan.button('Vaststelling corrigeren').click();
  const form = page.getByRole('form', { name: 'Datum of besluit corrigeren' });
  await expect(form.getByRole('heading', { name: 'Datum of besluit corrigeren' })).toBeFocused();
  // Cancelled, the form closes with the focus back on its button; opened again, it starts over.
  await form.getByLabel('Reden van de correctie').fill('Toch niet.');
  await form.getByRole('button', { name: 'Annuleren' }).click();
  await expect(form).toHaveCount(0);
  await expect(plan.button('Vaststelling corrigeren')).toBeFocused();
  await plan.button('Vaststelling corrigeren').click();
  await expect(form.getByRole('heading', { name: 'Datum of besluit corrigeren' })).toBeFocused();
  await expect(form.getByLabel('Reden van de correctie')).toHaveValue('');
  await expect(form.getByLabel('Datum van het besluit')).toHaveValue(E2E_TODAY);
  await expect(form.getByLabel('Besluit', { exact: true })).toHaveValue('RB 2031/1');
  // A future date and a missing reason are refused here too.
  await form.getByLabel('Datum van het besluit').fill(`${E2E_YEAR + 1}-01-15`);
  await form.getByRole('button', { name: 'Correctie opslaan' }).click();
  await expect(form.getByRole('alert')).toContainText('De datum van het besluit mag niet in de toekomst liggen.');
  await expect(form.getByRole('alert')).toContainText('Schrijf op waarom de correctie nodig is.');
  await form.getByLabel('Datum van het besluit').fill(`${E2E_YEAR - 1}-12-15`);
  await form.getByLabel('Besluit', { exact: true }).fill(`RB ${E2E_YEAR - 1}/87`);
  await form.getByLabel('Reden van de correctie').fill('Het jaartal van het besluit was verkeerd overgenomen.');
  await checkPage(page, 'vaststelling-corrigeren');
  await form.getByRole('button', { name: 'Correctie opslaan' }).click();
  await expect(plan.notice).toContainText('De vaststelling is gecorrigeerd.');
  await expect(plan.facts).toContainText(`15 december ${E2E_YEAR - 1}`);
  await expect(plan.facts).toContainText(`RB ${E2E_YEAR - 1}/87`);
  await plan.expectStatus('Vastgesteld');

  // The history shows the correction with its reason, the fields in the order of the form.
  await plan.tab('Geschiedenis');
  const corrected = page.getByRole('listitem').filter({ hasText: 'Vaststelling gecorrigeerd' });
  await expect(corrected).toHaveCount(1);
  await corrected.locator('summary').click();
  await expect(corrected.getByRole('term')).toHaveText(['Vastgesteld op', 'Besluit', 'Reden']);
  await expect(corrected).toContainText('Het jaartal van het besluit was verkeerd overgenomen.');
  await checkPage(page, 'geschiedenis-correctie');
});

test('a new action in a draft starts in the current quarter, and the draft dashboard is a preview without overdue reports', async ({
  page,
}) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('planner', 'groningen'), DEMO_PASSWORD);
  const title = unique('Conceptplan');
  await page.goto('/plannen/nieuw');
  const create = new PlanCreatePage(page);
  await create.title.fill(title);
  await create.wijk('Oosterparkwijk').check();
  await create.startYear.fill(String(E2E_YEAR - 1));
  await create.submit.click();
  const plan = new PlanPage(page);
  await expect(plan.heading).toHaveText(title);
  const goal = await plan.addGoal('Bouwsteen 1: Visie en basis op orde', 'Straten zijn schoon.');
  await goal.getByRole('button', { name: /^Actie toevoegen: / }).click();
  const form = new ActionForm(page, 'Nieuwe actie');
  await expect(form.period('Start').year).toHaveValue(String(E2E_YEAR));
  await expect(form.period('Start').quarter).toHaveValue(String(E2E_QUARTER));
  await expect(form.period('Einde').year).toHaveValue(String(E2E_YEAR));
  await expect(form.period('Einde').quarter).toHaveValue('4');
  await form.title.fill('Extra vegen');
  await form.lead.selectOption({ index: 1 });
  await form.save();
  await plan.tab('Voortgang');
  await expect(page.getByText('Voorbeeld: dit plan is nog niet vastgesteld')).toBeVisible();
  await expect(
    page.getByText('Dit plan is nog niet vastgesteld. Er kan nog niemand voortgang melden, dus er is niets te laat.'),
  ).toBeVisible();
  await checkPage(page, 'dashboard-concept-voorbeeld');
});

test('at 1,366 pixels and on a phone the overview with pillars scrolls in its own frame with the wijk column fixed', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(demoAccount('raadslid'), DEMO_PASSWORD);
  await page.goto('/voortgang');
  await page.getByLabel('Toon ook de drie pijlers van bouwsteen 4').check();
  const frame = page.getByRole('region', { name: /Voortgang per wijk en bouwsteen/ });
  const firstColumn = frame.getByRole('rowheader').first();
  for (const width of [1366, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await frame.evaluate((el) => el.scrollTo({ left: 0 }));
    await frame.scrollIntoViewIfNeeded();
    // The page itself does not scroll sideways; the table does, inside its frame.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const before = await firstColumn.boundingBox();
    await frame.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(frame.getByRole('columnheader', { name: /Bouwsteen 6/ })).toBeInViewport();
    // The wijk column stays where it was.
    expect((await firstColumn.boundingBox())?.x).toBe(before?.x);
    await expect(firstColumn).toBeInViewport();
  }
  await screenshot(page, 'overzicht-pijlers-telefoon-gescrold');
});
