// "Move the line" in Chromium: the line dragged with the mouse and snapped to a boundary, moved
// with the keys through the DOM mirror's slider (role, range, value in words, axe-core clean),
// each answer scored; and a workshop room with line questions, from a participant's results code
// to the room summary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, serveSite, openApp, settle, node, clickNode, scrollIntoView, waitForNode, content } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const state = (page) => page.evaluate(() => window.srm.state());
const semantics = (page) => page.evaluate(() => window.srm.semantics());

// The line questions of the multi-cloud quiz: authored ones by id, generated ones by prefix.
const authoredLines = new Set(content('quizzes/multi-cloud.json').questions.filter((q) => q.type === 'line').map((q) => q.id));
const isLine = (id) => authoredLines.has(id) || id.startsWith('gen-line-');

// Seed 2 asks a line question first (Azure SQL Database: three layers).
const LINE_FIRST = '?quiz=multi-cloud&seed=2';

// Where boundary k lies on the slider, in page coordinates: a customer band, then one row a layer.
async function boundaryPoint(page, k) {
  const n = await scrollIntoView(page, 'quiz.line');
  const box = await page.locator('#canvas').boundingBox();
  return { x: box.x + n.rect.x + n.rect.w / 2, y: box.y + n.rect.y + (n.rect.h * (k + 1)) / (n.max + 1) };
}

async function verdictAfterChecking(page) {
  await clickNode(page, 'quiz.submit');
  return (await waitForNode(page, 'quiz.feedback.verdict')).label;
}

test('the line is dragged with the mouse, snaps to the nearest boundary and is scored', async () => {
  const { page, context, errors } = await openApp(browser, server.url + LINE_FIRST, { viewport: { width: 1100, height: 1000 } });
  const s = await state(page);
  assert.ok(isLine(s.quiz.questions[0]), `seed 2 asks a line question first, not ${s.quiz.questions[0]}`);
  let slider = await waitForNode(page, 'quiz.line');
  assert.equal(slider.role, 'slider');
  assert.equal(slider.value, 'not placed');
  assert.equal(slider.now, undefined);
  assert.equal(slider.min, 0);
  assert.equal(slider.max, 3);
  assert.match((await node(page, 'quiz.submit')).state, /\bdisabled\b/, 'nothing to check before the line is placed');

  // Dragged from the top to a little below boundary 1, the line snaps onto boundary 1.
  const from = await boundaryPoint(page, 0), to = await boundaryPoint(page, 1);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y + 8, { steps: 6 });
  await page.mouse.up();
  await settle(page);
  slider = await node(page, 'quiz.line');
  assert.equal(slider.now, 1);
  assert.match(slider.value, /^between .+ and .+$/);
  assert.doesNotMatch((await node(page, 'quiz.submit')).state, /\bdisabled\b/);

  // Between the customer's layer and the shared one: a right answer for Azure SQL Database.
  assert.equal(await verdictAfterChecking(page), '\u2713 Correct.');
  assert.equal((await state(page)).quiz.score, 1);
  assert.equal((await node(page, 'quiz.feedback.line.yours')).label, `\u2713 Your line: ${slider.value}.`);
  assert.match((await node(page, 'quiz.feedback.line.right')).label, /^The right line: .+\.$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the mirror\'s slider takes the arrow keys, Home and End, and reports its value', async () => {
  const { page, context, errors } = await openApp(browser, server.url + LINE_FIRST, { viewport: { width: 1100, height: 1000 } });
  await waitForNode(page, 'quiz.line');
  const el = page.locator('#srm-mirror [role="slider"]');
  assert.equal(await el.count(), 1);
  assert.equal(await el.getAttribute('aria-label'), 'Responsibility line');
  assert.equal(await el.getAttribute('aria-valuemin'), '0');
  assert.equal(await el.getAttribute('aria-valuemax'), '3');
  assert.equal(await el.getAttribute('aria-valuenow'), null, 'not placed yet');
  assert.equal(await el.getAttribute('aria-valuetext'), 'not placed');
  assert.equal(await el.getAttribute('tabindex'), '0');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), [], 'the slider passes axe-core WCAG 2.1 A and AA');

  // A screen reader user moves focus onto the slider and presses keys there.
  await el.focus();
  await page.waitForFunction(() => /\bfocused\b/.test(window.srm.semantics().find((n) => n.id === 'quiz.line')?.state || ''));
  const press = async (key, now) => {
    await el.press(key);
    await page.waitForFunction((now) => window.srm.semantics().find((n) => n.id === 'quiz.line')?.now === now, now);
    await settle(page);
  };
  await press('End', 3);
  assert.match(await el.getAttribute('aria-valuetext'), /^below .+$/);
  assert.equal(await el.getAttribute('aria-valuenow'), '3');
  await press('Home', 0);
  assert.match(await el.getAttribute('aria-valuetext'), /^above .+$/);
  await press('ArrowDown', 1);
  await press('ArrowDown', 2);
  await press('ArrowUp', 1);
  const words = await el.getAttribute('aria-valuetext');
  assert.match(words, /^between .+ and .+$/);
  assert.equal((await node(page, 'quiz.line')).value, words);

  // Checked through the mirror's button: the same answer as by mouse, scored the same.
  await page.locator('#srm-mirror').getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  await waitForNode(page, 'quiz.feedback.verdict');
  assert.equal((await node(page, 'quiz.feedback.verdict')).label, '\u2713 Correct.');
  assert.equal((await state(page)).quiz.score, 1);
  // Answered, the line stays where it was put (the mirror follows after the frame is painted).
  await page.waitForFunction(() => document.querySelector('#srm-mirror [role="slider"]')?.getAttribute('aria-disabled') === 'true');
  assert.deepEqual(errors, []);
  await context.close();
});

