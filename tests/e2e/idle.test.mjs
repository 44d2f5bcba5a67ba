// The frame loop sleeps when nothing changes, and every kind of wake-up draws what it should:
// for each one the app is first asleep (no animation frame pending, its ticks stand still), the
// wake-up comes, the change shows in the semantic nodes, and the app goes back to sleep.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveSite, openApp, node, waitForNode, clickNode, settle } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const counters = (page) => page.evaluate(() => window.srm.state().counters);

// Counts `n` of the page's own animation frames (the browser's clock, not the app's).
async function pageFrames(page, n) {
  await page.evaluate((n) => new Promise((resolve) => {
    let k = 0;
    const step = () => (++k < n ? requestAnimationFrame(step) : resolve());
    requestAnimationFrame(step);
  }), n);
}

// Waits until the app has no animation frame pending, then checks that its ticks stand still
// over ten of the page's frames.
async function asleep(page) {
  // Asleep: no frame pending and no content on its way after the first view.
  await page.waitForFunction(() => !window.srm.state().counters.awake && window.srm.state().content_stage !== 'loading', null, { timeout: 20000 });
  const before = await counters(page);
  await pageFrames(page, 10);
  const now = await counters(page);
  assert.equal(now.ticks, before.ticks, 'no animation-frame callback while asleep');
  assert.equal(now.awake, false);
  return now;
}

const hasState = (page, id, flag) => page.waitForFunction(([id, flag]) =>
  new RegExp('\\b' + flag + '\\b').test(window.srm.semantics().find((n) => n.id === id)?.state || ''), [id, flag]);

test('after five idle seconds no animation-frame callback has run', async () => {
  const { page, context } = await openApp(browser, server.url);
  const before = await asleep(page);
  await pageFrames(page, 300);   // five seconds of the page's own frames at 60 Hz
  const after = await counters(page);
  assert.equal(after.ticks, before.ticks);
  assert.equal(after.frames, before.frames);
  await context.close();
});

test('mouse: a pointer over a button wakes the app, which draws it hovered and sleeps again', async () => {
  const { page, context } = await openApp(browser, server.url);
  const before = await asleep(page);
  const n = await node(page, 'home.lessons');
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.move(box.x + n.rect.x + n.rect.w / 2, box.y + n.rect.y + n.rect.h / 2);
  await hasState(page, 'home.lessons', 'hovered');
  const after = await asleep(page);
  assert.ok(after.frames > before.frames);
  await context.close();
});

test('touch: a tap wakes the app, which opens the page and sleeps again', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.srm && window.srm.ready);
  await asleep(page);
  const n = await waitForNode(page, 'home.line.explore');
  await page.touchscreen.tap(n.rect.x + n.rect.w / 2, n.rect.y + n.rect.h / 2);
  await page.waitForFunction(() => window.srm.state().screen === 'explore');
  await waitForNode(page, 'explore.line');
  await asleep(page);
  await context.close();
});

test('keyboard: Tab wakes the app, which draws the focus and sleeps again', async () => {
  const { page, context } = await openApp(browser, server.url);
  await asleep(page);
  await page.keyboard.press('Tab');
  await hasState(page, 'home.accessible', 'focused');
  await asleep(page);
  await context.close();
});

test('resize: a narrower window wakes the app, which lays out again and sleeps', async () => {
  const { page, context } = await openApp(browser, server.url);
  await asleep(page);
  const wide = await node(page, 'home.intro');
  await page.setViewportSize({ width: 480, height: 640 });
  await page.waitForFunction(() => window.srm.state().canvas.css_width === 480);
  await page.waitForFunction((w) => window.srm.semantics().find((n) => n.id === 'home.intro').rect.w < w, wide.rect.w);
  await asleep(page);
  await context.close();
});

