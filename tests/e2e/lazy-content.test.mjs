// The first view of the home page: a first visit fetches the first model and the content summary
// alone, and the home page lists everything from the summary. The learner's first input of any
// kind (click, key, the DOM mirror) fetches the rest once, and that input still lands: it acts on
// the whole catalog. A returning learner or a link to another screen loads everything at start,
// and a file of the rest that cannot be fetched is a content error the app shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serveSite, settle, clickNode, node, waitForNode, changePack, SITE } from './browser.mjs';

const manifest = JSON.parse(fs.readFileSync(path.join(SITE, 'manifest.json'), 'utf8'));
const english = manifest.content.find((pack) => pack.path === 'content.pack').files;
const quizIds = english.filter((p) => p.startsWith('quizzes/')).map((p) => path.basename(p, '.json'));

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Opens `query` in a fresh context; `paths` keeps every content file requested, as it happens.
async function open(query = '', { init, routes = [] } = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  if (init) await context.addInitScript(init);
  for (const [pattern, handler] of routes) await context.route(pattern, handler);
  const page = await context.newPage();
  const paths = [];
  page.on('request', (r) => { const p = new URL(r.url()).pathname.slice(1); if (/\.(json|pack)$/.test(p)) paths.push(p); });
  await page.goto(server.url + query);
  await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  await settle(page);
  return { context, page, paths };
}
const content = (page) => page.evaluate(() => window.srm.state().content_stage);
const packs = (paths) => paths.filter((p) => p.endsWith('.pack'));

test('a first visit to the home page fetches the first model and the summary, and lists every quiz and model', async () => {
  const { context, page, paths } = await open();
  assert.equal(await content(page), 'first-view');
  assert.deepEqual(paths.sort(), ['first-view.json', 'first-view/models/aws.json']);
  for (const id of quizIds) assert.ok(await node(page, 'home.quiz.' + id), `the home page lists quiz ${id}`);
  for (const id of ['aws', 'azure', 'gcp']) assert.ok(await node(page, 'home.model.' + id), `the home page lists model ${id}`);
  await context.close();
});

test('the first click fetches the rest once, and the click itself opens the quiz it was on', async () => {
  const { context, page, paths } = await open();
  await clickNode(page, 'home.quiz.services');   // wheel turns, then the click: input throughout
  await page.waitForFunction(() => window.srm.state().screen === 'quiz');
  assert.equal(await content(page), 'complete');
  assert.equal((await page.evaluate(() => window.srm.state().quiz)).id, 'services');
  assert.deepEqual(packs(paths), ['content.pack'], 'the content pack is fetched once');
  assert.equal((await page.evaluate(() => window.srm.state().content)).quizzes.length, quizIds.length);
  await context.close();
});

test('the first key press fetches the rest and still moves the focus', async () => {
  const { context, page } = await open();
  await page.locator('#canvas').focus();
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => window.srm.state().content_stage === 'complete');
  await settle(page);
  const focused = await page.evaluate(() => window.srm.semantics().filter((n) => /\bfocused\b/.test(n.state)).map((n) => n.id));
  assert.equal(focused.length, 1, 'the Tab press focused a widget on the whole app');
  await context.close();
});

