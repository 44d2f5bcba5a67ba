// The French edition in Chromium: chosen by ?lang=fr, by the browser's languages, or in the app
// (kept for the next visit); the interface, the fundamentals and services quizzes and the AWS
// model's words in French, with French typography; English pages never fetch the translations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveSite, openApp, node, clickNode, settle, scrollIntoView, content, wholeCatalog } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const state = (page) => page.evaluate(() => window.srm.state());
const NNBSP = '\u202f';

test('?lang=fr: the interface, quizzes and the AWS model in French', async () => {
  const { page, context, errors } = await openApp(browser, server.url + '?lang=fr', { viewport: { width: 1280, height: 1000 } });
  await wholeCatalog(page);
  let s = await state(page);
  assert.equal(s.look.lang, 'fr');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.deepEqual(s.notices, []);
  assert.equal((await node(page, 'home.quizzes.title')).label, 'Quiz');
  assert.equal((await node(page, 'home.display.title')).label, 'Affichage');
  const titles = s.content.quizzes.map((q) => q.title);
  for (const quiz of ['fundamentals', 'services']) assert.ok(titles.includes(content(`quizzes/${quiz}.fr.json`).title), titles.join(' | '));
  await clickNode(page, 'home.model.aws');
  const cell = await node(page, 'model.cell.guest-os-patching');
  assert.equal(cell.label, 'Correctifs de l’OS invité, Amazon EC2' + NNBSP + ': Client');
  await clickNode(page, 'model.cell.guest-os-patching');
  assert.equal((await node(page, 'detail.explanation')).label, content('assets/models/aws.fr.json').cells['ec2/guest-os-patching']);
  await page.goto(server.url + '?lang=fr&quiz=fundamentals&seed=3');
  await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  await settle(page);
  assert.equal((await node(page, 'quiz.progress')).label, `Question 1 sur ${content('quizzes/fundamentals.fr.json').questions.length}`);
  assert.equal((await node(page, 'quiz.submit')).label, 'Vérifier la réponse');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the browser language picks French; the choice made in the app is kept; English never fetches translations', async () => {
  const context = await browser.newContext({ locale: 'fr-CA' });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(server.url);
  await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  await settle(page);
  await wholeCatalog(page);
  assert.equal((await state(page)).look.lang, 'fr');
  assert.ok(fetched.some((p) => p.endsWith('/content.fr.pack')), 'the French content comes in its pack');
  assert.ok(fetched.some((p) => p.endsWith('/strings.fr.json')), 'the interface text in French is data fetched for a French page');
  // Back to English from the Display card: the page reloads in English and remembers it.
  const tab = await scrollIntoView(page, 'home.language.0');
  const box = await page.locator('#canvas').boundingBox();
  await Promise.all([page.waitForNavigation(), (async () => {
    await page.mouse.click(box.x + tab.rect.x + tab.rect.w / 2, box.y + tab.rect.y + tab.rect.h / 2);
  })()]);
  assert.match(page.url(), /[?&]lang=en\b/);
  await page.waitForFunction(() => window.srm && window.srm.ready && window.srm.state().look.lang === 'en', null, { timeout: 30000 });
  fetched.length = 0;
  await page.goto(server.url);
  await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  assert.equal((await state(page)).look.lang, 'en', 'the saved choice wins over the browser language');
  assert.equal(fetched.filter((p) => /\.fr\.(json|pack)$/.test(p)).length, 0, 'an English page fetches no French content nor interface text');
  await context.close();
});
