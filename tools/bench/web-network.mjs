// node tools/bench/web-network.mjs <origin> [<origin> …] — the largest contentful paint of the sign-in page, Meijhorst's
// progress dashboard and the overview on a slow mobile network, measured in Debian's Chromium rather than simulated:
// every request waits 150 ms and the line carries 1.6 Mbit/s down, 750 kbit/s up (Chrome's network emulation), the
// CPU runs at its own speed. Each origin is a running Wijkkompas with the demo data (for example `npm start`, or
// two builds side by side to compare them); five rounds, the origins taking turns, each load in a fresh context
// (empty cache), the planner of Nijmegen signed in for the two pages behind sign-in. Prints the median per origin
// and page. Lighthouse's simulation (npm run bench:web) multiplies the observed CPU time by four; this shows what a
// change does to the waiting for the network alone.
import puppeteer from 'puppeteer-core';

const origins = process.argv.slice(2);
if (origins.length === 0) throw new Error('usage: node tools/bench/web-network.mjs <origin> [<origin> …]');
const ROUNDS = Number(process.env.BENCH_WEB_ROUNDS || 5);
const USER = { email: 'planner@nijmegen.demo.wijkkompas.nl', password: 'Wijkkompas-demo-2026' };
const PAGES = [
  { name: 'sign-in', signedIn: false },
  { name: 'plan dashboard', signedIn: true },
  { name: 'overview', signedIn: true },
];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
const results = new Map();
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const origin of origins) {
      for (const target of PAGES) {
        const context = await browser.createBrowserContext();
        try {
          const page = await context.newPage();
          await page.setViewport({ width: 412, height: 823, isMobile: true });
          let path = '/inloggen';
          if (target.signedIn) {
            const cookies = await signIn(origin);
            const host = new URL(origin).hostname;
            await page.setCookie(...cookies.map(({ name, value }) => ({ name, value, domain: host, path: '/' })));
            path = target.name === 'overview' ? '/voortgang' : `/plannen/${await meijhorst(origin, cookies)}/voortgang`;
          }
          const cdp = await page.createCDPSession();
          await cdp.send('Network.enable');
          await cdp.send('Network.emulateNetworkConditions', {
            offline: false,
            latency: 150,
            downloadThroughput: 1_600_000 / 8,
            uploadThroughput: 750_000 / 8,
          });
          await page.evaluateOnNewDocument(() => {
            globalThis.__lcp = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) globalThis.__lcp = entry.startTime;
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          });
          await page.goto(origin + path, { waitUntil: 'networkidle0' });
          const lcp = await page.evaluate(() => globalThis.__lcp);
          const key = `${origin} ${target.name}`;
          results.set(key, [...(results.get(key) ?? []), Math.round(lcp)]);
        } finally {
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
}
for (const [key, values] of results) {
  const sorted = [...values].sort((a, b) => a - b);
  console.log(`${key.padEnd(44)} median LCP ${String(sorted[Math.floor(sorted.length / 2)]).padStart(5)} ms  (${values.join(', ')})`);
}

async function signIn(origin) {
  const answer = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(USER),
  });
  if (answer.status !== 200) throw new Error(`sign-in at ${origin}: HTTP ${answer.status}`);
  return answer.headers.getSetCookie().map((cookie) => {
    const [pair] = cookie.split(';');
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1) };
  });
}

async function meijhorst(origin, cookies) {
  const cookie = cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
  const plans = await (await fetch(`${origin}/api/v1/plans`, { headers: { cookie } })).json();
  const plan = plans.items.find((p) => p.title.startsWith('Wijkplan Meijhorst') && p.status === 'adopted');
  if (!plan) throw new Error(`Meijhorst's adopted plan is not in the demo at ${origin}`);
  return plan.id;
}
