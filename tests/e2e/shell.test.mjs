// The web shell in Chromium: loading, first render, home content, keyboard, idle gate, resize,
// HiDPI and touch, all against the real built site on a loopback server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveSite, openApp, node, waitForNode, clickNode, settle, screen, content, wholeCatalog } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Distinct colours in a screenshot of the canvas: a blank canvas has one or two.
async function canvasColours(page) {
  const png = await page.locator('#canvas').screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = new OffscreenCanvas(img.width, img.height);
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, img.width, img.height).data;
    const seen = new Set();
    for (let i = 0; i < d.length; i += 16) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return seen.size;
  }, png.toString('base64'));
}

test('loads with no console errors, fills the progress bar and draws the home screen', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  assert.deepEqual(errors, []);
  assert.equal(await page.getAttribute('#progress', 'aria-valuenow'), '100');
  const loading = await page.evaluate(() => window.srm.loading);
  assert.ok(loading.total > 100000, `total bytes ${loading.total}`);
  assert.equal(loading.loaded, loading.total);
  assert.equal(await page.isVisible('#loading'), false);
  assert.ok(await canvasColours(page) > 20, 'the canvas shows a rendered screen, not a blank fill');
  await context.close();
});

test('home lists the responsibility model and the quiz that loaded', async () => {
  const { page, context } = await openApp(browser, server.url);
  // The first view lists everything from the content summary...
  for (const id of ['aws', 'azure', 'gcp']) assert.ok(await node(page, 'home.model.' + id), id);
  // ...and the first input brings the content itself.
  await wholeCatalog(page);
  const state = await page.evaluate(() => window.srm.state());
  assert.equal(state.screen, 'home');
  assert.deepEqual(state.content.models.map((m) => m.id), ['aws', 'azure', 'gcp']);
  assert.equal(state.content.lessons, content('assets/lessons/path.json').lessons.length);
  assert.ok(state.content.quizzes.some((q) => q.id === 'fundamentals'));
  assert.deepEqual(state.content.diagnostics, []);
  assert.equal((await node(page, 'home.model.aws')).label, 'Explore AWS model');
  assert.match((await node(page, 'home.quiz.fundamentals')).label, /^Practice: Fundamentals/);
  assert.equal((await node(page, 'screen.title')).role, 'heading');
  await context.close();
});

test('mouse: clicking real coordinates opens the explorer, Home comes back', async () => {
  const { page, context } = await openApp(browser, server.url);
  await clickNode(page, 'home.model.aws');
  assert.equal(await screen(page), 'explore');
  await clickNode(page, 'explore.service');
  await clickNode(page, 'model.service.rds');
  assert.equal((await node(page, 'model.cell.guest-os-patching')).label, 'Guest OS patching, Amazon RDS: AWS');
  await clickNode(page, 'nav.home');
  assert.equal(await screen(page), 'home');
  await context.close();
});

test('keyboard: Tab moves focus, Enter activates, Escape steps back and then releases focus', async () => {
  const { page, context } = await openApp(browser, server.url);
  const focusedIds = async () => (await page.evaluate(() => window.srm.semantics())).filter((n) => /\bfocused\b/.test(n.state)).map((n) => n.id);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas');
  await page.keyboard.press('Tab');
  await settle(page);
  assert.deepEqual(await focusedIds(), ['home.accessible']);
  await page.keyboard.press('Tab');
  await settle(page);
  assert.deepEqual(await focusedIds(), ['home.line.explore']);   // the line excerpt's only stop
  await page.keyboard.press('Tab');
  await settle(page);
  assert.deepEqual(await focusedIds(), ['home.lessons.next']);
  await page.keyboard.press('Tab');
  await settle(page);
  assert.deepEqual(await focusedIds(), ['home.lessons']);
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal(await screen(page), 'lessons');
  await page.keyboard.press('Escape');
  await settle(page);
  assert.equal(await screen(page), 'home');
  await page.keyboard.press('Escape');
  await settle(page);
  assert.notEqual(await page.evaluate(() => document.activeElement.id), 'canvas', 'focus left the canvas: no keyboard trap');
  await context.close();
});

// Counts `n` of the page's own animation frames (the browser's clock, not the app's).
async function pageFrames(page, n) {
  await page.evaluate((n) => new Promise((resolve) => {
    let k = 0;
    const step = () => (++k < n ? requestAnimationFrame(step) : resolve());
    requestAnimationFrame(step);
  }), n);
}

test('an idle page asks for no animation frames at all, and input wakes it', async () => {
  const { page, context } = await openApp(browser, server.url);
  const before = await page.evaluate(() => window.srm.state().counters);
  await pageFrames(page, 120);   // two seconds of the page's own frames at 60 Hz
  const after = await page.evaluate(() => window.srm.state().counters);
  assert.equal(after.frames - before.frames, 0, 'frames rendered while idle');
  assert.equal(after.ticks - before.ticks, 0, 'animation-frame callbacks while idle');
  await page.mouse.move(200, 200);
  await page.waitForFunction((frames) => window.srm.state().counters.frames > frames, after.frames);   // a mouse move renders frames
  await settle(page);
  await pageFrames(page, 60);   // the hover hold and the settle frames run out
  const asleep = await page.evaluate(() => window.srm.state().counters);
  await pageFrames(page, 60);
  assert.equal((await page.evaluate(() => window.srm.state().counters)).ticks, asleep.ticks, 'asleep again after the settle frames');
  await context.close();
});

