// Renews src/platform/web/first-view-functions.txt, the list of functions the home page's first
// view runs (kept in app.wasm; everything else goes to app.deferred.wasm). Run by
// `make split-profile` after the web build, which links the app as wasm-split's instrumented
// module next to the named original (build/web/src/platform/web/app.wasm and app.wasm.orig).
//
// Stages that instrumented app as a site of its own (build/web-profile/site, the fonts taken from
// build/web/site), opens the home page's first views in Chromium (English and French, a phone and
// a desktop, light and dark) until the app is idle, reads each view's profile from the module
// (__write_profile), merges them, and lets scripts/split-wasm.py write the functions the primary
// module keeps as the list. Input is never sent: whatever input runs comes with the deferred module.
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

const VIEWS = [
  { name: 'en-desktop', query: '', viewport: { width: 1024, height: 768 } },
  { name: 'en-wide-dark', query: '', viewport: { width: 1920, height: 1080 }, colorScheme: 'dark' },
  { name: 'en-phone', query: '', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 },
  { name: 'fr-desktop', query: '?lang=fr', viewport: { width: 1280, height: 800 } },
  { name: 'fr-phone-dark', query: '?lang=fr', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, colorScheme: 'dark' },
];

function stageProfileSite() {
  for (const file of ['app.js', 'app.wasm', 'app.wasm.orig'])
    if (!fs.existsSync(path.join(LINKED, file))) throw new Error(`split-profile: ${path.join(LINKED, file)} is missing; run make web first`);
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(SITE, { recursive: true });
  fs.cpSync(path.join(BUILT_SITE, 'fonts'), path.join(SITE, 'fonts'), { recursive: true });
  const languages = JSON.parse(fs.readFileSync(path.join(BUILT_SITE, 'manifest.json'), 'utf8')).languages.join(',');
  execFileSync('/usr/bin/python3', [path.join(ROOT, 'scripts/stage-site.py'), '--root', ROOT, '--site', SITE,
    '--app', LINKED, '--languages', languages], { stdio: 'inherit' });
}

async function profileOf(browser, url, view) {
  const context = await browser.newContext({ viewport: view.viewport, deviceScaleFactor: view.deviceScaleFactor || 1,
    colorScheme: view.colorScheme || 'light' });
  const page = await context.newPage();
  await page.goto(url + view.query);
  await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
  await settle(page);
  const bytes = await page.evaluate((size) => {
    // What the page's own scripts and tests read on the first view, before any input.
    window.srm.semantics(); window.srm.linkNodes(); window.srm.state();
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
