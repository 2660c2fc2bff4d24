// Opens xloc's HTML pages in Debian's headless Chromium through the DevTools
// protocol (puppeteer-core, pinned in package-lock.json; no browser is
// downloaded) and prints, as one JSON object on stdout, what a test asserts:
// per page, the computed direction and language of <body>, the computed
// direction of every element carrying its own lang, whether the page
// overflows horizontally at a 390 px wide viewport, its visible text, and
// the path of the screenshot taken; on a review page (review_page.h) also
// each unit's status, rendered source and translation text, their computed
// directions, and the check ids of the findings shown on it. Used by tests/cli/browser_pages_test.cpp.
//   node check_pages.mjs CHROMIUM PROFILE_DIR SCREENSHOT_DIR PAGE.html...
import puppeteer from 'puppeteer-core';
import path from 'node:path';

const [chromium, profile, shots, ...pages] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  userDataDir: profile,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run', '--disable-quic'],
});
const results = {};
try {
  for (const file of pages) {
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
    await page.setViewport({ width: 390, height: 844 });
    await page.goto('file://' + path.resolve(file), { waitUntil: 'load' });
    const facts = await page.evaluate(() => {
      const style = (e) => getComputedStyle(e);
      const own = [...document.querySelectorAll('body [lang]')].map((e) => ({
        lang: e.getAttribute('lang'), direction: style(e).direction, tag: e.tagName.toLowerCase() }));
      return {
        lang: document.documentElement.lang,
        direction: style(document.body).direction,
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        langElements: own,
        text: document.body.innerText,
        units: [...document.querySelectorAll('article.unit')].map((u) => ({
          status: u.dataset.status,
          source: u.querySelector('.source .text').innerText,
          translation: u.querySelector('.translation .text').innerText,
          sourceDirection: style(u.querySelector('.source .text')).direction,
          translationDirection: style(u.querySelector('.translation .text')).direction,
          checks: [...u.querySelectorAll('.findings li')].map((li) => li.dataset.check),
          visible: u.offsetParent !== null,
        })),
      };
    });
    // html/<locale>/<stem>.html -> <locale>-<stem>.png; review-<locale>.html -> review-<locale>.png
    const stem = path.basename(file, '.html');
    const shot = path.join(shots, (stem.startsWith('review-') ? '' : path.basename(path.dirname(file)) + '-') + stem + '.png');
    await page.screenshot({ path: shot, fullPage: true });
    results[file] = { ...facts, overflows: facts.scrollWidth > facts.clientWidth, screenshot: shot,
                      networkRequests: requests };
    await page.close();
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(results) + '\n');
