// A whole quiz in Chromium by keyboard alone: every answer, "Check answer" and "Next question"
// reached with Tab and activated with Space or Enter; the results; then "retry what I got wrong".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveSite, openApp, settle, content } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const semantics = (page) => page.evaluate(() => window.srm.semantics());
const state = (page) => page.evaluate(() => window.srm.state());
const focusedId = async (page) => (await semantics(page)).find((n) => /\bfocused\b/.test(n.state))?.id;

// Presses a key and waits until the app has drawn the result and gone idle again.
async function press(page, key) {
  const before = (await state(page)).counters.frames;
  await page.keyboard.press(key);
  await page.waitForFunction((b) => window.srm.state().counters.frames >= b + 2, before);
  await settle(page);
}

// Waits until a condition on the app holds (the app draws a few frames after each key).
async function until(page, fn, arg, what = 'the app to respond') {
  try {
    await page.waitForFunction(fn, arg, { timeout: 5000 });
  } catch {
    const focus = await focusedId(page);
    assert.fail(`timed out waiting for ${what} (focus on ${focus}, arg ${JSON.stringify(arg)}) trail ${trail.slice(-12).join(' ')}`);
  }
}

const trail = [];
async function tabTo(page, id) {
  for (let i = 0; i < 60; ++i) {
    const f = await focusedId(page);
    trail.push(`${id}:${f}`);
    if (f === id) return;
    await press(page, 'Tab');
  }
  assert.fail(`Tab never reached ${id}`);
}

// The widgets a keyboard user operates to answer the current question (not always correctly),
// each with the key that operates it and whether it has taken the answer: a choice is checked
// with Space; the line is placed at the top with Down (a slider has a value once placed).
function answerPlan(nodes) {
  const ids = nodes.map((n) => n.id);
  const plan = [];
  const checked = (id) => ({ id, key: 'Space', taken: 'checked' });
  const firstChoice = (prefix) => ids.find((id) => id.startsWith(prefix + 'choice.'));
  for (const prefix of ['quiz.', ...[0, 1, 2, 3].map((p) => `quiz.part.${p}.`)]) {
    const choice = firstChoice(prefix);
    if (choice && !ids.includes(prefix.replace(/\.$/, '') + '.feedback.verdict')) plan.push(checked(choice));
  }
  for (const id of ids) if (/^quiz\.(part\.\d+\.)?(item|row)\.\d+\.owner\.0$/.test(id)) plan.push(checked(id));
  for (const n of nodes) if (n.role === 'slider' && n.now === undefined) plan.push({ id: n.id, key: 'ArrowDown', taken: 'value' });
  return plan;   // ordering questions start complete: submitting the shown order is an answer
}

// Operates one widget of the plan and waits until it has taken the answer.
async function operate(page, step) {
  await tabTo(page, step.id);
  await press(page, step.key);
  await until(page, ({ id, taken }) => {
    const n = window.srm.semantics().find((n) => n.id === id);
    return taken === 'checked' ? /\bchecked\b/.test(n?.state || '') : n?.now !== undefined;
  }, step, 'an answer taken by ' + step.id);
}

test('take a whole quiz by keyboard only, reach the results, retry the wrong answers', async () => {
  const { page, context, errors } = await openApp(browser, server.url + '?quiz=fundamentals&seed=5', { viewport: { width: 1280, height: 1000 } });
  let s = await state(page);
  assert.equal(s.screen, 'quiz');
  assert.equal(s.quiz.seed, 5);
  const asked = s.quiz.questions;
  assert.equal(asked.length, content('quizzes/fundamentals.json').questions.length);
  for (let i = 0; i < asked.length; ++i) {
    await until(page, (i) => window.srm.state().quiz.question === i, i, 'question ' + i);
    for (const step of answerPlan(await semantics(page))) await operate(page, step);
    await tabTo(page, 'quiz.submit');
    await press(page, 'Enter');
    await until(page, () => window.srm.semantics().some((n) => n.id === 'quiz.feedback.verdict'), null, 'feedback');
    const verdict = (await semantics(page)).find((n) => n.id === 'quiz.feedback.verdict');
    assert.ok(/Correct|Not quite|Partly correct/.test(verdict.label), `feedback in words for ${asked[i]}`);
    await page.waitForFunction(() => window.srm.semantics().some((n) => n.id === 'quiz.next' && /\bfocused\b/.test(n.state)),
      null, { timeout: 5000 });   // focus moves to Next after checking
    await press(page, 'Enter');
    await until(page, (i) => window.srm.state().quiz.finished || window.srm.state().quiz.question === i + 1, i);
  }
  s = await state(page);
  assert.equal(s.quiz.finished, true);
  const title = (await semantics(page)).find((n) => n.id === 'quiz.result.title');
  assert.match(title.label, /^(Passed|Not passed yet): \d+%$/);
  assert.ok((await semantics(page)).some((n) => n.id.startsWith('quiz.concept.') && n.role === 'progress'), 'per-concept chart');
  const wrong = s.quiz.wrong;
  assert.ok(wrong.length > 0, 'this answering pattern gets some wrong');
  await tabTo(page, 'quiz.retry');
  await press(page, 'Enter');
  await until(page, () => !window.srm.state().quiz.finished);
  s = await state(page);
  assert.equal(s.quiz.finished, false);
  assert.deepEqual([...s.quiz.questions].sort(), [...wrong].sort(), 'the retry asks exactly the wrong ones');
  assert.match(s.progress_code, /^SRM1\|L\|Qfundamentals:1:\d+:\d+\|C.+\|[0-9a-f]{8}$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the same seed gives the same questions in the same order', async () => {
  const a = await openApp(browser, server.url + '?quiz=services&seed=77');
  const b = await openApp(browser, server.url + '?quiz=services&seed=77');
  const c = await openApp(browser, server.url + '?quiz=services&seed=78');
  const qa = (await state(a.page)).quiz.questions, qb = (await state(b.page)).quiz.questions, qc = (await state(c.page)).quiz.questions;
  assert.deepEqual(qa, qb);
  assert.notDeepEqual(qa, qc);
  for (const x of [a, b, c]) await x.context.close();
});

test('exam mode holds feedback until the results', async () => {
  const { page, context } = await openApp(browser, server.url + '?quiz=multi-cloud&seed=2&mode=exam', { viewport: { width: 1280, height: 1000 } });
  for (const step of answerPlan(await semantics(page))) await operate(page, step);
  await tabTo(page, 'quiz.submit');
  await press(page, 'Enter');
  await until(page, () => window.srm.state().quiz.question === 1);
  const s = await state(page);
  assert.equal(s.quiz.mode, 'exam');
  assert.equal(s.quiz.question, 1, 'moved straight on');
  assert.equal((await semantics(page)).find((n) => n.id === 'quiz.feedback.verdict'), undefined);
  await context.close();
});
