// Progress that survives: a reload mid-quiz resumes it; lessons and scores stay; storage that the
// browser refuses (a sandboxed iframe) falls back to memory with a notice and a progress code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveSite, openApp, node, clickNode, settle } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const state = (page) => page.evaluate(() => window.srm.state());

// Answers the current question with whatever is first on screen, checks it and moves on.
async function answerOne(page) {
  const nodes = await page.evaluate(() => window.srm.semantics());
  const first = nodes.find((n) => /^quiz\.(choice\.0|part\.\d\.choice\.0)$/.test(n.id));
  for (const n of nodes.filter((n) => /^quiz\.(part\.\d\.)?choice\.0$/.test(n.id) || /^quiz\.(part\.\d\.)?(item|row)\.\d+\.owner\.0$/.test(n.id)))
    await clickNode(page, n.id);
  if (!first && !nodes.some((n) => n.id.includes('.owner.') || n.id.includes('.order.'))) assert.fail('nothing to answer');
  await clickNode(page, 'quiz.submit');
  await clickNode(page, 'quiz.next');
}

test('reload mid-quiz and resume at the same question of the same draw', async () => {
  const { page, context } = await openApp(browser, server.url + '?quiz=services&seed=31', { viewport: { width: 1280, height: 1100 } });
  const asked = (await state(page)).quiz.questions;
  await answerOne(page);
  await answerOne(page);
  assert.equal((await state(page)).quiz.question, 2);
  await page.goto(server.url);
  await page.waitForFunction(() => window.srm && window.srm.ready);
  await settle(page);
  assert.equal((await node(page, 'home.resume.what')).label.endsWith('2 questions answered so far.'), true);
  await clickNode(page, 'home.resume');
  let s = await state(page);
  assert.equal(s.quiz.question, 2);
  assert.deepEqual(s.quiz.questions, asked);
  await page.goto(server.url + '?quiz=services&seed=31');   // the quiz's own link also resumes
  await page.waitForFunction(() => window.srm && window.srm.ready);
  s = await state(page);
  assert.equal(s.screen, 'quiz');
  assert.equal(s.quiz.question, 2);
  await context.close();
});

test('in a sandboxed iframe without storage the app works, says so, and offers the progress code', async () => {
  // Tall enough that the guided path's card, below the home page's line, is on screen.
  const context = await browser.newContext({ viewport: { width: 1000, height: 1500 } });
  const page = await context.newPage();
  await page.setContent(`<iframe id="f" sandbox="allow-scripts allow-popups" src="${server.url}" width="900" height="1400"></iframe>`);
  const frame = await (await page.waitForSelector('#f')).contentFrame();
  await frame.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  assert.equal(await frame.evaluate(() => { try { localStorage.length; return 'storage'; } catch { return 'blocked'; } }), 'blocked');
  const hit = async (id) => {
    const n = await frame.evaluate((id) => window.srm.semantics().find((x) => x.id === id), id);
    const box = await (await page.$('#f')).boundingBox();
    await page.mouse.click(box.x + n.rect.x + n.rect.w / 2, box.y + n.rect.y + n.rect.h / 2);
    await settle(frame);
  };
  await hit('home.lessons.next');
  const s = await frame.evaluate(() => window.srm.state());
  assert.equal(s.screen, 'lesson');
  assert.ok(s.notices.some((n) => n.startsWith('This browser does not let SRM Trainer save progress here.')), JSON.stringify(s.notices));
  assert.match(s.progress_code, /^SRM1\|Lof-and-in\|/);
  // Keyboard: focus is inside the frame after the click; Escape steps back, then hands focus back.
  await page.keyboard.press('Escape');
  await frame.waitForFunction(() => window.srm.state().screen === 'lessons');
  await page.keyboard.press('Escape');
  await frame.waitForFunction(() => window.srm.state().screen === 'home');
  await page.keyboard.press('Escape');
  await frame.waitForFunction(() => document.activeElement.id !== 'canvas');
  // Links open in a new tab (allow-popups).
  await context.route('https://**', (route) => route.fulfill({ body: 'stand-in', contentType: 'text/plain' }));
  await hit('home.resources');
  const popup = context.waitForEvent('page');
  await hit('resources.model.0');
  const opened = await popup;
  assert.match(opened.url(), /^(https:\/\/aws\.amazon\.com\/compliance\/shared-responsibility-model\/|chrome-error:)/);
  await context.close();
});
