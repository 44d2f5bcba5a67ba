// Embedding across origins: a host page on one loopback origin embeds the app from another
// (localhost vs 127.0.0.1), receives its events in order with the right score, and embed.js
// sizes each of several iframes to its content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, serveSite, settle } from './browser.mjs';
import { startServer } from '../../scripts/serve.mjs';

let browser, app, host, hostDir;
before(async () => {
  app = await serveSite({ host: '127.0.0.1' });
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-host-'));
  host = await startServer({ root: hostDir, port: 0, host: '127.0.0.1' });
  browser = await launch();
});
after(async () => { await browser?.close(); await app?.close(); await host?.close(); });

test('a cross-origin host page gets the quiz events in order, with the score, and the iframes resize', async () => {
  const hostOrigin = host.url.replace('127.0.0.1', 'localhost').replace(/\/$/, '');
  const appOrigin = app.url.replace(/\/$/, '');
  assert.notEqual(new URL(hostOrigin).origin, new URL(appOrigin).origin);
  const quizSrc = `${appOrigin}/?embed=1&quiz=multi-cloud&seed=4&parent_origin=${encodeURIComponent(hostOrigin)}`;
  const exploreSrc = `${appOrigin}/?embed=1&view=explore&cloud=aws&service=rds`;
  fs.writeFileSync(path.join(hostDir, 'index.html'), `<!doctype html><meta charset="utf-8"><title>Wiki page</title>
    <h1>Team wiki</h1>
    <iframe id="quiz" data-srm-trainer src="${quizSrc}" title="SRM Trainer quiz" style="width:900px;height:300px;border:0"></iframe>
    <iframe id="explore" data-srm-trainer src="${exploreSrc}" title="SRM Trainer explorer" style="width:900px;height:300px;border:0"></iframe>
    <script>
      window.received = [];
      window.addEventListener('message', (e) => { if (e.origin === '${appOrigin}') window.received.push({ frame: e.source === document.getElementById('quiz').contentWindow ? 'quiz' : 'explore', data: e.data }); });
    </script>
    <script src="${appOrigin}/embed.js"></script>`);
  const context = await browser.newContext({ viewport: { width: 1000, height: 3000 } });   // room for both grown iframes
  const page = await context.newPage();
  await page.goto(hostOrigin + '/index.html');
  const quizFrame = await (await page.$('#quiz')).contentFrame();
  await quizFrame.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  // Both iframes grow from 300 px to their content.
  await page.waitForFunction(() => parseInt(document.getElementById('quiz').style.height) > 300 &&
                                   parseInt(document.getElementById('explore').style.height) > 300, null, { timeout: 15000 });

  // Answer every question in the quiz iframe by clicking its widgets.
  // The iframe resizes as content grows: wait until both its height and the app are still.
  const still = async () => {
    for (let last = -1; ;) {
      await settle(quizFrame);
      const h = await page.evaluate(() => document.getElementById('quiz').style.height);
      if (h === last) return;
      last = h;
    }
  };
  const click = async (id) => {
    await still();
    const n = await quizFrame.evaluate((id) => window.srm.semantics().find((x) => x.id === id), id);
    assert.ok(n, `node ${id}`);
    const box = await (await page.$('#quiz')).boundingBox();
    await page.mouse.click(box.x + n.rect.x + n.rect.w / 2, box.y + n.rect.y + n.rect.h / 2);
    await settle(quizFrame);
  };
  const total = (await quizFrame.evaluate(() => window.srm.state())).quiz.questions.length;
  for (let i = 0; i < total; ++i) {
    await quizFrame.waitForFunction((i) => window.srm.state().quiz.question === i, i);
    const nodes = await quizFrame.evaluate(() => window.srm.semantics());
    // A click on the line's diagram places the line on the boundary nearest the click.
    for (const n of nodes.filter((n) => /^quiz\.(part\.\d\.)?choice\.0$/.test(n.id) || /^quiz\.(part\.\d\.)?(item|row)\.\d+\.owner\.0$/.test(n.id) ||
                                     /^quiz\.(part\.\d\.)?line$/.test(n.id)))
      await click(n.id);
    await click('quiz.submit');
    await quizFrame.waitForFunction(() => window.srm.semantics().some((n) => n.id === 'quiz.next'));
    await click('quiz.next');
  }
  await quizFrame.waitForFunction(() => window.srm.state().quiz.finished);
  await page.waitForFunction(() => window.received.some((r) => r.data.type === 'quiz_completed'));
  const events = (await page.evaluate(() => window.received)).filter((r) => r.frame === 'quiz').map((r) => r.data);
  const kinds = events.filter((e) => e.type !== 'resize').map((e) => e.type);
  assert.deepEqual(kinds, ['ready', 'quiz_started', ...Array(total).fill('question_answered'), 'quiz_completed']);
  for (const e of events) { assert.equal(e.source, 'srm-trainer'); assert.equal(e.version, 1); }
  const state = await quizFrame.evaluate(() => window.srm.state());
  const done = events.find((e) => e.type === 'quiz_completed');
  assert.equal(done.quiz, 'multi-cloud');
  assert.equal(done.score.raw, state.quiz.score);
  assert.equal(done.score.max, total);
  assert.equal(done.passed, state.quiz.passed);
  assert.ok(done.duration >= 0);
  const answered = events.filter((e) => e.type === 'question_answered');
  assert.deepEqual(answered.map((e) => e.question), state.quiz.questions);
  assert.ok(answered.every((e) => typeof e.correct === 'boolean' && Array.isArray(e.concepts)));
  // The explorer iframe has no parent_origin: it sent only events without learner data.
  const other = (await page.evaluate(() => window.received)).filter((r) => r.frame === 'explore').map((r) => r.data.type);
  assert.ok(other.length > 0 && other.every((t) => t === 'ready' || t === 'resize'), JSON.stringify(other));
  await context.close();
});