test('devicePixelRatio: a new pixel ratio wakes the app, which sizes its backbuffer and sleeps', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: { width: 800, height: 600 } });
  await asleep(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 800, height: 600, deviceScaleFactor: 2, mobile: false });
  // An emulated ratio fires no media-query change in headless Chromium, so the test wakes the app
  // the way the page's pixel-ratio watcher does (loader.js).
  await page.waitForFunction(() => window.devicePixelRatio === 2);
  await page.evaluate(() => window.srm.wake());
  await page.waitForFunction(() => window.srm.state().canvas.pixel_ratio === 2);
  await page.waitForFunction(() => document.getElementById('canvas').width === 1600);
  assert.ok((await node(page, 'screen.title')).rect.w < 800, 'the title is laid out in CSS pixels');
  await asleep(page);
  await context.close();
});

test('screen reader: focus on a mirror element wakes the app, which focuses the widget and sleeps', async () => {
  const { page, context } = await openApp(browser, server.url);
  await asleep(page);
  const label = (await node(page, 'home.lessons')).label;
  await page.locator('#srm-mirror').getByRole('button', { name: label, exact: true }).focus();
  await hasState(page, 'home.lessons', 'focused');
  await asleep(page);
  await context.close();
});

test('clock: an exam\'s time limit redraws once a second and the app sleeps in between', async () => {
  const { page, context } = await openApp(browser, server.url + '?view=quiz', { viewport: { width: 1280, height: 2400 } });
  await clickNode(page, 'quizzes.exam.fundamentals');   // an exam with a time limit
  const before = await asleep(page);
  const shown = (await node(page, 'quiz.timer')).label;
  await page.waitForFunction((label) => window.srm.semantics().find((n) => n.id === 'quiz.timer').label !== label, shown, { timeout: 5000 });
  const after = await asleep(page);
  assert.match((await node(page, 'quiz.timer')).label, /^Time left: /);
  assert.ok(after.ticks - before.ticks < 30, `animation-frame callbacks for the clock's redraws: ${after.ticks - before.ticks}`);
  await context.close();
});

test('animation: the line glides to its new place, then the app sleeps', async () => {
  const { page, context } = await openApp(browser, server.url + '?view=explore&cloud=aws&service=ec2', { viewport: { width: 1280, height: 900 } });
  await asleep(page);
  const start = await page.evaluate(() => window.srm.state().explore.line);
  await clickNode(page, 'explore.service');
  await clickNode(page, 'model.service.dynamodb');
  await asleep(page);
  const s = await page.evaluate(() => window.srm.state());
  assert.equal(s.explore.service, 'dynamodb');
  assert.ok(s.explore.line > start, `the line moved up: ${start} -> ${s.explore.line}`);
  assert.match((await node(page, 'explore.line')).label, /^The line for Amazon DynamoDB: /);
  await context.close();
});

test('completion: the QR code computed by the page wakes the app, which draws it and sleeps', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: { width: 1280, height: 2200 } });
  await clickNode(page, 'home.workshop');
  await clickNode(page, 'workshop.quiz.fundamentals');
  await clickNode(page, 'workshop.count.0');   // the room opens; its QR code is asked of the page
  await page.waitForFunction(() => window.srm.state().room.qr > 0, null, { timeout: 10000 });
  await waitForNode(page, 'room.qr');
  await asleep(page);
  await context.close();
});

test('host page: a ping from the parent is answered while the app sleeps on', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const origin = server.url.replace(/\/$/, '');
  await context.route(origin + '/host-page.html', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><meta charset="utf-8">
    <iframe id="f" src="${origin}/?embed=1&parent_origin=${encodeURIComponent(origin)}" style="width:900px;height:700px;border:0"></iframe>
    <script>window.got = []; window.addEventListener('message', (e) => { if (e.data && e.data.type === 'ready') window.got.push(e.data); });</script>` }));
  const page = await context.newPage();
  await page.goto(origin + '/host-page.html');
  const frame = await (await page.$('#f')).contentFrame();
  await frame.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  await settle(frame);
  await asleep(frame);
  await page.evaluate(() => { window.got = []; document.getElementById('f').contentWindow.postMessage({ source: 'srm-host', version: 1, type: 'ping' }, '*'); });
  await page.waitForFunction(() => window.got.length === 1);
  assert.equal(await frame.evaluate(() => window.srm.hostMessages.answered), 1);
  await asleep(frame);
  await context.close();
});
