// What the first view fetches: the page asks first for its one script (the mirror, the LMS layer
// and the loader, which starts everything else) and the app's, then preloads the app and the
// fonts so that they download alongside; its icon is inside the page; the home page's first view
// reads the content summary and the first model cut down (lazy-content.test.mjs), and the content
// comes at the first input as one pack for every page and one per other language, which the
// loader splits into its files; the loader reuses the preloaded downloads (each file is requested
// once), and a page fetches only its own language's files: no French text for an English page.
// The code the home page does not run (app.deferred.wasm) comes on the first input, or at start
// for a deep link, and if the app needs it before its download finished it is fetched at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveSite, settle, clickNode, waitForNode, wholeCatalog } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Opens `query` in a fresh context and returns the paths it requested until the app started
// (`first`) and until it had the whole catalog after an input (`paths`), the page's preload links
// in their order, and the content the app loaded.
async function requestsOf(query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  await page.goto(server.url + query);
  await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  await settle(page);
  const first = [...paths];
  await wholeCatalog(page);
  const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload]')].map((l) => new URL(l.href).pathname));
  const content = await page.evaluate(() => window.srm.state().content);
  await context.close();
  return { first, paths, preloaded, content };
}

test('the page preloads its scripts first, then the app and fonts; the content pack comes at the first input, each file once', async () => {
  const { first, paths, preloaded, content } = await requestsOf('');
  assert.deepEqual(preloaded.slice(0, 2), ['/page.js', '/app.js'], 'the scripts come first');
  assert.deepEqual(paths.filter((p) => p.endsWith('.js')), ['/page.js', '/app.js'], 'the page\'s own scripts come as one file');
  assert.deepEqual(paths.filter((p) => /favicon/.test(p)), [], 'the icon is inside the page');
  for (const file of ['/app.wasm', '/fonts/ui-regular.ttf', '/fonts/ui-semibold.ttf'])
    assert.ok(preloaded.includes(file), `${file} is preloaded: ${preloaded.join(' ')}`);
  assert.ok(!preloaded.some((p) => /\.(json|pack)$/.test(p)), 'no content is preloaded: what a page needs depends on its link');
  assert.deepEqual(first.filter((p) => /\.(json|pack)$/.test(p)).sort(), ['/first-view.json', '/first-view/models/aws.json'],
    'the first view reads the summary and the first model cut down');
  const twice = paths.filter((p, i) => paths.indexOf(p) !== i);
  assert.deepEqual(twice, [], 'a preloaded file fetched a second time');
  assert.ok(paths.includes('/app.wasm'));
  assert.deepEqual(paths.filter((p) => p.endsWith('.pack')), ['/content.pack'], 'the content comes in its pack, not file by file');
  assert.deepEqual(paths.filter((p) => /\.[a-z]{2}\.(json|pack)$|qrcode\.js$/.test(p)), [], 'an English home page fetches no translation and no QR encoder');
  // Split from the pack, every file reached the app under its own path.
  assert.deepEqual(content.models.map((m) => m.id), ['aws', 'azure', 'gcp']);
  assert.ok(content.quizzes.length >= 5);
  assert.deepEqual(content.diagnostics, []);
  assert.ok(!first.includes('/app.deferred.wasm') && !preloaded.includes('/app.deferred.wasm'), 'the deferred code waits for an input');
});

// Opens `query` and returns the page with the paths it requests, once the app has started.
async function openCounting(query, init) {
  const context = await browser.newContext();
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const paths = [], errors = [], warnings = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => (m.type() === 'error' ? errors : warnings).push(m.text()));
  await page.goto(server.url + query);
  await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  await settle(page);
  return { context, page, paths, errors, warnings, fetches: () => paths.filter((p) => p === '/app.deferred.wasm').length };
}

const deferredCode = (page) => page.evaluate(() => window.srm.deferredCode());

// Answers the question on screen (a first choice, a first owner, a line placed, or the order as
// shown) and checks it; resolves once the verdict shows.
async function answer(page) {
  const nodes = await page.evaluate(() => window.srm.semantics());
  for (const n of nodes) {
    if (/^quiz\.(part\.\d+\.)?choice\.0$|^quiz\.(part\.\d+\.)?(item|row)\.\d+\.owner\.0$/.test(n.id) || (n.role === 'slider' && n.now === undefined))
      await clickNode(page, n.id);
  }
  await clickNode(page, 'quiz.submit');
  await page.waitForFunction(() => window.srm.semantics().some((n) => /feedback\.verdict$/.test(n.id)), null, { timeout: 10000 });
}

test('the first input fetches the deferred code once; then a quiz opens by clicking and takes an answer', async () => {
  const { context, page, fetches, errors, warnings } = await openCounting('');
  assert.equal(await deferredCode(page), 'waiting');
  assert.equal(fetches(), 0);
  await page.mouse.move(200, 200);
  await page.waitForFunction(() => window.srm.deferredCode() === 'ready', null, { timeout: 30000 });
  assert.equal(fetches(), 1);
  await clickNode(page, 'home.quiz.fundamentals');
  await waitForNode(page, 'quiz.submit');
  await answer(page);
  assert.equal(fetches(), 1, 'fetched once');
  assert.deepEqual(warnings.filter((w) => /fetched synchronously|placeholder/.test(w)), [], 'no placeholder was called');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a deep link fetches the deferred code with the app and opens on its quiz', async () => {
  const { context, page, fetches, errors } = await openCounting('?quiz=fundamentals');
  assert.equal(fetches(), 1);
  assert.equal(await deferredCode(page), 'ready');
  assert.equal(await page.evaluate(() => window.srm.state().screen), 'quiz');
  await answer(page);
  assert.equal(fetches(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('code needed before its download finished is fetched synchronously, and the app goes on', async () => {
  // The download never finishes here, and a completion for a screen the first view does not draw
  // (a QR code) arrives: its code is needed at once.
  const { context, page, fetches, errors, warnings } = await openCounting('', () => {
    const fetch = window.fetch;
    window.fetch = (url, ...rest) => (String(url).endsWith('app.deferred.wasm') ? new Promise(() => {}) : fetch(url, ...rest));
  });
  await page.evaluate(() => window.Module._srm_set_qr(0, 0, 0));
  assert.equal(await deferredCode(page), 'ready');
  await clickNode(page, 'home.quiz.fundamentals');
  await waitForNode(page, 'quiz.submit');
  assert.equal(await deferredCode(page), 'ready');
  assert.equal(fetches(), 1, 'the synchronous request alone reached the network');
  assert.equal(warnings.filter((w) => /fetched synchronously/.test(w)).length, 1, 'said once');
  await answer(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a deferred code that cannot be downloaded shows the error naming the file', async () => {
  const context = await browser.newContext();
  await context.route('**/app.deferred.wasm', (r) => r.fulfill({ status: 503, body: 'busy' }));
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  await page.mouse.move(200, 200);
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await page.textContent('#error-reason'), /app\.deferred\.wasm could not be downloaded \(HTTP 503\)/);
  await context.close();
});

test('a French page fetches the French interface text and the French content pack once each', async () => {
  const { paths, content } = await requestsOf('?lang=fr');
  assert.equal(paths.filter((p) => p === '/strings.fr.json').length, 1);
  assert.equal(paths.filter((p) => p === '/content.fr.pack').length, 1);
  assert.equal(paths.filter((p) => p === '/content.pack').length, 1, 'the original files, which the translations refer to');
  const twice = paths.filter((p, i) => paths.indexOf(p) !== i);
  assert.deepEqual(twice, []);
  assert.deepEqual(content.diagnostics, [], 'every translation matched its original');
});
