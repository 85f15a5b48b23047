// Opens every page of a built site in headless Chromium and asserts, for each page: no console
// errors and no request leaving the machine; every internal link and anchor resolves; each
// section's language switch lands on the same section of the other language's page; and at
// 375 px the page does not scroll sideways. Saves one zh and one en screenshot.
//
// Usage: node pages.mjs SITE_DIR SCREENSHOT_DIR   (scripts/test builds the site first)
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const [siteArg, shotsArg] = process.argv.slice(2);
if (!siteArg || !shotsArg) {
  console.error('usage: node pages.mjs SITE_DIR SCREENSHOT_DIR');
  process.exit(2);
}
const site = path.resolve(siteArg);
const shots = path.resolve(shotsArg);
fs.mkdirSync(shots, { recursive: true });

const policies = fs.readdirSync(site, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'assets')
  .map((d) => d.name)
  .sort();
if (policies.length === 0) {
  console.error(`no policies built in ${site}`);
  process.exit(1);
}
const pages = ['index.html', ...policies.flatMap((p) => [`${p}/zh/index.html`, `${p}/en/index.html`])];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
const failures = [];
const fail = (page, what) => failures.push(`${page}: ${what}`);

// The ids of a page, loaded once.
const idCache = new Map();
async function idsOf(file) {
  if (!idCache.has(file)) {
    const p = await context.newPage();
    await p.goto(pathToFileURL(file).href);
    idCache.set(file, new Set(await p.$$eval('[id]', (els) => els.map((e) => e.id))));
    await p.close();
  }
  return idCache.get(file);
}

for (const rel of pages) {
  const file = path.join(site, rel);
  const page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') fail(rel, `console error: ${msg.text()}`); });
  page.on('pageerror', (err) => fail(rel, `page error: ${err.message}`));
  page.on('request', (req) => { if (!req.url().startsWith('file:')) fail(rel, `external request: ${req.url()}`); });
  page.on('requestfailed', (req) => fail(rel, `failed request: ${req.url()}`));
  await page.goto(pathToFileURL(file).href);

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) fail(rel, `scrolls sideways by ${overflow} px at 375 px`);

  // Every internal link: the file exists and so does the anchor.
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
  for (const href of hrefs) {
    if (!href.startsWith('file:')) continue;
    const url = new URL(href);
    const target = fileURLToPath(url);
    if (!fs.existsSync(target)) { fail(rel, `link to missing ${href}`); continue; }
    if (url.hash && target.endsWith('.html') && !(await idsOf(target)).has(decodeURIComponent(url.hash.slice(1)))) {
      fail(rel, `link to missing anchor ${href}`);
    }
  }

  // Each section's switch lands on the same section of the other page, in view.
  const switches = await page.$$eval('a.switch', (as) => as.map((a) => a.getAttribute('href')));
  for (const href of switches) {
    const section = href.split('#')[1];
    await page.goto(pathToFileURL(file).href);
    await Promise.all([page.waitForEvent('load'), page.click(`a.switch[href="${href}"]`)]);
    const landed = await page.evaluate(() => {
      const id = decodeURIComponent(location.hash.slice(1));
      const el = document.getElementById(id);
      return { id, top: el ? el.getBoundingClientRect().top : null, height: window.innerHeight, lang: document.documentElement.lang };
    });
    // The last sections cannot scroll to the very top: in view is enough.
    if (landed.id !== section || landed.top === null || landed.top < -40 || landed.top >= landed.height) {
      fail(rel, `switch ${href} landed on #${landed.id} (top ${landed.top})`);
    }
    const expected = rel.includes('/zh/') ? 'en' : 'zh-CN';
    if (landed.lang !== expected) fail(rel, `switch ${href} landed on a page in ${landed.lang}, not ${expected}`);
  }
  await page.close();
}

// One screenshot per language of the first policy (a test artefact, not committed).
for (const lang of ['zh', 'en']) {
  const page = await context.newPage();
  await page.goto(pathToFileURL(path.join(site, policies[0], lang, 'index.html')).href);
  await page.screenshot({ path: path.join(shots, `${policies[0]}-${lang}.png`), fullPage: false });
  await page.close();
}
await browser.close();

if (failures.length > 0) {
  console.error(`browser test: ${failures.length} problem(s)\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`browser test: ${pages.length} pages ok (links, anchors, language switch, 375 px); screenshots in ${shots}`);
