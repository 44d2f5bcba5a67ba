// The LMS packages against real runtimes: each zip that make dist writes is unpacked as a platform
// would, and launched from a platform page that hosts scorm-again's SCORM 1.2 or 2004 runtime
// (tests/e2e/lms-host.html); the CMI data is checked after a passed and a failed quiz, and a reload
// resumes the quiz from the suspend data. The cmi5 package is launched with the cmi5 parameters
// against a recording xAPI endpoint on loopback; its statements are checked with Learning
// Locker's xAPI validator and must come in the cmi5 order. Without a platform, an LRS named in
// the link receives an answered statement per question and a completed one per quiz.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, settle, ROOT, SITE, content } from './browser.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { startRecordingLrs } from './lrs.mjs';

let browser, server, lrs, work;
before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-lms-'));
  // The packages exactly as make dist writes them, from the site under test.
  execFileSync('/usr/bin/python3', ['-c', 'import sys; sys.path.insert(0, sys.argv[1]); from make_lms_packages import write_packages; '
    + 'write_packages(sys.argv[2], sys.argv[3], sys.argv[4])', path.join(ROOT, 'scripts'), ROOT, SITE, path.join(work, 'zips')]);
  for (const name of ['scorm12', 'scorm2004', 'cmi5'])
    execFileSync('/usr/bin/python3', ['-m', 'zipfile', '-e', path.join(work, 'zips', `srm-trainer-${name}.zip`), path.join(work, name)]);
  fs.cpSync(path.join(ROOT, 'node_modules/scorm-again/dist'), path.join(work, 'scorm-again'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'tests/e2e/lms-host.html'), path.join(work, 'platform.html'));
  server = await startServer({ root: work, port: 0 });
  lrs = await startRecordingLrs();
  browser = await launch();
});
after(async () => {
  await browser?.close(); await server?.close(); await lrs?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const QUIZ = content('quizzes/fundamentals.json');
const QUESTIONS = Object.fromEntries(QUIZ.questions.map((q) => [q.id, q]));
// A seed of the services quiz whose first question is generated.
const GENERATED_FIRST_SEED = '5';

// Opens the platform page on one item and waits for the app in its frame to start.
async function openPlatform(query) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + 'platform.html?' + query);
  const frame = await appFrame(page);
  return { context, page, frame, errors };
}
async function appFrame(page) {
  const handle = await page.waitForSelector('#sco');
  await page.waitForFunction(() => document.getElementById('sco').src !== '');
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => window.srm && window.srm.ready === true, null, { timeout: 30000 });
  await settle(frame);
  return frame;
}

// Activates a widget as the accessibility mirror does (a screen reader's click), and waits for
// the app to show the result.
async function activate(frame, id) {
  await frame.evaluate((id) => {
    const M = window.Module, bytes = new TextEncoder().encode(id), p = M._malloc(bytes.length + 1);
    M.HEAPU8.set(bytes, p); M.HEAPU8[p + bytes.length] = 0;
    M._srm_activate(p); M._free(p);
  }, id);
}

// Answers the current question right (choices from the quiz file) or wrong, and submits it.
async function answer(frame, right) {
  const s = await frame.evaluate(() => window.srm.state());
  const q = QUESTIONS[s.quiz.questions[s.quiz.question]];
  const nodes = await frame.evaluate(() => window.srm.semantics());
  const picks = [];
  if (q && ['single', 'multiple', 'true-false'].includes(q.type)) {
    const texts = q.type === 'true-false' ? ['True', 'False'] : q.choices;
    const keys = q.type === 'true-false' ? [q.key ? 0 : 1] : q.type === 'single' ? [q.key] : q.key;
    for (const i of right ? keys : [texts.findIndex((_, i) => !keys.includes(i))]) {
      const n = nodes.find((n) => /^quiz\.choice\.\d+$/.test(n.id) && n.label === texts[i]);
      assert.ok(n, `a choice labelled ${texts[i]}`);
      picks.push(n.id);
    }
  } else {
    for (const n of nodes) if (/^quiz\.(part\.\d+\.)?((item|row)\.\d+\.owner\.0|choice\.0)$/.test(n.id)) picks.push(n.id);
  }
  for (const id of picks) {
    await activate(frame, id);
    await frame.waitForFunction((id) => /\bchecked\b/.test(window.srm.semantics().find((n) => n.id === id)?.state || ''), id);
  }
  await activate(frame, 'quiz.submit');
  // An exam moves on; practice shows the feedback on the same question.
  await frame.waitForFunction((at) => { const q = window.srm.state().quiz; return q.finished || q.question > at || q.answered; }, s.quiz.question);
  await settle(frame);   // the next question drawn, so its widgets are in the semantics
}
async function answerAll(frame, right) {
  while (!(await frame.evaluate(() => window.srm.state().quiz.finished))) await answer(frame, right);
}

