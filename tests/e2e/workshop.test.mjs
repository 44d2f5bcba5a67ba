// A workshop without a server, in Chromium: the facilitator sets up a room (code, join link and a
// QR code from the npm qrcode encoder), three participants join by link on their own "devices",
// answer every question and get results codes, and the facilitator's room summary adds up the
// pasted codes, rejects the bad lines with reasons, and downloads the CSV.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launch, serveSite, openApp, node, clickNode, settle, waitForNode } from './browser.mjs';

const require = createRequire(import.meta.url);
const QRCode = require('qrcode');

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const state = (page) => page.evaluate(() => window.srm.state());
const semantics = (page) => page.evaluate(() => window.srm.semantics());

// Answers the current question by mouse: the first choice of each group, the first owner of
// each item or row (right or wrong does not matter here), then "Check answer" and "Next".
async function answerByMouse(page) {
  const ids = (await semantics(page)).map((n) => n.id);
  for (const prefix of ['quiz.', ...[0, 1, 2, 3].map((p) => `quiz.part.${p}.`)]) {
    const choice = ids.find((id) => id.startsWith(prefix + 'choice.'));
    if (choice) await clickNode(page, choice);
  }
  for (const id of ids) if (/^quiz\.(part\.\d+\.)?(item|row)\.\d+\.owner\.0$/.test(id)) await clickNode(page, id);
  await clickNode(page, 'quiz.submit');
  await clickNode(page, 'quiz.next');
}

async function participant(code, nickname) {
  const { page, context, errors } = await openApp(browser, `${server.url}?room=${code}`, { viewport: { width: 900, height: 1400 } });
  assert.equal((await state(page)).screen, 'join');
  // Pasted, so that accented nicknames arrive whole (typing é needs a French keyboard).
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  await page.evaluate((t) => navigator.clipboard.writeText(t), nickname);
  await clickNode(page, 'join.nickname');
  await page.keyboard.press('Control+V');
  await settle(page);
  await clickNode(page, 'join.start');
  let s = await state(page);
  assert.equal(s.screen, 'quiz');
  assert.equal(s.room.participant, true);
  for (let i = 0; i < 10 && !s.quiz.finished; ++i) {
    await answerByMouse(page);
    s = await state(page);
  }
  assert.ok(s.quiz.finished, `${nickname} finished the quiz`);
  const codeNode = await waitForNode(page, 'quiz.room.code');
  assert.match(codeNode.label, new RegExp(`^SRMW1\\|${code}\\|${nickname}\\|`));
  assert.deepEqual(errors, []);
  await context.close();
  return { code: codeNode.label, percent: Math.round((s.quiz.score / s.quiz.max_score) * 100), questions: s.quiz.questions };
}

