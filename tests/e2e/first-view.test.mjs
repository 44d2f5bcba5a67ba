// What the first view fetches: the page asks first for its one script (the mirror, the LMS layer
// and the loader, which starts everything else) and the app's, then preloads the app and the
// fonts so that they download alongside; its icon is inside the page; the home page's first view
// reads the content summary and the first model cut down (lazy-content.test.mjs), and the content
// comes at the first input as one pack for every page and one per other language, which the
// loader splits into its files; the loader reuses the preloaded downloads (each file is requested
// once), and a page fetches only its own language's files: no French text for an English page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveSite, settle, wholeCatalog } from './browser.mjs';

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
  for (const file of ['/app.wasm', '/fonts/ui-regular.otf', '/fonts/ui-semibold.otf'])
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
