// Accessibility in Chromium: the DOM mirror of every screen passes axe-core's WCAG 2.1 A and AA
// rules with no violations; a whole quiz (classify and matrix questions included) is taken
// through the mirror alone, as a screen reader user would; the live region announces questions,
// feedback and the score; focus in the mirror moves the app's focus; the matrix is a real table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, serveSite, openApp, settle, clickNode, content } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const state = (page) => page.evaluate(() => window.srm.state());
const mirror = (page) => page.locator('#srm-mirror');

async function audit(page, where) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `axe violations on ${where}`);
  assert.ok(result.passes.length > 5, `axe ran its rules on ${where}`);
}

// Operates a mirror element from the keyboard, as a screen reader's virtual cursor does.
async function operate(page, locator, key = 'Enter') {
  await locator.focus();
  await page.keyboard.press(key);
  await settle(page);
}

test('every screen passes axe-core WCAG 2.1 A and AA with no violations', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: { width: 1280, height: 900 } });
  const screens = [
    ['home', ''], ['explore diagram', '?view=explore&cloud=aws&service=rds&control=guest-os-patching'],
    ['compare', '?view=compare&cloud=aws&service=ec2&compare=lambda'], ['matrix', '?view=matrix&cloud=azure'],
    ['lessons', '?view=lessons'], ['a lesson', '?lesson=line-moves'], ['resources', '?view=resources'],
    ['quizzes', '?view=quiz'], ['a question', '?quiz=services&seed=3'], ['theme dark', '?theme=dark'],
    ['theme high contrast', '?theme=high-contrast&view=lessons'], ['French home', '?lang=fr'],
    ['French question', '?lang=fr&quiz=fundamentals&seed=2'], ['text at 200%', '?text=200&view=explore&cloud=aws'],
  ];
  for (const [where, query] of screens) {
    await page.goto(server.url + query);
    await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
    await settle(page);
    await audit(page, where);
  }
  // Screens reached by acting: feedback, results, progress, the workshop pages.
  await page.goto(server.url + '?quiz=fundamentals&seed=2');
  await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  await settle(page);
  await operate(page, mirror(page).locator('input[type=radio], input[type=checkbox]').first(), 'Space');
  for (const radio of await mirror(page).locator('[role=radiogroup]').all()) await operate(page, radio.locator('input').first(), 'Space');
  await operate(page, mirror(page).getByRole('button', { name: 'Check answer' }));
  await audit(page, 'feedback');
  await page.evaluate(() => window.srm.wake());
  await page.goto(server.url + '?view=quiz');
  await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  await settle(page);
  await clickNode(page, 'nav.home');
  await clickNode(page, 'home.progress');
  await audit(page, 'progress');
  await clickNode(page, 'nav.home');
  await clickNode(page, 'home.workshop');
  await page.waitForFunction(() => window.srm.state().room.qr > 0, null, { timeout: 10000 });
  await audit(page, 'workshop set-up');
  await clickNode(page, 'workshop.summary');
  await audit(page, 'room summary');
  const code = (await state(page)).room.code;
  for (const [where, query] of [['join', `?room=${code}`], ['presenter', `?room=${code}&mode=present`]]) {
    await page.goto(server.url + query);
    await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
    await settle(page);
    await audit(page, where);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a whole quiz through the mirror alone: questions, classify, matrix and line answers, feedback and score announced', async () => {
  const { page, context, errors } = await openApp(browser, server.url + '?quiz=services&seed=4', { viewport: { width: 1024, height: 768 } });
  const live = page.locator('#srm-live');
  let s = await state(page);
  const total = s.quiz.questions.length;
  const types = new Set();
  await page.waitForFunction(() => /Question 1 of/.test(document.getElementById('srm-live').textContent), null, { timeout: 5000 });
  for (let i = 0; i < total; ++i) {
    s = await state(page);
    assert.equal(s.quiz.question, i);
    assert.ok(await mirror(page).getByRole('heading', { level: 2 }).count() > 0, 'the prompt is a heading');
    // Each radio group: a list's, a classify item's, or a matrix row's in the table.
    const groups = [...await mirror(page).locator('[role=radiogroup]').all(),
      ...await mirror(page).locator('tbody tr:has(input[type=radio])').all()];
    if (groups.length > 1) types.add('placement');
    for (const group of groups) await operate(page, group.locator('input').first(), 'Space');
    const boxes = mirror(page).locator('input[type=checkbox]');
    if (await boxes.count()) { types.add('multiple'); await operate(page, boxes.first(), 'Space'); }
    const sliders = mirror(page).locator('[role=slider]');
    if (await sliders.count()) { types.add('line'); await operate(page, sliders.first(), 'ArrowDown'); }
    await operate(page, mirror(page).getByRole('button', { name: 'Check answer' }));
    await page.waitForFunction(() => /Correct|Not quite|Partly correct/.test(document.getElementById('srm-live').textContent), null, { timeout: 5000 });
    await operate(page, mirror(page).getByRole('button', { name: /Next question|See results/ }));
  }
  s = await state(page);
  assert.ok(s.quiz.finished);
  assert.ok(types.has('placement'), 'classify or matrix questions were answered through radio groups');
  assert.ok(types.has('line'), 'line questions were answered through the slider');
  await page.waitForFunction(() => /Passed|Not passed yet/.test(document.getElementById('srm-live').textContent), null, { timeout: 5000 });
  assert.match(await live.textContent(), /Score \d+(\.\d)? of \d+/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('focus in the mirror moves the app focus; the matrix is a table with headers', async () => {
  const { page, context, errors } = await openApp(browser, server.url + '?view=matrix&cloud=aws', { viewport: { width: 1280, height: 900 } });
  const table = mirror(page).locator('table');
  assert.equal(await table.count(), 1);
  assert.match(await table.locator('caption').textContent(), /^Who owns each control, by service/);
  assert.equal(await table.locator('thead th').count(), 1 + content('assets/models/aws.json').services.length);   // "Control" and each service
  assert.equal(await table.locator('tbody th[scope=row]').count(), 16);
  const cell = table.getByRole('button', { name: 'Guest OS patching, Amazon RDS: AWS' });
  await cell.focus();
  await settle(page);
  const nodes = await page.evaluate(() => window.srm.semantics());
  assert.match(nodes.find((n) => n.id === 'matrix.cell.rds.guest-os-patching').state, /\bfocused\b/);
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal((await state(page)).explore.control, 'guest-os-patching');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the accessible HTML version: linked from the app, every page passes axe, quizzes are real forms', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  const link = (await page.evaluate(() => window.srm.semantics())).find((n) => n.id === 'home.accessible');
  assert.equal(link.href, 'accessible/index.html');
  await page.goto(server.url + 'accessible/index.html');
  await audit(page, 'accessible index');
  const pages = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(pages.includes('quiz-fundamentals.html') && pages.includes('model-aws.html'), pages.join(' '));
  for (const href of pages) {
    await page.goto(server.url + 'accessible/' + href);
    await audit(page, href);
  }
  await page.goto(server.url + 'accessible/quiz-services.html');
  const sections = await page.locator('section').count();
  assert.ok(sections > content('quizzes/services.json').questions.length, 'the questions generated from the model are there too');
  assert.match(await page.locator('main > p').nth(1).textContent(), new RegExp(`^${sections} questions\\. `));
  const generated = page.locator('section', { has: page.getByText(/^Who is responsible for .+ on Amazon .+\?$/) }).first();
  await generated.locator('summary').click();
  assert.match(await generated.locator('details').textContent(), /Answer: (The customer|AWS|Shared between the customer and AWS)\n/);
  const matrix = page.locator('section', { has: page.getByText('For Amazon RDS, mark who owns each control.') });
  assert.equal(await matrix.locator('fieldset fieldset').count(), 5, 'one radio group per control of the matrix question');
  await matrix.locator('summary').click();
  assert.match(await matrix.locator('details').textContent(), /Guest OS patching: AWS/);
  await page.goto(server.url + 'accessible/model-aws.html');
  assert.equal(await page.locator('table').count(), content('assets/models/aws.json').services.length);
  assert.match(await page.locator('#lambda + table').textContent(), /Runtime update mode: Manual/);
  assert.deepEqual(errors, []);
  await context.close();
});
