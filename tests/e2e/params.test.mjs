// Every link parameter with a good value and with a bad one: good values take effect, bad ones
// are ignored with a visible notice, and the app always opens. Hostile links are refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveSite, node, clickNode, settle } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const CASES = [
  // [query, check(state), bad query, expected notice]
  ['view=matrix&cloud=aws', (s) => s.explore.view === 'matrix', 'view=map', 'Ignored view="map": there is no such view.'],
  ['view=explore&cloud=gcp', (s) => s.explore.cloud === 'gcp', 'view=explore&cloud=ibm', 'Ignored cloud="ibm": no such cloud was loaded.'],
  ['view=explore&cloud=aws&service=kms', (s) => s.explore.service === 'kms', 'view=explore&cloud=aws&service=KMS!', 'Ignored service="KMS!": not a valid value.'],
  ['view=explore&cloud=aws&service=ec2&compare=s3', (s) => s.explore.compare === 's3' && s.explore.view === 'compare', 'view=explore&cloud=aws&compare=mainframe', 'Ignored service="mainframe": no such service was loaded.'],
  ['quiz=services', (s) => s.screen === 'quiz' && s.quiz.id === 'services', 'quiz=history', 'Ignored quiz="history": no such quiz was loaded.'],
  ['quiz=services&seed=1234', (s) => s.quiz.seed === 1234, 'quiz=services&seed=-5', 'Ignored seed="-5": a seed is a whole number.'],
  ['quiz=services&mode=exam', (s) => s.quiz.mode === 'exam', 'quiz=services&mode=speedrun', 'Ignored mode="speedrun": use practice, exam, present, summary, team or train.'],
  ['lang=en', (s) => s.screen === 'home', 'lang=tlh', 'The language "tlh" is not available; showing English.'],
  ['theme=high-contrast', (s) => s.look.theme === 'high-contrast', 'theme=neon', 'Ignored theme="neon": use light, dark or high-contrast.'],
  ['embed=1', (s) => s.look.embed === true, 'embed=maybe', 'Ignored embed="maybe": use embed=1.'],
  ['parent_origin=https%3A%2F%2Fwiki.example.com', (s) => s.look.parent_origin === 'https://wiki.example.com', 'parent_origin=javascript%3Aalert(1)',
    'Ignored parent_origin="javascript:alert(1)": it must be an origin such as https://wiki.example.com.'],
  ['lesson=line-moves', (s) => s.screen === 'lesson' && s.lesson === 'line-moves', 'lesson=../../etc', 'Ignored lesson="../../etc": not a valid value.'],
];

test('each parameter takes effect with a good value and is ignored with a notice for a bad one', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  for (const [good, check, bad, notice] of CASES) {
    await page.goto(server.url + '?' + good);
    await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
    const s = await page.evaluate(() => window.srm.state());
    assert.ok(check(s), `${good}: ${JSON.stringify(s).slice(0, 300)}`);
    assert.deepEqual(s.notices, [], `${good} gives no notice`);
    await page.goto(server.url + '?' + bad);
    await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
    await settle(page);
    const b = await page.evaluate(() => window.srm.state());
    assert.ok(b.notices.includes(notice), `${bad}: ${JSON.stringify(b.notices)}`);
    assert.equal((await node(page, 'notices.title')).label, 'Please note', 'the notice is on screen');
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the theme follows the system preference unless the link names one', async () => {
  const dark = await browser.newContext({ colorScheme: 'dark' });
  let page = await dark.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.srm && window.srm.ready);
  assert.equal((await page.evaluate(() => window.srm.state())).look.theme, 'dark');
  await page.goto(server.url + '?theme=light');
  await page.waitForFunction(() => window.srm && window.srm.ready);
  assert.equal((await page.evaluate(() => window.srm.state())).look.theme, 'light');
  await dark.close();
});

test('a javascript:, data: or http: link, or one that hides another host, is refused with a notice and never opened', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__opened = [];
    window.open = (url) => { window.__opened.push(url); return null; };
  });
  const page = await context.newPage();
  await page.goto(server.url + '?view=explore&cloud=aws&service=rds&control=encryption-at-rest');
  await page.waitForFunction(() => window.srm && window.srm.ready);
  await settle(page);
  // Content is validated to https on load; this checks the page's own last line of defence by
  // making the link under the pointer hostile.
  // Leading spaces and control characters are stripped by browsers before the scheme is read;
  // backslashes and a leading // name another host.
  for (const href of ['javascript:alert(1)', 'data:text/html,hi', 'http://example.com/', ' javascript:alert(1)',
                      '\tjavascript:alert(1)', '/\\evil.example/', '\\\\evil.example/x', '//evil.example/']) {
    await page.evaluate((href) => {   // the page reads the links under the pointer from linkNodes()
      window.__real = window.__real || window.srm.linkNodes;
      window.srm.linkNodes = () => window.__real().map((n) => (n.id === 'detail.source' ? { ...n, href } : n));
    }, href);
    await clickNode(page, 'detail.source');
    assert.match(await page.textContent('#notice'), /only https links are allowed/);
    assert.equal(await page.isVisible('#notice'), true);
  }
  assert.deepEqual(await page.evaluate(() => window.__opened), []);
  await context.close();
});

test('window.srm answers before the app has started: no nodes and no state, never a TypeError', async () => {
  const context = await browser.newContext();
  // Hold the app's script back so that the page is still loading when it is asked.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/app.js', async (route) => { await held; await route.continue(); });
  const page = await context.newPage();
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });   // "load" waits for the held script
  await page.waitForFunction(() => window.srm !== undefined);
  assert.deepEqual(await page.evaluate(() => [window.srm.ready, window.srm.state(), window.srm.semantics()]), [false, null, []]);
  release();
  await page.waitForFunction(() => window.srm.ready === true, null, { timeout: 30000 });
  assert.equal((await page.evaluate(() => window.srm.state())).screen, 'home');
  await context.close();
});
