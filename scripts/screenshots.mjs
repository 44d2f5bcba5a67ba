#!/usr/bin/env node
// Screenshots of the main screens, taken from the built site (build/web/site) in headless Chromium
// at a phone's size (390x844 CSS pixels, drawn at 2x) and a desktop's (1920x1080):
// docs/screenshots/<screen>-<phone|desktop>.png. Run by `make screenshots`, which builds the site
// first. Every step waits on the app's own state (window.srm.state(), the semantic nodes) and for
// the frame loop to go idle, never on a fixed delay.
/* global window */
import fs from 'node:fs';
import path from 'node:path';
import { toPalette } from './png-palette.mjs';
import { launch, serveSite, settle, node, clickNode as clickInView, scrollIntoView, content, ROOT } from '../tests/e2e/browser.mjs';

const OUT = path.join(ROOT, 'docs/screenshots');
const SIZES = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'en-US', colorScheme: 'light' },
  desktop: { viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, locale: 'en-US', colorScheme: 'light' },
};
const QUIZ = 'fundamentals';
const SEED = 5;   // a quiz that opens on a question with one right choice
const NICKNAME = 'Ana';

const state = (page) => page.evaluate(() => window.srm.state());
const semantics = (page) => page.evaluate(() => window.srm.semantics());

// Opens a link of the site in a fresh browser context (no saved progress) at one size.
async function open(browser, url, size) {
  const context = await browser.newContext(SIZES[size]);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForFunction(() => window.srm && window.srm.ready === true, null, { timeout: 30000 });
  await settle(page);
  return { page, context, errors };
}

// Closes a context, failing the run if its page reported an error.
async function done({ context, errors }) {
  await context.close();
  if (errors.length) throw new Error(`the page reported errors: ${errors.join('; ')}`);
}

async function untilScreen(page, id) {
  await page.waitForFunction((id) => window.srm.state().screen === id, id, { timeout: 10000 });
  await settle(page);
}

// Clicks a widget however far down a long phone page it is (one scrollIntoView goes 40 notches).
async function clickNode(page, id) {
  const height = page.viewportSize().height;
  for (let i = 0; i < 10; ++i) {
    const n = await scrollIntoView(page, id);
    if (n.rect.y >= 0 && n.rect.y + n.rect.h <= height) break;
  }
  await clickInView(page, id);
}

// Scrolls with the mouse wheel until the widget is near the top of the window, or the page ends.
async function scrollToTop(page, id) {
  const box = await page.locator('#canvas').boundingBox();
  const away = (y) => y < 0 || y > box.height / 10;
  for (let n = await node(page, id), last = null; away(n.rect.y) && n.rect.y !== last; n = await node(page, id)) {
    last = n.rect.y;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, n.rect.y < 0 ? -120 : 120);
    await settle(page);
  }
}

// Takes the picture without a hover highlight: the pointer leaves the canvas first.
async function shoot(page, name, size) {
  await page.mouse.move(0, 0);
  await page.dispatchEvent('#canvas', 'mouseleave');
  await settle(page);
  const file = path.join(OUT, `${name}-${size}.png`);
  fs.writeFileSync(file, toPalette(await page.screenshot()));
  console.log(`${path.relative(ROOT, file)}  ${Math.round(fs.statSync(file).size / 1024)} KB`);
}

// Answers the current question by mouse without checking it: the first choice of each group, the
// first owner of each item or row, a slider placed where it is clicked; an ordering is answered
// as shown. `choice` picks the choice of a single-answer question instead.
async function answer(page, choice) {
  const nodes = await semantics(page);
  const ids = nodes.map((n) => n.id);
  for (const prefix of ['quiz.', ...[0, 1, 2, 3].map((p) => `quiz.part.${p}.`)]) {
    const first = ids.find((id) => id.startsWith(prefix + 'choice.'));
    if (first) await clickNode(page, prefix === 'quiz.' && choice ? choice : first);
  }
  for (const id of ids) if (/^quiz\.(part\.\d+\.)?(item|row)\.\d+\.owner\.0$/.test(id)) await clickNode(page, id);
  for (const n of nodes) if (n.role === 'slider' && n.now === undefined) await clickNode(page, n.id);
}

// A wrong choice of the current question, found by its wording in the quiz file, so that the
// feedback shows the sentence written for that mistake.
async function wrongChoice(page) {
  const s = await state(page);
  const question = content(`quizzes/${QUIZ}.json`).questions.find((q) => q.id === s.quiz.questions[s.quiz.question]);
  const wrong = question.choices.filter((_, i) => i !== question.key && question.choice_feedback?.[i]);
  const nodes = (await semantics(page)).filter((n) => n.id.startsWith('quiz.choice.'));
  return nodes.find((n) => wrong.some((text) => n.label.startsWith(text)))?.id;
}