const cmi = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.platform.version === '1.2' ? window.API.cmi : window.API_1484_11.cmi)));

for (const version of ['1.2', '2004']) {
  const pkg = version === '1.2' ? 'scorm12' : 'scorm2004';

  test(`SCORM ${version}: a passed quiz reports passed, the score, one interaction per question and the session time`, async () => {
    const { context, page, frame, errors } = await openPlatform(`pkg=${pkg}&item=item-quiz-fundamentals&version=${version}`);
    assert.equal((await frame.evaluate(() => window.srm.state())).quiz.mode, 'exam');
    assert.equal(await frame.evaluate(() => window.srmLms.standard()), version);
    await answerAll(frame, true);
    const asked = (await frame.evaluate(() => window.srm.state())).quiz;
    await page.waitForFunction((v) => (v === '1.2' ? window.API.cmi.core.lesson_status : window.API_1484_11.cmi.success_status) === 'passed', version);
    const data = await cmi(page);
    const scaled = asked.score / asked.max_score;
    assert.ok(!(await frame.evaluate(() => window.srm.semantics())).some((n) => n.id === 'quiz.certificate'),
      'the platform records the pass: no certificate offered');
    const interactions = Object.values(data.interactions);
    assert.equal(interactions.length, asked.questions.length);
    for (const record of interactions) {   // every field accepted by the runtime, whatever the question type
      assert.ok((version === '1.2' ? record.student_response : record.learner_response) !== '', record.id);
      assert.ok(['correct', 'wrong', 'incorrect'].includes(record.result), record.id);
    }
    assert.equal(JSON.stringify(Object.values(interactions[asked.questions.indexOf('sort-basics')].correct_responses)),
      JSON.stringify([{ pattern: version === '1.2' ? 'a.p,b.c,c.p,d.c,e.c' : 'a[.]provider[,]b[.]customer[,]c[.]provider[,]d[.]customer[,]e[.]customer' }]));
    const kept = JSON.parse(data.suspend_data);
    assert.ok(data.suspend_data.length <= (version === '1.2' ? 4096 : 64000));
    assert.equal(kept.p, await frame.evaluate(() => window.srm.state().progress_code));
    if (version === '1.2') {
      assert.equal(Number(data.core.score.raw), Math.round(scaled * 10000) / 100);
      assert.equal(data.core.score.max, '100');
      assert.equal(data.core.exit, '');
    } else {
      assert.equal(data.completion_status, 'completed');
      assert.equal(Number(data.score.scaled), Math.round(scaled * 10000) / 10000);
      assert.equal(data.score.min, '0');
      assert.equal(data.exit, 'normal');
    }
    // A single-choice question answered right: its id, type, response, result and correct response.
    const i = asked.questions.indexOf('of-vs-in');
    const record = interactions[i];
    assert.equal(record.type, 'choice');
    assert.equal(record.result, 'correct');
    assert.equal(version === '1.2' ? record.student_response : record.learner_response, 'a');
    assert.equal(record.correct_responses[0].pattern, 'a');
    assert.match(record.id, /of-vs-in$/);
    const tf = interactions[asked.questions.indexOf('data-always-customer')];
    assert.equal(tf.type, 'true-false');
    assert.equal(tf.correct_responses[0].pattern, version === '1.2' ? 't' : 'true');
    assert.equal(interactions[asked.questions.indexOf('stack-order')].type, 'sequencing');
    assert.equal(interactions[asked.questions.indexOf('sort-basics')].type, 'matching');
    // Closing the activity commits the session time and terminates.
    await page.evaluate(() => document.getElementById('sco').remove());
    await page.waitForFunction(() => window.platform.finished);
    const closed = await cmi(page);
    assert.notEqual(version === '1.2' ? closed.core.session_time : closed.session_time, version === '1.2' ? '00:00:00' : 'PT0S');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`SCORM ${version}: a failed quiz reports failed with wrong interactions`, async () => {
    const { context, page, frame } = await openPlatform(`pkg=${pkg}&item=item-quiz-fundamentals&version=${version}`);
    await answerAll(frame, false);
    await page.waitForFunction((v) => (v === '1.2' ? window.API.cmi.core.lesson_status : window.API_1484_11.cmi.success_status) === 'failed', version);
    const data = await cmi(page);
    const record = Object.values(data.interactions).find((x) => /of-vs-in$/.test(x.id));
    assert.equal(record.result, version === '1.2' ? 'wrong' : 'incorrect');
    await context.close();
  });
}

for (const version of ['1.2', '2004']) test(`SCORM ${version}: a reload resumes the quiz at the same question from the suspend data alone`, async () => {
  const { context, page, frame } = await openPlatform(`pkg=${version === '1.2' ? 'scorm12' : 'scorm2004'}&item=item-quiz-fundamentals&version=${version}`);
  const asked = (await frame.evaluate(() => window.srm.state())).quiz.questions;
  await answer(frame, true);
  await answer(frame, true);
  const kept = JSON.parse(await page.evaluate(() => (window.API || window.API_1484_11).cmi.suspend_data));
  assert.equal(typeof kept.r, 'string');
  assert.equal(await frame.evaluate(() => localStorage.getItem('srm-trainer.v1.run')), null);   // the platform keeps it
  await page.reload();
  const again = await appFrame(page);
  const s = (await again.evaluate(() => window.srm.state())).quiz;
  assert.equal(s.question, 2);
  assert.deepEqual(s.questions, asked);
  await context.close();
});

test('SCORM 1.2: the explorer and lessons activity is completed on launch; the manifest carries each quiz\'s mastery score', async () => {
  const { context, page, frame } = await openPlatform('pkg=scorm12&item=item-explorer&version=1.2');
  await page.waitForFunction(() => window.API.cmi.core.lesson_status === 'completed');
  assert.equal(await frame.evaluate(() => window.srm.state().screen), 'home');
  await context.close();
  const manifest = fs.readFileSync(path.join(work, 'scorm12/imsmanifest.xml'), 'utf8');
  assert.match(manifest, /<adlcp:masteryscore>70<\/adlcp:masteryscore>/);
});

test('cmi5: initialized, answered per question, passed, completed and terminated, each a valid xAPI statement, in that order', async () => {
  const params = lrs.launch('https://srm-trainer.example.org/lms/course/au/quiz-fundamentals', 0.7);
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const xml = fs.readFileSync(path.join(work, 'cmi5/cmi5.xml'), 'utf8');
  const url = /<au id="[^"]+\/quiz-fundamentals"[^>]*>[\s\S]*?<url>([^<]+)<\/url>/.exec(xml)[1].replace(/&amp;/g, '&');
  await page.goto(server.url + 'cmi5/' + url + '&' + params);
  await page.waitForFunction(() => window.srm && window.srm.ready === true, null, { timeout: 30000 });
  await settle(page);
  assert.equal(await page.evaluate(() => window.srmLms.standard()), 'cmi5');
  const frame = page.mainFrame();
  const count = (await page.evaluate(() => window.srm.state())).quiz.questions.length;
  await answerAll(frame, true);
  await lrs.waitFor((s) => s.some((x) => x.verb.id.endsWith('/completed')));
  await page.goto('about:blank');   // the page closes
  await lrs.waitFor((s) => s.some((x) => x.verb.id.endsWith('/terminated')));
  const verbs = lrs.statements.map((s) => s.verb.id.split('/').pop());
  assert.deepEqual(verbs, ['initialized', ...Array(count).fill('answered'), 'passed', 'completed', 'terminated']);
  for (const s of lrs.statements) assert.deepEqual(lrs.problems(s), [], JSON.stringify(s));
  const passed = lrs.statements.find((s) => s.verb.id.endsWith('/passed'));
  assert.equal(passed.result.success, true);
  assert.ok(passed.result.score.scaled >= 0.7);
  const answered = lrs.statements.find((s) => s.verb.id.endsWith('/answered') && s.object.id.endsWith('/question/of-vs-in'));
  assert.equal(answered.object.definition.interactionType, 'choice');
  assert.equal(answered.result.response, 'a');
  assert.deepEqual(answered.object.definition.correctResponsesPattern, ['a']);
  await context.close();
});

