// The certificate in Chromium: a passed quiz outside a learning platform leads to the certificate
// screen; with a name typed, the print media shows the certificate sheet alone (what "Save as
// PDF" writes): the name, the quiz, the score and the verification code, and none of the screen's
// controls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveSite, openApp, settle, content } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const QUIZ = content('quizzes/fundamentals.json');
const QUESTIONS = Object.fromEntries(QUIZ.questions.map((q) => [q.id, q]));

// Calls one of the bridge's entry points that take a node id (and a text), as the mirror does.
async function bridge(page, fn, id, text) {
  await page.evaluate(({ fn, id, text }) => {
    const M = window.Module, put = (s) => { const b = new TextEncoder().encode(s), p = M._malloc(b.length + 1); M.HEAPU8.set(b, p); M.HEAPU8[p + b.length] = 0; return p; };
    const p = put(id), t = text === undefined ? 0 : put(text);
    if (text === undefined) M[fn](p); else M[fn](p, t);
    M._free(p); if (t) M._free(t);
  }, { fn, id, text });
  await settle(page);
}

// Answers the current question with its key where the quiz file gives one (choices), else with
// the first owner of each item; enough to pass the fundamentals quiz.
async function answer(page) {
  const s = await page.evaluate(() => window.srm.state());
  const q = QUESTIONS[s.quiz.questions[s.quiz.question]];
  const nodes = await page.evaluate(() => window.srm.semantics());
  const picks = [];
  if (q && ['single', 'multiple', 'true-false'].includes(q.type)) {
    const texts = q.type === 'true-false' ? ['True', 'False'] : q.choices;
    const keys = q.type === 'true-false' ? [q.key ? 0 : 1] : q.type === 'single' ? [q.key] : q.key;
    for (const i of keys) picks.push(nodes.find((n) => /^quiz\.choice\.\d+$/.test(n.id) && n.label === texts[i]).id);
  } else {
    for (const n of nodes) if (/^quiz\.(part\.\d+\.)?((item|row)\.\d+\.owner\.0|choice\.0)$/.test(n.id)) picks.push(n.id);
  }
  for (const id of picks) await bridge(page, '_srm_activate', id);
  await bridge(page, '_srm_activate', 'quiz.submit');
  await page.waitForFunction((at) => { const q = window.srm.state().quiz; return q.finished || q.question > at; }, s.quiz.question);
  await settle(page);
}

test('a passed quiz prints as a certificate with the name, the score and the verification code', async () => {
  const { page, context, errors } = await openApp(browser, server.url + '?quiz=fundamentals&mode=exam&seed=3', { viewport: { width: 1280, height: 1000 } });
  while (!(await page.evaluate(() => window.srm.state().quiz.finished))) await answer(page);
  const results = await page.evaluate(() => window.srm.semantics());
  assert.match(results.find((n) => n.id === 'quiz.result.title').label, /^Passed: /);
  await bridge(page, '_srm_activate', 'quiz.certificate');
  await page.waitForFunction(() => window.srm.state().screen === 'certificate');
  await bridge(page, '_srm_set_text', 'certificate.name', 'Ada Lovelace');
  await page.waitForFunction(() => window.srm.semantics().some((n) => n.id === 'certificate.sheet.code'));
  await settle(page);

  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => document.body.innerText);
  assert.match(printed, /Certificate of achievement/);
  assert.match(printed, /Ada Lovelace/);
  assert.ok(printed.includes(`passed the quiz "${QUIZ.title}" with a score of`), printed);
  assert.match(printed, /Verification code: SRMC1\|Ada%20Lovelace\|fundamentals\|\d+\|\d{4}-\d\d-\d\d\|aws:\d{4}-\d\d-\d\d\|[0-9a-f]{8}/);
  assert.doesNotMatch(printed, /Print or save as PDF|Back to the results/, 'no controls on paper');
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('canvas')).display), 'none');
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('canvas')).display), 'block');
  assert.deepEqual(errors, []);
  await context.close();
});
