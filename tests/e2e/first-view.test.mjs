// What the first view fetches: the page preloads the app, the fonts and the English content so
// they download alongside the loader, the loader reuses those downloads (each file is requested
// once), and a page fetches only its own language's files: no French text for an English page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveSite, settle } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Opens `query` in a fresh context and returns the paths it requested until the app started.
async function requestsOf(query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  await page.goto(server.url + query);
  await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  await settle(page);
  const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload]')].map((l) => new URL(l.href).pathname));
  await context.close();
  return { paths, preloaded };
}

test('the page preloads the app, fonts and English content, and the loader fetches each file once', async () => {
  const { paths, preloaded } = await requestsOf('');
  for (const file of ['/app.wasm', '/app.js', '/fonts/ui-regular.otf', '/fonts/ui-semibold.otf', '/assets/models/aws.json'])
    assert.ok(preloaded.includes(file), `${file} is preloaded: ${preloaded.join(' ')}`);
  assert.ok(!preloaded.some((p) => /\.[a-z]{2}\.json$/.test(p)), 'no translation is preloaded: the language is chosen by the loader');
  const twice = paths.filter((p, i) => paths.indexOf(p) !== i);
  assert.deepEqual(twice, [], 'a preloaded file fetched a second time');
  assert.ok(paths.includes('/app.wasm'));
  assert.deepEqual(paths.filter((p) => /\.[a-z]{2}\.json$|qrcode\.js$/.test(p)), [], 'an English home page fetches no translation and no QR encoder');
});

test('a French page fetches the French interface text and content translations once each', async () => {
  const { paths } = await requestsOf('?lang=fr');
  assert.equal(paths.filter((p) => p === '/strings.fr.json').length, 1);
  assert.equal(paths.filter((p) => p === '/assets/models/aws.fr.json').length, 1);
  const twice = paths.filter((p, i) => paths.indexOf(p) !== i);
  assert.deepEqual(twice, []);
});