// Answers the current question by mouse: the first choice, the first owner of each row, a click
// on the line's diagram (it places the line on the nearest boundary); then checks and goes on.
async function answerByMouse(page) {
  const ids = (await semantics(page)).map((n) => n.id);
  for (const prefix of ['quiz.', ...[0, 1, 2, 3].map((p) => `quiz.part.${p}.`)]) {
    const choice = ids.find((id) => id.startsWith(prefix + 'choice.'));
    if (choice) await clickNode(page, choice);
  }
  for (const id of ids) if (/^quiz\.(part\.\d+\.)?((item|row)\.\d+\.owner\.0|line)$/.test(id)) await clickNode(page, id);
  await clickNode(page, 'quiz.submit');
  await clickNode(page, 'quiz.next');
}

test('a room with line questions: a participant\'s results code counts in the room summary', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: { width: 1280, height: 2200 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  await clickNode(page, 'home.workshop');
  await clickNode(page, 'workshop.quiz.multi-cloud');
  // Twenty of the quiz's 33 questions, nine of them line questions: a draw without one would
  // come once in about 50,000 rooms.
  const twenty = (await semantics(page)).find((n) => n.id.startsWith('workshop.count.') && n.label === '20');
  assert.ok(twenty, 'a room can draw twenty questions');
  await clickNode(page, twenty.id);
  const code = (await state(page)).room.code;
  assert.equal((await state(page)).room.count, 20);

  const p = await openApp(browser, `${server.url}?room=${code}`, { viewport: { width: 900, height: 1400 } });
  await clickNode(p.page, 'join.nickname');
  await p.page.keyboard.type('Lea');
  await settle(p.page);
  await clickNode(p.page, 'join.start');
  let s = await state(p.page);
  assert.equal(s.screen, 'quiz');
  assert.ok(s.quiz.questions.some(isLine), 'the room asks line questions');
  for (let i = 0; i < s.quiz.questions.length && !s.quiz.finished; ++i) {
    await answerByMouse(p.page);
    s = await state(p.page);
  }
  assert.ok(s.quiz.finished);
  const results = (await waitForNode(p.page, 'quiz.room.code')).label;
  assert.match(results, new RegExp(`^SRMW1\\|${code}\\|Lea\\|`));
  const percent = Math.round((s.quiz.score / s.quiz.max_score) * 100);
  assert.deepEqual(p.errors, []);
  await p.context.close();

  await clickNode(page, 'workshop.summary');
  await page.evaluate((t) => navigator.clipboard.writeText(t), results);
  await clickNode(page, 'summary.codes');
  await page.keyboard.press('Control+V');
  await settle(page);
  s = await state(page);
  assert.deepEqual(s.room.summary.participants, [{ nickname: 'Lea', percent }]);
  assert.deepEqual(s.room.summary.rejected, []);
  assert.deepEqual(errors, []);
  await context.close();
});
