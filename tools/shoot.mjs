import { chromium } from 'playwright-core';
const [, , email, path, out, width = '1280', anchor = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, acceptDownloads: true });
await page.goto('http://localhost:3300/inloggen');
await page.getByLabel('E-mailadres', { exact: true }).fill(email);
await page.getByLabel('Wachtwoord', { exact: true }).fill('Wijkkompas-demo-2026');
await page.getByRole('button', { name: 'Inloggen' }).click();
await page.waitForURL((u) => !u.pathname.includes('inloggen'));
await page.goto('http://localhost:3300' + path);
if (process.env.OPEN_FIRST) { await page.waitForTimeout(2000); await page.locator('summary').first().click(); }
await page.waitForTimeout(2500);
if (anchor === 'facts') { await page.locator('.wk-plan-facts').screenshot({ path: out }); await browser.close(); process.exit(0); }
if (anchor) await page.locator('#' + anchor).scrollIntoViewIfNeeded();
if (anchor) { const box = await page.locator('#' + anchor).boundingBox(); await page.screenshot({ path: out, clip: { x: 0, y: box.y - 20, width: Number(width), height: 700 } }); }
else await page.screenshot({ path: out, fullPage: false });
await browser.close();