test('three participants take the room quiz; the room summary adds up their codes and exports CSV', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: { width: 1280, height: 2200 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  await clickNode(page, 'home.workshop');
  await clickNode(page, 'workshop.quiz.fundamentals');
  await clickNode(page, 'workshop.count.0');
  let s = await state(page);
  assert.equal(s.screen, 'workshop');
  assert.equal(s.room.quiz, 'fundamentals');
  assert.equal(s.room.count, 5);
  const code = s.room.code;
  assert.match(code, /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  assert.equal(s.room.join_link, `${server.url}?room=${code}`);
  // The QR code is the npm encoder's matrix for the join link, drawn by the app.
  await page.waitForFunction(() => window.srm.state().room.qr > 0, null, { timeout: 10000 });
  s = await state(page);
  assert.equal(s.room.qr, QRCode.create(s.room.join_link, { errorCorrectionLevel: 'M' }).modules.size);
  assert.equal((await node(page, 'room.qr')).label, `QR code of the join link ${s.room.join_link}`);

  const people = [];
  for (const nickname of ['Ana', 'Ben', 'Chloé']) people.push(await participant(code, nickname));
  assert.deepEqual(people[0].questions, people[1].questions, 'everyone gets the same questions in the same order');
  assert.deepEqual(people[1].questions, people[2].questions);
  assert.equal(people[0].questions.length, 5);

  // The facilitator pastes every code at once, with a duplicate and a stray line.
  await clickNode(page, 'workshop.summary');
  const pasted = [people[0].code, people[1].code, people[0].code, 'see you tomorrow', people[2].code].join('\n');
  await page.evaluate((t) => navigator.clipboard.writeText(t), pasted);
  await clickNode(page, 'summary.codes');
  await page.keyboard.press('Control+V');
  await settle(page);
  s = await state(page);
  assert.deepEqual(s.room.summary.participants.map((p) => p.nickname), ['Ana', 'Ben', 'Chloé']);
  assert.deepEqual(s.room.summary.participants.map((p) => p.percent), people.map((p) => p.percent));
  assert.deepEqual(s.room.summary.rejected, [
    { line: 3, reason: 'a duplicate of line 1' },
    { line: 4, reason: 'not a workshop results code (those start with SRMW)' },
  ]);
  assert.equal((await node(page, 'summary.rejected.0')).label, 'Line 3: a duplicate of line 1');
  assert.ok(await node(page, 'summary.hardest.0'), 'the hardest questions are listed');
  assert.equal(await node(page, 'summary.leaderboard.0'), null, 'no leaderboard unless asked for');

  const [download] = await Promise.all([page.waitForEvent('download'), clickNode(page, 'summary.download')]);
  assert.equal(download.suggestedFilename(), `room-${code}.csv`);
  const csv = await fs.readFile(await download.path(), 'utf8');
  const rows = csv.trim().split('\r\n').map((r) => r.split(',').map((f) => f.replace(/^"|"$/g, '')));   // text fields are quoted
  assert.equal(rows.length, 5);
  assert.deepEqual(rows[0].slice(0, 4), ['nickname', 'score', 'max', 'percent']);
  assert.deepEqual(rows[0].slice(4).map((h) => h.split(' ')[1]), people[0].questions);
  assert.deepEqual(rows.slice(1, 4).map((r) => [r[0], Number(r[3])]), people.map((p, i) => [['Ana', 'Ben', 'Chloé'][i], p.percent]));
  assert.equal(rows[4][0], '(room mean)');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the presenter view shows one question at a time, reveals the answer and runs a timer', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: { width: 1280, height: 900 } });
  await clickNode(page, 'home.workshop');
  await clickNode(page, 'workshop.timer.2');   // 60 s
  const code = (await state(page)).room.code;
  await page.goto(`${server.url}?room=${code}&mode=present`);
  await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  await settle(page);
  let s = await state(page);
  assert.equal(s.screen, 'present');
  assert.equal(s.room.present.position, -1);
  // Type for the back of the room: the fonts are rebuilt larger.
  const body = await node(page, 'present.join');
  await clickNode(page, 'present.next');
  assert.equal((await node(page, 'present.progress')).label.startsWith('Question 1 of '), true);
  const prompt = await node(page, 'present.prompt');
  assert.ok(prompt.rect.h > 40, 'the question is in large type');
  assert.ok(body.rect.h > 0);
  assert.equal((await semantics(page)).some((n) => n.label.startsWith('\u2713')), false, 'no answer shown before the reveal');
  await clickNode(page, 'present.reveal');
  assert.equal((await semantics(page)).some((n) => n.label.startsWith('\u2713')), true, 'the answer is marked after the reveal');
  await clickNode(page, 'present.timer.toggle');
  // The timer counts down on its own (the app draws once a second while it runs).
  await page.waitForFunction(() => /^0:5[0-8] left$/.test(window.srm.semantics().find((n) => n.id === 'present.timer')?.label),
    null, { timeout: 8000 });
  await clickNode(page, 'present.timer.toggle');
  assert.match((await node(page, 'present.timer')).label, /^0:5\d \(paused\)$/);
  await page.keyboard.press('PageDown');
  await settle(page);
  assert.ok((await node(page, 'present.progress')).label.startsWith('Question 2 of '));
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone, tapping the nickname box opens a real input, so the on-screen keyboard can type accents', async () => {
  const { page: setup, context: setupContext } = await openApp(browser, server.url);
  await clickNode(setup, 'home.workshop');
  const code = (await state(setup)).room.code;
  await setupContext.close();
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}?room=${code}`);
  await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  await settle(page);
  const box = await page.locator('#canvas').boundingBox();
  const field = await node(page, 'join.nickname');
  await page.touchscreen.tap(box.x + field.rect.x + field.rect.w / 2, box.y + field.rect.y + field.rect.h / 2);
  await settle(page);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Your nickname for this room');
  await page.keyboard.type('Zoé');
  await settle(page);
  assert.equal((await node(page, 'join.nickname')).value, 'Zoé');
  const start = await node(page, 'join.start');
  await page.touchscreen.tap(box.x + start.rect.x + start.rect.w / 2, box.y + start.rect.y + start.rect.h / 2);
  await settle(page);
  const s = await state(page);
  assert.equal(s.screen, 'quiz');
  assert.equal(s.room.nickname, 'Zoé');
  assert.deepEqual(errors, []);
  await context.close();
});
