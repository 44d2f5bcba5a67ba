// Bad input and broken environments: a malformed or missing content file shows a located error
// in the app while everything else keeps working; a browser without WebAssembly or WebGL2, or a
// failed download of the app, gets a readable error screen with the reason, never a blank page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serveSite, node, clickNode, screen, wholeCatalog, changePack, ROOT } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openWithRoutes(routes, init, query = '') {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  for (const [pattern, handler] of routes) await context.route(pattern, handler);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + query);
  return { context, page, errors };
}

const replaceFile = (name, text) => changePack((files) => files.map(([n, bytes]) => [n, n === name ? Buffer.from(text) : bytes]));

test('a malformed quiz file is named with line:column in the app, and the model still works', async () => {
  const broken = '{\n  "schema_version": 1,\n  "id": "fundamentals",\n  "title": oops\n}\n';
  const { context, page } = await openWithRoutes([replaceFile('quizzes/fundamentals.json', broken)]);
  await page.waitForFunction(() => window.srm && window.srm.ready);
  await wholeCatalog(page);
  const state = await page.evaluate(() => window.srm.state());
  const errs = state.content.diagnostics.filter((d) => d.includes(': error: '));
  assert.equal(errs.length, 1);
  assert.match(errs[0], /^quizzes\/fundamentals\.json:4:12: error: .*\[syntax-error\]$/);
  assert.ok(state.content.diagnostics.includes('assets/lessons/path.json: warning: /lessons/0/quiz: no quiz "fundamentals" was loaded [unknown-quiz]'),
    'lessons say their quiz is missing, once');
  assert.deepEqual(state.content.models.map((m) => m.id), ['aws', 'azure', 'gcp']);
  assert.ok(!state.content.quizzes.some((q) => q.id === 'fundamentals'), 'the broken quiz is not offered');
  assert.ok(state.content.quizzes.length > 0, 'the other quizzes still load');
  assert.match((await node(page, 'errors.title')).label, /1 error\. Everything else still works/);
  const items = (await page.evaluate(() => window.srm.semantics())).filter((n) => n.id.startsWith('errors.item.')).map((n) => n.label);
  assert.ok(items.includes(errs[0]));
  await clickNode(page, 'home.model.aws');
  assert.equal(await screen(page), 'explore');
  await context.close();
});

test('an invalid model field is reported by file, position and JSON pointer', async () => {
  const original = fs.readFileSync(path.join(ROOT, 'assets/models/aws.json'), 'utf8');
  const bad = original.replace('"source": "https://aws.amazon.com/compliance/shared-responsibility-model/"', '"source": "javascript:alert(1)"');
  const { context, page } = await openWithRoutes([replaceFile('assets/models/aws.json', bad)]);
  await page.waitForFunction(() => window.srm && window.srm.ready);
  await wholeCatalog(page);
  const state = await page.evaluate(() => window.srm.state());
  assert.match(state.content.diagnostics[0], /^assets\/models\/aws\.json:\d+:\d+: error: \/source: links must be absolute https:\/\/ URLs.*\[non-https-link\]$/);
  assert.deepEqual(state.content.models.map((m) => m.id), ['azure', 'gcp'], 'the other models still load');
  assert.ok(state.content.quizzes.length > 0, 'the quiz still loads');
  await clickNode(page, 'home.quiz.fundamentals');
  assert.equal(await screen(page), 'quiz');
  await context.close();
});

test('a content pack that cannot be downloaded names each of its files, the pack and the HTTP status', async () => {
  const { context, page } = await openWithRoutes([['**/content.fr.pack', (r) => r.fulfill({ status: 404, body: 'nope' })]], null, '?lang=fr');
  await page.waitForFunction(() => window.srm && window.srm.ready);
  await wholeCatalog(page);
  const state = await page.evaluate(() => window.srm.state());
  const errors = state.content.diagnostics.filter((d) => d.includes(': error: '));
  assert.ok(errors.includes('quizzes/fundamentals.fr.json: error: is in content.fr.pack, which could not be downloaded (HTTP 404) [unreadable-file]'),
    errors.join('\n'));
  assert.ok(errors.includes('assets/models/aws.fr.json: error: is in content.fr.pack, which could not be downloaded (HTTP 404) [unreadable-file]'));
  assert.ok(state.content.quizzes.length > 0, 'the original files still load');
  await context.close();
});