test('messages from the wrong origin or of the wrong shape are ignored', async () => {
  const hostOrigin = host.url.replace('127.0.0.1', 'localhost').replace(/\/$/, '');
  const appOrigin = app.url.replace(/\/$/, '');
  fs.writeFileSync(path.join(hostDir, 'ping.html'), `<!doctype html><meta charset="utf-8">
    <iframe id="f" src="${appOrigin}/?embed=1&parent_origin=${encodeURIComponent('https://elsewhere.example')}" style="width:600px;height:400px"></iframe>
    <iframe id="g" src="${appOrigin}/?embed=1&parent_origin=${encodeURIComponent(hostOrigin)}" style="width:600px;height:400px"></iframe>
    <script>window.got = []; window.addEventListener('message', (e) => { if (e.data && e.data.type === 'ready') window.got.push(e.source === document.getElementById('g').contentWindow ? 'g' : 'f'); });</script>`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(hostOrigin + '/ping.html');
  for (const id of ['#f', '#g']) await (await (await page.$(id)).contentFrame()).waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  await page.waitForFunction(() => window.got.includes('g'));   // g's own "ready"
  await page.evaluate(() => { window.got = []; });
  await page.evaluate(() => {
    for (const id of ['f', 'g']) {
      const w = document.getElementById(id).contentWindow;
      w.postMessage({ source: 'srm-host', version: 1, type: 'ping' }, '*');
      w.postMessage({ source: 'srm-host', version: 2, type: 'ping' }, '*');
      w.postMessage('ping', '*');
    }
  });
  // Each frame counts the messages it answered or ignored: wait for all three, then look.
  for (const id of ['#f', '#g']) {
    const frame = await (await page.$(id)).contentFrame();
    await frame.waitForFunction(() => window.srm.hostMessages.answered + window.srm.hostMessages.ignored >= 3);
  }
  await page.waitForFunction(() => window.got.length >= 1);
  assert.deepEqual(await page.evaluate(() => window.got), ['g'], 'only the frame whose parent_origin is this page answers, once');
  await context.close();
});
