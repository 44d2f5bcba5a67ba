// Renews src/platform/web/first-view-functions.txt, the list of functions the home page's first
// view runs (kept in app.wasm; everything else goes to app.deferred.wasm). Run by
// `make split-profile` after the web build, which links the app as wasm-split's instrumented
// module next to the named original (build/web/src/platform/web/app.wasm and app.wasm.orig).
//
// Stages that instrumented app as a site of its own (build/web-profile/site, the fonts taken from
// build/web/site), opens the home page's first views in Chromium (English and French, a phone and
// a desktop, light and dark) until the app is idle, then gives each the first inputs that do not
// leave the home page (firstInputs), reads each view's profile from the module
// (__write_profile), merges them, and lets scripts/split-wasm.py write the functions the primary
// module keeps as the list.
//
// The first inputs belong in app.wasm because the first input is what starts the deferred
// module's download (web/loader.js): the input handlers, hovering, scrolling and moving the focus
// over the home page run at once, before that download can have finished, and a function missing
// from app.wasm then would be fetched synchronously. Opening anything (a click, Enter) is left out.
// A few of each are enough: the code is the same all over the page.
/* global window, document -- the functions handed to page.evaluate() run in the page */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ROOT, settle } from '../tests/e2e/browser.mjs';
import { startServer } from './serve.mjs';

const LINKED = path.join(ROOT, 'build/web/src/platform/web');
const BUILT_SITE = path.join(ROOT, 'build/web/site');
const OUT = path.join(ROOT, 'build/web-profile');
const SITE = path.join(OUT, 'site');
const LIST = path.join(ROOT, 'src/platform/web/first-view-functions.txt');
const PROFILE_BYTES = 1 << 20;   // one byte or so per function: the app has a few thousand

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
const VIEWS = [
  { name: 'en-desktop', query: '', viewport: { width: 1024, height: 768 } },
  { name: 'en-desktop-dark', query: '', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
  { name: 'en-phone', query: '', ...PHONE },
  { name: 'fr-desktop', query: '?lang=fr', viewport: { width: 1440, height: 900 } },
  { name: 'fr-phone-dark', query: '?lang=fr', ...PHONE, colorScheme: 'dark' },
];

function stageProfileSite() {
  for (const file of ['app.js', 'app.wasm', 'app.wasm.orig'])
    if (!fs.existsSync(path.join(LINKED, file))) throw new Error(`split-profile: ${path.join(LINKED, file)} is missing; run make web first`);
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(SITE, { recursive: true });
  fs.cpSync(path.join(BUILT_SITE, 'fonts'), path.join(SITE, 'fonts'), { recursive: true });
  // The first view's files, which srm-check wrote into the built site (stage-site.py lists them).
  for (const name of fs.readdirSync(BUILT_SITE).filter((n) => n.startsWith('first-view')))
    fs.cpSync(path.join(BUILT_SITE, name), path.join(SITE, name), { recursive: true });
  const languages = JSON.parse(fs.readFileSync(path.join(BUILT_SITE, 'manifest.json'), 'utf8')).languages.join(',');
  execFileSync('/usr/bin/python3', [path.join(ROOT, 'scripts/stage-site.py'), '--root', ROOT, '--site', SITE,
    '--app', LINKED, '--languages', languages], { stdio: 'inherit' });
}

// A few of the page's animation frames. After the first input the app holds its frames until the
// content and the deferred code are in (docs/architecture.md, "The first view"), which here never
// happens: what runs from then on is only the input handlers, the code that must be in app.wasm.
const frames = (page) => page.evaluate(() => new Promise((resolve) => {
  let n = 0;
  const step = () => (++n < 6 ? window.requestAnimationFrame(step) : resolve());
  window.requestAnimationFrame(step);
}));

// Inputs that stay on the home page: the pointer across it (or a finger scrolling it), the wheel
// down and back, Tab and Shift+Tab, the focus entering the DOM mirror, the page hidden and shown.
async function firstInputs(page, view) {
  const { width, height } = view.viewport;
  if (view.hasTouch) {
    const cdp = await page.context().newCDPSession(page);
    const touch = (type, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: width / 2, y }] });
    await touch('touchStart', height * 0.8);
    for (let y = height * 0.8; y > height * 0.2; y -= 60) await touch('touchMove', y);
    await touch('touchEnd');
    await frames(page);
  } else {
    for (let i = 1; i < 12; ++i) await page.mouse.move(width * i / 12, height * ((i * 5) % 12) / 12, { steps: 4 });
    await frames(page);
    await page.mouse.wheel(0, height);
    await frames(page);
    await page.mouse.wheel(0, -height);
    await frames(page);
  }
  for (const key of ['Tab', 'Tab', 'Shift+Tab']) await page.keyboard.press(key);
  await frames(page);
  await page.evaluate(() => { const el = document.querySelector('#srm-mirror [tabindex], #srm-mirror button'); if (el) el.focus(); });
  await frames(page);
  await page.evaluate(() => { document.dispatchEvent(new Event('visibilitychange')); document.getElementById('canvas').focus(); });
  await frames(page);
}

async function profileOf(browser, url, view) {
  const context = await browser.newContext({ viewport: view.viewport, deviceScaleFactor: view.deviceScaleFactor || 1,
    hasTouch: !!view.hasTouch, isMobile: !!view.isMobile, colorScheme: view.colorScheme || 'light' });
  // The content packs never arrive, so that the first input's loading never ends (see frames()).
  await context.route('**/content*.pack', () => {});
  const page = await context.newPage();
  await page.goto(url + view.query);
  await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  await settle(page);
  // What the page's own scripts and tests read on the first view.
  await page.evaluate(() => { window.srm.semantics(); window.srm.linkNodes(); window.srm.state(); });
  await firstInputs(page, view);
  if (await page.evaluate(() => window.srm.state().screen) !== 'home') throw new Error(`split-profile: ${view.name} left the home page`);
  const bytes = await page.evaluate((size) => {
    const M = window.Module, at = M._malloc(size);
    const n = M.asm.__write_profile(at, size);
    return Array.from(M.HEAPU8.subarray(at, at + n));
  }, PROFILE_BYTES);
  await context.close();
  const file = path.join(OUT, `${view.name}.prof`);
  fs.writeFileSync(file, Buffer.from(bytes));
  return file;
}

stageProfileSite();
const server = await startServer({ root: SITE, port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
const profiles = [];
try {
  for (const view of VIEWS) profiles.push(await profileOf(browser, server.url, view));
} finally {
  await browser.close();
  await server.close();
}
const merged = path.join(OUT, 'first-view.prof');
execFileSync('wasm-split', ['--merge-profiles', ...profiles, '-o', merged], { stdio: 'inherit' });
execFileSync('/usr/bin/python3', [path.join(ROOT, 'scripts/split-wasm.py'), 'write-list', '--module', path.join(LINKED, 'app.wasm.orig'),
  '--profile', merged, '--list', LIST], { stdio: 'inherit' });
