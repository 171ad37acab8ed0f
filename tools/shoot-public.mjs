import { chromium } from 'playwright-core';
const [, , path, out, width = '1280', full = 'true'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto('http://localhost:3300' + path);
await page.waitForTimeout(2500);
console.log(await page.title(), '|', await page.locator('meta[name=description]').getAttribute('content').catch(() => null));
await page.screenshot({ path: out, fullPage: full === 'true' });
await browser.close();
