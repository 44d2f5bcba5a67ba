// Input answered at once, in Chromium: the first frame the app presents after a click on an
// answer shows it picked, and the first frame after a click on "Check answer" shows the feedback.
// Frames are counted, not timed: the frames counter is read when the mouse button is released
// and again when the mirror receives the nodes that show the result.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveSite, openApp, node, scrollIntoView, settle } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Records the frames counter at every mouse release and at every mirror update.
function watch() {
  const frames = () => window.srm.state().counters.frames;
  window.seen = { releases: [], syncs: [] };
  window.addEventListener('mouseup', () => window.seen.releases.push(frames()), true);
  const sync = window.srmMirror.sync;
  window.srmMirror.sync = (nodes) => {
    sync(nodes);
    window.seen.syncs.push({ frames: frames(), nodes: nodes.map((n) => ({ id: n.id, state: n.state })) });
  };
}

// Clicks a node at its centre with the pointer already resting there, and returns how many
// frames were presented from the release until the mirror first held node `shows` (with `flag`
// in its state, when given).
async function framesUntil(page, id, shows, flag = '') {
  const n = await scrollIntoView(page, id);
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.move(box.x + n.rect.x + n.rect.w / 2, box.y + n.rect.y + n.rect.h / 2);
  await settle(page);
  await page.evaluate(() => { window.seen.releases = []; window.seen.syncs = []; });
  await page.mouse.down();
  await page.mouse.up();
  const showing = ([shows, flag]) => window.seen.syncs.find((s) =>
    s.nodes.some((n) => n.id === shows && (!flag || new RegExp('\\b' + flag + '\\b').test(n.state))));
  const sync = await (await page.waitForFunction(showing, [shows, flag])).jsonValue();
  return sync.frames - await page.evaluate(() => window.seen.releases[0]);
}

test('a clicked answer is drawn picked in the first frame after the release, and Check\'s feedback too', async () => {
  const { page, context } = await openApp(browser, server.url + '?quiz=fundamentals&seed=1', { viewport: { width: 1280, height: 1600 } });
  await page.evaluate(watch);
  const radio = (await page.evaluate(() => window.srm.semantics())).find((n) => n.role === 'radio' && n.id.startsWith('quiz.choice.'));
  assert.ok(radio, 'the first question is answered with a radio');
  const picked = await framesUntil(page, radio.id, radio.id, 'checked');
  assert.ok(picked <= 1, `frames presented before the pick showed: ${picked}`);
  assert.match((await node(page, radio.id)).state, /\bchecked\b/);
  const checked = await framesUntil(page, 'quiz.submit', 'quiz.feedback.verdict');
  assert.ok(checked <= 1, `frames presented before the feedback showed: ${checked}`);
  await context.close();
});