async function check(page) {
  await clickNode(page, 'quiz.submit');
  await page.waitForFunction(() => window.srm.semantics().some((n) => n.id === 'quiz.feedback.verdict'), null, { timeout: 10000 });
  await settle(page);
}

async function home(browser, url, size) {
  const app = await open(browser, url, size);
  const { page } = app;
  await untilScreen(page, 'home');
  await shoot(page, 'home', size);
  await done(app);
}

// The explorer after choosing a service, as a learner leaves it: the line wherever it then is.
async function explorer(browser, url, size) {
  const app = await open(browser, `${url}?view=explore&cloud=aws`, size);
  const { page } = app;
  await untilScreen(page, 'explore');
  await clickNode(page, 'explore.service');
  await clickNode(page, 'model.service.rds');
  await page.waitForFunction(() => window.srm.state().explore.service === 'rds');
  await settle(page);
  await shoot(page, 'explorer', size);
  await done(app);
}

// One question answered wrongly and checked, then every other question, to the results and
// their review.
async function quiz(browser, url, size) {
  const app = await open(browser, `${url}?quiz=${QUIZ}&seed=${SEED}`, size);
  const { page } = app;
  await untilScreen(page, 'quiz');
  await answer(page, await wrongChoice(page));
  await check(page);
  await shoot(page, 'quiz', size);
  for (let s = await state(page); !s.quiz.finished; s = await state(page)) {
    if (!(await node(page, 'quiz.feedback.verdict'))) {
      await answer(page);
      await check(page);
    }
    await clickNode(page, 'quiz.next');
    await page.waitForFunction((i) => window.srm.state().quiz.finished || window.srm.state().quiz.question > i, s.quiz.question);
    await settle(page);
  }
  await page.waitForFunction(() => window.srm.semantics().some((n) => n.id === 'quiz.review.title'));
  await shoot(page, 'results', size);
  await scrollToTop(page, 'quiz.review.title');
  await shoot(page, 'results-review', size);
  await done(app);
}

// The facilitator's room (code, link, QR code), the presenter view with an answer revealed, and
// a participant who has joined by the link and sees the room's first question.
async function workshop(browser, url, size) {
  const facilitator = await open(browser, url, size);
  await clickNode(facilitator.page, 'home.workshop');
  await untilScreen(facilitator.page, 'workshop');
  await facilitator.page.waitForFunction(() => window.srm.state().room.qr > 0, null, { timeout: 10000 });
  await settle(facilitator.page);
  const code = (await state(facilitator.page)).room.code;
  await scrollIntoView(facilitator.page, 'room.qr');   // a phone shows the settings first
  await shoot(facilitator.page, 'workshop-facilitator', size);
  await done(facilitator);

  const presenter = await open(browser, `${url}?room=${code}&mode=present`, size);
  await untilScreen(presenter.page, 'present');
  await clickNode(presenter.page, 'present.next');
  await clickNode(presenter.page, 'present.reveal');
  await scrollToTop(presenter.page, 'present.back');
  await shoot(presenter.page, 'workshop-presenter', size);
  await done(presenter);

  const participant = await open(browser, `${url}?room=${code}`, size);
  await untilScreen(participant.page, 'join');
  await clickNode(participant.page, 'join.nickname');
  await participant.page.keyboard.type(NICKNAME);
  await participant.page.waitForFunction((v) => window.srm.semantics().find((n) => n.id === 'join.nickname')?.value === v, NICKNAME);
  await clickNode(participant.page, 'join.start');
  await untilScreen(participant.page, 'quiz');
  await shoot(participant.page, 'workshop-participant', size);
  await done(participant);
}

// `node scripts/screenshots.mjs quiz workshop` retakes only those; no names: all of them.
const all = { home, explorer, quiz, workshop };
const takes = process.argv.length > 2 ? process.argv.slice(2).map((name) => all[name]) : Object.values(all);
if (takes.includes(undefined)) throw new Error(`unknown screen; the screens are: ${Object.keys(all).join(', ')}`);
const server = await serveSite();
const browser = await launch();
try {
  fs.mkdirSync(OUT, { recursive: true });
  for (const size of Object.keys(SIZES)) {
    for (const take of takes) await take(browser, server.url, size);
  }
} finally {
  await browser.close();
  await server.close();
}
