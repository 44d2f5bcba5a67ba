// Shared helpers for the browser tests: Debian's Chromium driven by playwright-core against the
// built site served on loopback, plus ways to find widgets through window.srm.semantics().
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE = process.env.SRM_SITE || path.join(ROOT, 'build/web/site');

// A content file as shipped (assets/... or quizzes/...), so that tests follow the content.
export function content(file) {
  return JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
}

// Software WebGL in headless Chromium, and no background network (this machine has none).
export const CHROMIUM_ARGS = [
  '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--no-sandbox', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

export async function serveSite(options = {}) {
  return startServer({ root: SITE, port: 0, ...options });
}

// Opens the app and waits until it has started; collects console errors and page errors.
// `init`, if given, runs in the page before any of its scripts.
export async function openApp(browser, url, { viewport = { width: 1024, height: 768 }, deviceScaleFactor = 1, init } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => window.srm && window.srm.ready === true, null, { timeout: 30000 });
  await settle(page);
  return { page, context, errors };
}

// Waits until the app has rendered and then stayed idle for a few animation frames. While the
// rest of the content is on its way after the first view (state().content_stage "loading"), the app
// holds its frames: that is not idle.
export async function settle(page) {
  await page.waitForFunction(() => new Promise((resolve) => {
    const before = window.srm.state().counters.frames;
    let n = 0;
    const idle = () => window.srm.state().counters.frames === before && window.srm.state().content_stage !== 'loading';
    const step = () => (++n < 6 ? requestAnimationFrame(step) : resolve(idle()));
    requestAnimationFrame(step);
  }), null, { timeout: 15000 });
}

// Waits for the whole catalog: after the first view of the home page (lazy-content.test.mjs) the
// first input fetches the rest, so a mouse move over the canvas asks for it.
export async function wholeCatalog(page) {
  if (await page.evaluate(() => window.srm.state().content_stage) === 'first-view') {
    const box = await page.locator('#canvas').boundingBox();
    await page.mouse.move(box.x + 1, box.y + 1);
  }
  await page.waitForFunction(() => window.srm.state().content_stage === 'complete');
  await settle(page);
}

export async function node(page, id) {
  return page.evaluate((id) => window.srm.semantics().find((n) => n.id === id) || null, id);
}

export async function waitForNode(page, id, timeout = 10000) {
  await page.waitForFunction((id) => window.srm.semantics().some((n) => n.id === id), id, { timeout });
  return node(page, id);
}

// Scrolls the canvas with the mouse wheel until the node is fully visible; returns the node.
export async function scrollIntoView(page, id) {
  const box = await page.locator('#canvas').boundingBox();
  let n = await waitForNode(page, id);
  for (let i = 0; i < 40 && (n.rect.y < 0 || n.rect.y + n.rect.h > box.height); ++i) {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, n.rect.y < 0 ? -120 : 120);
    await settle(page);
    n = await node(page, id);
  }
  return n;
}

// Clicks the centre of a semantic node at its real coordinates on the canvas.
export async function clickNode(page, id) {
  const n = await scrollIntoView(page, id);
  const box = await page.locator('#canvas').boundingBox();
  const x = box.x + n.rect.x + n.rect.w / 2, y = box.y + n.rect.y + n.rect.h / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.up();
  await settle(page);
}

export async function screen(page) {
  return page.evaluate(() => window.srm.state().screen);
}

// The files of a content pack as [path, bytes] pairs, and a pack of such pairs, in the format
// scripts/stage-site.py writes: the path, a newline, the length in decimal, a newline, the bytes.
function unpack(bytes) {
  const files = [];
  for (let at = 0; at < bytes.length;) {
    const pathEnd = bytes.indexOf(10, at), lengthEnd = bytes.indexOf(10, pathEnd + 1);
    const length = Number(bytes.toString('utf8', pathEnd + 1, lengthEnd));
    files.push([bytes.toString('utf8', at, pathEnd), bytes.subarray(lengthEnd + 1, lengthEnd + 1 + length)]);
    at = lengthEnd + 1 + length;
  }
  return files;
}
const pack = (files) => Buffer.concat(files.flatMap(([name, bytes]) => [Buffer.from(`${name}\n${bytes.length}\n`), bytes]));

// A route that serves content.pack with `change(files)` applied to its files, for context.route().
export function changePack(change) {
  return ['**/content.pack', async (route) => {
    const original = Buffer.from(await (await route.fetch()).body());
    route.fulfill({ body: pack(change(unpack(original))), contentType: 'application/octet-stream' });
  }];
}