test('a running quiz clock wakes the idle page once a second, with no animation frames in between', async () => {
  const { page, context } = await openApp(browser, server.url + '?view=quiz', { viewport: { width: 1280, height: 2400 } });
  await clickNode(page, 'quizzes.exam.fundamentals');   // an exam with a 20-minute limit
  assert.equal(await screen(page), 'quiz');
  await settle(page);
  const start = await page.evaluate(() => window.srm.state().counters);
  // Nobody touches the page: the time limit's clock alone draws new frames.
  await page.waitForFunction((frames) => window.srm.state().counters.frames >= frames + 2, start.frames, { timeout: 20000 });
  const c = await page.evaluate(() => window.srm.state().counters);
  assert.ok(c.ticks - start.ticks < 30, `animation-frame callbacks for two clock redraws: ${c.ticks - start.ticks}`);
  await context.close();
});

test('resizing the window re-lays out the canvas and the widgets', async () => {
  const { page, context } = await openApp(browser, server.url);
  const wide = await node(page, 'home.intro');
  await page.setViewportSize({ width: 480, height: 640 });
  await page.waitForFunction(() => window.srm.state().canvas.css_width === 480);
  await settle(page);
  const narrow = await node(page, 'home.intro');
  assert.ok(narrow.rect.w < wide.rect.w, `intro width ${wide.rect.w} -> ${narrow.rect.w}`);
  assert.ok(narrow.rect.h > wide.rect.h, 'the intro wraps onto more lines');
  assert.ok(narrow.rect.x + narrow.rect.w <= 480);
  await context.close();
});

test('HiDPI: the backbuffer is CSS size x devicePixelRatio and rects stay in CSS pixels', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: { width: 800, height: 600 }, deviceScaleFactor: 2 });
  const size = await page.evaluate(() => ({ w: document.getElementById('canvas').width, h: document.getElementById('canvas').height }));
  assert.deepEqual(size, { w: 1600, h: 1200 });
  const state = await page.evaluate(() => window.srm.state());
  assert.equal(state.canvas.pixel_ratio, 2);
  const title = await node(page, 'screen.title');
  assert.ok(title.rect.x < 800 && title.rect.w < 800, 'semantic rects are CSS pixels');
  await clickNode(page, 'home.model.aws');
  assert.equal(await screen(page), 'explore');
  await context.close();
});

test('touch: a tap acts on the first touch', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.srm && window.srm.ready);
  await settle(page);
  // The line excerpt's button: on a phone the model cards sit below the fold, under it.
  const n = await waitForNode(page, 'home.line.explore');
  assert.ok(n.rect.y + n.rect.h <= 844, 'the button is on screen');
  await page.touchscreen.tap(n.rect.x + n.rect.w / 2, n.rect.y + n.rect.h / 2);
  await page.waitForFunction(() => window.srm.state().screen === 'explore');
  await context.close();
});

test('usable in a 400x300 iframe: the app fits, keyboard works and Escape hands focus back', async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  await page.setContent(`<button id="before">before</button><iframe id="f" src="${server.url}" width="400" height="300" style="border:0"></iframe><button id="after">after</button>`);
  const frame = page.frameLocator('#f');
  const f = page.frames().find((fr) => fr.url().startsWith(server.url));
  await f.waitForFunction(() => window.srm && window.srm.ready);
  assert.notEqual(await f.evaluate(() => document.activeElement.id), 'canvas', 'an embedded app does not steal focus');
  const state = await f.evaluate(() => window.srm.state());
  assert.equal(state.canvas.css_width, 400);
  assert.equal(state.canvas.css_height, 300);
  await frame.locator('#canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Tab');   // the accessible version's link
  await f.waitForFunction(() => window.srm.semantics().some((n) => n.id === 'home.accessible' && /\bfocused\b/.test(n.state)));
  await page.keyboard.press('Tab');
  await f.waitForFunction(() => window.srm.semantics().some((n) => n.id === 'home.line.explore' && /\bfocused\b/.test(n.state)));
  await page.keyboard.press('Tab');
  await f.waitForFunction(() => window.srm.semantics().some((n) => n.id === 'home.lessons.next' && /\bfocused\b/.test(n.state)));
  await page.keyboard.press('Enter');
  await f.waitForFunction(() => window.srm.state().screen === 'lesson');
  await page.keyboard.press('Escape');
  await f.waitForFunction(() => window.srm.state().screen === 'lessons');
  await page.keyboard.press('Escape');
  await f.waitForFunction(() => window.srm.state().screen === 'home');
  await page.keyboard.press('Escape');
  await f.waitForFunction(() => document.activeElement.id !== 'canvas');
  await context.close();
});