test('activating a button from the DOM mirror as the first input works on the whole catalog', async () => {
  const { context, page } = await open();
  const label = (await node(page, 'home.model.gcp')).label;
  await page.locator('#srm-mirror').getByRole('button', { name: label, exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.srm.state().screen === 'explore');
  assert.equal((await page.evaluate(() => window.srm.state().explore)).cloud, 'gcp');
  await context.close();
});

test('a returning learner and a link to a screen load every content file at start', async () => {
  const saved = () => localStorage.setItem('srm-trainer.v1.progress', 'nothing valid, but saved');
  for (const [query, init] of [['', saved], ['?quiz=fundamentals', undefined], ['?view=matrix&cloud=azure', undefined]]) {
    const { context, page, paths } = await open(query, { init });
    assert.equal(await content(page), 'complete', query);
    assert.deepEqual(packs(paths), ['content.pack'], query);
    assert.ok(!paths.some((p) => p.startsWith('first-view')), 'no summary: the catalog has the content itself');
    await context.close();
  }
});

test('a French first visit reads the French summary and shows the French titles', async () => {
  const { context, page, paths } = await open('?lang=fr');
  assert.equal(await content(page), 'first-view');
  assert.deepEqual(paths.sort(),
    ['first-view.fr.json', 'first-view/models/aws.fr.json', 'first-view/models/aws.json', 'strings.fr.json']);
  const summary = JSON.parse(fs.readFileSync(path.join(SITE, 'first-view.fr.json'), 'utf8'));
  const title = await node(page, 'home.quiz.title.fundamentals');
  assert.equal(title.label, summary.quizzes.find((q) => q.id === 'fundamentals').title);
  await context.close();
});

test('a file of the rest that cannot be fetched is a content error, and the rest works', async () => {
  // content.pack without quizzes/services.json: the loader names the file the pack lacks.
  const withoutServices = changePack((files) => files.filter(([name]) => name !== 'quizzes/services.json'));
  const { context, page } = await open('', { routes: [withoutServices] });
  await clickNode(page, 'home.quiz.fundamentals');
  await page.waitForFunction(() => window.srm.state().screen === 'quiz');
  await clickNode(page, 'nav.home');
  await waitForNode(page, 'errors.title');
  const items = await page.evaluate(() => window.srm.semantics().filter((n) => n.id.startsWith('errors.item.')).map((n) => n.label));
  assert.ok(items.some((t) => t.includes('quizzes/services.json') && t.includes('missing from content.pack')), items.join('\n'));
  await context.close();
});

test('when the rest takes a while the page says so, and takes it back once it is in', async () => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const { context, page } = await open('?lang=fr', { routes: [['**/content*.pack', async (route) => { await held; await route.continue(); }]] });
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.move(box.x + 10, box.y + 10);
  await page.waitForSelector('#notice:not([hidden])');
  assert.equal(await page.textContent('#notice'), 'Chargement des quiz et des autres mod\u00e8les\u2026');
  release();
  await page.waitForFunction(() => window.srm.state().content_stage === 'complete');
  await page.waitForSelector('#notice', { state: 'hidden' });
  await context.close();
});

// The manifest's "20-7E,A0,2019" as a set of code points.
function glyphSet(ranges) {
  const out = new Set();
  for (const range of ranges.split(',')) {
    const [from, to = from] = range.split('-').map((h) => parseInt(h, 16));
    for (let cp = from; cp <= to; ++cp) out.add(cp);
  }
  return out;
}

test('the first view rasterises only the glyphs it can draw, each one it shows, and the whole font at the first input', async () => {
  const font = glyphSet(manifest.glyphs);
  for (const lang of ['en', 'fr']) {
    const list = glyphSet(manifest.firstView.glyphs[lang]);
    assert.ok(list.size * 1.5 < font.size, `${lang}: ${list.size} of the font's ${font.size} glyphs`);
    const { context, page } = await open(lang === 'en' ? '' : '?lang=fr');
    const shown = await page.evaluate(() => window.srm.semantics().map((n) => n.label + (n.value || '')).join(''));
    const missing = [...new Set(shown)].filter((c) => c.codePointAt(0) >= 0x20 && !list.has(c.codePointAt(0)));
    assert.deepEqual(missing, [], `${lang}: the first view shows characters it did not rasterise`);
    const first = (await page.evaluate(() => window.srm.state().canvas)).font_glyphs;
    // ImGui adds one glyph of its own, the tab (a wide space).
    assert.ok(first > 90 && first <= list.size + 1, `${lang}: ${first} glyphs on the first view, ${list.size} listed`);
    await page.locator('#canvas').focus();
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => window.srm.state().content_stage === 'complete');
    await settle(page);
    const whole = (await page.evaluate(() => window.srm.state().canvas)).font_glyphs;
    assert.ok(whole > first + 50, `${lang}: ${whole} glyphs after the first input, ${first} before`);
    await context.close();
  }
});