test('xAPI without a platform: an LRS named in the link gets each answer and the completed quiz', async () => {
  lrs.forget();
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const link = new URLSearchParams({ quiz: 'fundamentals', mode: 'exam', lrs_endpoint: lrs.endpoint, lrs_auth: lrs.auth, lrs_actor: 'learner@example.org' });
  await page.goto(server.url + 'scorm12/index.html?' + link);
  await page.waitForFunction(() => window.srm && window.srm.ready === true, null, { timeout: 30000 });
  await settle(page);
  assert.equal(await page.evaluate(() => window.srmLms.standard()), 'xapi');
  assert.deepEqual(await page.evaluate(() => window.srm.state().notices), []);   // the LRS parameters never reach the app
  const count = (await page.evaluate(() => window.srm.state())).quiz.questions.length;
  await answerAll(page.mainFrame(), false);
  await lrs.waitFor((s) => s.some((x) => x.verb.id.endsWith('/completed')));
  assert.deepEqual(lrs.statements.map((s) => s.verb.id.split('/').pop()), [...Array(count).fill('answered'), 'completed']);
  for (const s of lrs.statements) assert.deepEqual(lrs.problems(s), [], JSON.stringify(s));
  const completed = lrs.statements.at(-1);
  assert.equal(completed.result.success, false);
  assert.equal(completed.actor.mbox, 'mailto:learner@example.org');
  await context.close();
});