test('a file missing from a content pack is named, and the others load', async () => {
  const { context, page } = await openWithRoutes([changePack((files) => files.filter(([n]) => n !== 'assets/models/aws.json'))]);
  await page.waitForFunction(() => window.srm && window.srm.ready);
  await wholeCatalog(page);
  const state = await page.evaluate(() => window.srm.state());
  assert.deepEqual(state.content.diagnostics.filter((d) => d.includes(': error: ')),
    ['assets/models/aws.json: error: is missing from content.pack [unreadable-file]']);
  assert.deepEqual(state.content.models.map((m) => m.id), ['azure', 'gcp']);
  assert.ok(state.content.quizzes.length > 0);
  await context.close();
});

test('without WebGL2 the page explains why instead of showing a blank canvas', async () => {
  const { context, page } = await openWithRoutes([], () => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : original.call(this, type, ...rest);
    };
  });
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await page.textContent('#error-reason'), /WebGL2/);
  assert.equal(await page.isVisible('#canvas'), false);
  await context.close();
});

test('a shader program the browser cannot link shows the error screen after the first frame, never a blank canvas', async () => {
  // The app does not wait for its shader program before drawing (gl_deferred_link.h); it checks it
  // once the first frame is drawn.
  const { context, page } = await openWithRoutes([], () => {
    const proto = WebGL2RenderingContext.prototype, original = proto.getProgramParameter;
    proto.getProgramParameter = function (program, pname) { return pname === this.LINK_STATUS ? false : original.call(this, program, pname); };
  });
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await page.textContent('#error-reason'), /could not draw with WebGL2: its shader program did not link/);
  assert.equal(await page.isVisible('#canvas'), false);
  await context.close();
});

test('without WebAssembly the page explains why', async () => {
  const { context, page } = await openWithRoutes([], () => { delete window.WebAssembly; });
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await page.textContent('#error-reason'), /WebAssembly/);
  await context.close();
});

test('a failed download of the app shows the reason on the error screen', async () => {
  const { context, page } = await openWithRoutes([['**/app.wasm', (r) => r.fulfill({ status: 503, body: 'busy' })]]);
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await page.textContent('#error-reason'), /app\.wasm could not be downloaded \(HTTP 503\)/);
  await context.close();
});

// Replaces the app's start with `start(realStart)` before the page loads (the loader hands
// window.Module to the app's script, which installs _srm_start on it).
async function replaceStart(context, start) {
  await context.addInitScript(`(() => {
    const replacement = ${start};
    let module;
    Object.defineProperty(window, 'Module', {
      configurable: true,
      get() { return module; },
      set(m) {
        module = m;
        let real;
        Object.defineProperty(m, '_srm_start', { configurable: true, set(f) { real = f; }, get() { return () => replacement(real); } });
      },
    });
  })();`);
}

test('a start that fails on saved data sets the data aside, starts clean and offers the data as a file', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  // A build whose start fails while a quiz run is saved: the app's start throws (as a stack
  // overflow would) as long as the run is in storage. The run is saved on the first load only.
  await context.addInitScript(() => {
    if (!localStorage.getItem('srm-trainer.v1.set-aside')) localStorage.setItem('srm-trainer.v1.run', '{"v":1,"quiz":"fundamentals"}');
  });
  await replaceStart(context, (real) => {
    if (localStorage.getItem('srm-trainer.v1.run')) throw new RangeError('Maximum call stack size exceeded');
    return real();
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.srm && window.srm.ready === true, null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => localStorage.getItem('srm-trainer.v1.run')), null, 'the run no longer blocks the start');
  const aside = JSON.parse(await page.evaluate(() => localStorage.getItem('srm-trainer.v1.set-aside')));
  assert.equal(aside.run, '{"v":1,"quiz":"fundamentals"}');
  assert.match(aside.reason, /Maximum call stack size exceeded/);
  assert.ok(await page.isVisible('#recovered'));
  assert.match(await page.textContent('#recovered-text'), /could not be read, so SRM Trainer started without it/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#recovered-download')]);
  assert.equal(download.suggestedFilename(), 'srm-trainer-set-aside.json');
  await page.click('#recovered-dismiss');
  assert.equal(await page.isVisible('#recovered'), false);
  await page.reload();
  await page.waitForFunction(() => window.srm && window.srm.ready === true, null, { timeout: 30000 });
  assert.equal(await page.isVisible('#recovered'), false, 'dismissed for good; the data stays set aside');
  await context.close();
});

test('a start that fails without saved data shows the error screen, never an endless Loading', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  await replaceStart(context, () => { throw new Error('boom'); });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await page.textContent('#error-reason'), /^The application could not be started: boom/);
  assert.ok(await page.isHidden('#loading'));
  await context.close();
});
