// The learner's way through a quiz by real keyboard in Chromium, through the DOM mirror as a
// screen reader user goes: a radio group is one Tab stop (roving tabindex) whose arrow keys check
// the neighbour, Enter checks the answer, a single-choice question reaches its feedback in at most
// four key presses, and a matrix question is a table with column and row headers. On the canvas
// itself the same keys work from a question's appearance, and the matrix grid's radios take clicks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveSite, openApp, settle, clickNode } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const mirror = (page) => page.locator('#srm-mirror');
const semantics = (page) => page.evaluate(() => window.srm.semantics());

// Opens the quiz at the first seed (of a few) whose first question `wanted(nodes)` accepts.
async function openQuestion(page, quiz, wanted) {
  for (let seed = 1; seed <= 40; ++seed) {
    await page.goto(`${server.url}?quiz=${quiz}&seed=${seed}`);
    await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
    await settle(page);
    if (wanted(await semantics(page))) return seed;
  }
  assert.fail(`no seed of ${quiz} starts with the question wanted`);
}

const focusedId = async (page) => (await semantics(page)).find((n) => /\bfocused\b/.test(n.state))?.id;
const isChecked = async (page, id) => /\bchecked\b/.test((await semantics(page)).find((n) => n.id === id)?.state || '');

// Presses a key on the canvas and waits until the app has drawn the result and gone idle again.
async function press(page, key) {
  const before = await page.evaluate(() => window.srm.state().counters.frames);
  await page.keyboard.press(key);
  await page.waitForFunction((b) => window.srm.state().counters.frames >= b + 2, before);
  await settle(page);
}

const singleChoice = (nodes) => nodes.some((n) => n.id === 'quiz.choice.0' && n.role === 'radio') &&
  !nodes.some((n) => n.role === 'checkbox' || n.id.startsWith('quiz.part.'));

test('a single-choice question reaches its feedback in at most four key presses through the mirror', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await openQuestion(page, 'fundamentals', singleChoice);
  const group = mirror(page).locator('[role=radiogroup]').first();
  const radios = group.locator('input[type=radio]');
  const stops = await radios.evaluateAll((els) => els.map((el) => el.tabIndex));
  assert.equal(stops.filter((t) => t === 0).length, 1, 'one Tab stop in the group');
  assert.equal(stops[0], 0, 'the first radio while none is checked');
  let presses = 0;
  await radios.first().focus();   // a reader's cursor arrives on the group
  await page.keyboard.press('ArrowDown'); ++presses;
  await settle(page);
  let nodes = await semantics(page);
  assert.match(nodes.find((n) => n.id === 'quiz.choice.1').state, /\bchecked\b/, 'the arrow checks the next radio');
  assert.equal(await page.evaluate(() => document.activeElement.closest('label').textContent),
    nodes.find((n) => n.id === 'quiz.choice.1').label, 'focus moves with it');
  assert.equal(await radios.nth(1).evaluate((el) => el.tabIndex), 0, 'the checked radio is the Tab stop now');
  await page.keyboard.press('Enter'); ++presses;
  await page.waitForFunction(() => window.srm.semantics().some((n) => n.id === 'quiz.feedback.verdict'), null, { timeout: 5000 });
  assert.ok(presses <= 4, `${presses} presses`);
  await settle(page);
  nodes = await semantics(page);
  assert.match(nodes.find((n) => n.id === 'quiz.next').state, /\bfocused\b/, 'focus moves to "Next"');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a matrix question in the mirror is a table with column and row headers', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: { width: 1280, height: 900 } });
  await openQuestion(page, 'fundamentals', (nodes) => nodes.some((n) => n.id === 'quiz.grid'));
  const table = mirror(page).locator('table');
  assert.equal(await table.count(), 1);
  const heads = await table.locator('thead th[scope=col]').allTextContents();
  assert.deepEqual(heads.slice(1), ['Customer', 'Provider', 'Shared', 'Not applicable']);
  const rows = table.locator('tbody tr');
  assert.ok(await rows.count() > 1);
  assert.equal(await rows.first().locator('th[scope=row]').count(), 1);
  assert.equal(await rows.first().locator('td input[type=radio]').count(), 4, 'each owner in its column');
  await rows.first().locator('input[type=radio]').first().focus();
  await page.keyboard.press('ArrowRight');
  await settle(page);
  assert.equal(await rows.first().locator('input[type=radio]').nth(1).evaluate((el) => el.checked), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on the canvas, Tab, Space and Enter take a single-choice question from its appearance to its feedback', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await openQuestion(page, 'fundamentals', singleChoice);
  let presses = 0;
  await press(page, 'Tab'); ++presses;
  assert.equal(await focusedId(page), 'quiz.choice.0', 'the first Tab lands on the choices');
  await press(page, 'Space'); ++presses;
  assert.ok(await isChecked(page, 'quiz.choice.0'), 'Space checks the focused choice');
  await press(page, 'Enter'); ++presses;
  assert.ok((await semantics(page)).some((n) => n.id === 'quiz.feedback.verdict'), 'Enter checks the answer');
  assert.ok(presses <= 4, `${presses} presses`);
  assert.equal(await focusedId(page), 'quiz.next', 'focus moves to "Next"');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on the canvas, Space before any Tab checks the first choice', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await openQuestion(page, 'fundamentals', singleChoice);
  await press(page, 'Space');
  assert.ok(await isChecked(page, 'quiz.choice.0'));
  await press(page, 'Enter');
  assert.ok((await semantics(page)).some((n) => n.id === 'quiz.feedback.verdict'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the matrix grid on the canvas takes a click on each owner radio', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: { width: 1280, height: 900 } });
  await openQuestion(page, 'fundamentals', (nodes) => nodes.some((n) => n.id === 'quiz.grid'));
  const row = (await semantics(page)).find((n) => n.role === 'rowheader').id;
  for (let k = 0; k < 4; ++k) {
    await clickNode(page, `${row}.owner.${k}`);
    assert.ok(await isChecked(page, `${row}.owner.${k}`), `owner ${k} checked by a click`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