test('xAPI: a question generated from a model is reported with its prompt and its correct response', async () => {
  lrs.forget();
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const link = new URLSearchParams({ quiz: 'services', seed: GENERATED_FIRST_SEED, lrs_endpoint: lrs.endpoint, lrs_auth: lrs.auth, lrs_actor: 'learner@example.org' });
  await page.goto(server.url + 'scorm12/index.html?' + link);
  await page.waitForFunction(() => window.srm && window.srm.ready === true, null, { timeout: 30000 });
  await settle(page);
  const run = (await page.evaluate(() => window.srm.state())).quiz;
  const asked = run.questions[run.question];
  assert.match(asked, /^gen-/, 'the seed asks a generated question first');
  await answer(page.mainFrame(), false);   // the first choice shown
  const about = (x) => x.object.id.endsWith('/question/' + asked);
  await lrs.waitFor((all) => all.some(about));
  const statement = lrs.statements.find(about);
  const cell = content('assets/models/aws.json').cells.find((c) => asked === `gen-aws-${c.service}-${c.control}`);
  const letter = 'abc'.charAt(['customer', 'provider', 'shared'].indexOf(cell.owner));
  assert.equal(statement.object.definition.interactionType, 'choice');
  assert.deepEqual(statement.object.definition.correctResponsesPattern, [letter]);
  assert.equal(statement.result.success, statement.result.response === letter);
  assert.match(Object.values(statement.object.definition.description)[0], /^Who is responsible for .+\?$/);
  await context.close();
});

test('outside a platform nothing changes: no LMS layer at work, no extra downloads', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(server.url + 'scorm12/index.html?quiz=fundamentals');
  await page.waitForFunction(() => window.srm && window.srm.ready === true, null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => typeof window.srmLms), 'undefined', 'a top-level page with no launch parameters runs no LMS layer');
  assert.equal(await page.evaluate(() => window.srm.state().look.parent_origin), '');
  assert.deepEqual(fetched.filter((p) => /lms|vendor\//.test(p)), [], 'nor downloads it');
  await context.close();
});
