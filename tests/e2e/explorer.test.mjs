// The explorer in Chromium: choose a service by keyboard, open a cell's detail, follow deep links,
// switch views; a broken model file gives a located error while the other models load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveSite, openApp, node, clickNode, settle, screen, content } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const focusedId = async (page) => (await page.evaluate(() => window.srm.semantics())).find((n) => /\bfocused\b/.test(n.state))?.id;

// Presses Tab until the node with `id` has keyboard focus (at most `limit` presses).
async function tabTo(page, id, limit = 40) {
  for (let i = 0; i < limit; ++i) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press('Tab');
    await settle(page);
  }
  assert.fail(`Tab never reached ${id}; focus is on ${await focusedId(page)}`);
}

// Presses the down arrow in an open list until the option with `id` has keyboard focus.
async function arrowTo(page, id, limit = 40) {
  for (let i = 0; i < limit; ++i) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press('ArrowDown');
    await settle(page);
  }
  assert.fail(`the arrows never reached ${id}; focus is on ${await focusedId(page)}`);
}

test('keyboard only: open the explorer, choose RDS, open a cell and read its detail', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: { width: 1280, height: 900 } });
  await tabTo(page, 'home.model.aws');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal(await screen(page), 'explore');
  await tabTo(page, 'explore.service');
  await page.keyboard.press('Enter');
  await settle(page);
  await arrowTo(page, 'model.service.rds');
  await page.keyboard.press('Enter');
  await settle(page);
  const state = await page.evaluate(() => window.srm.state());
  assert.equal(state.explore.service, 'rds');
  assert.equal((await node(page, 'model.cell.guest-os-patching')).label, 'Guest OS patching, Amazon RDS: AWS');
  assert.match((await node(page, 'explore.line')).label, /^The line for Amazon RDS: between /);
  assert.match((await node(page, 'explore.split')).label, /^The split for Amazon RDS: AWS secures \d+%/);
  await tabTo(page, 'model.cell.database-engine-patching');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal((await node(page, 'detail.title')).label, 'Database engine patching on Amazon RDS: Shared');
  assert.match((await node(page, 'detail.explanation')).label, /maintenance window/);
  const source = await node(page, 'detail.source');
  assert.equal(source.role, 'link');
  assert.match(source.href, /^https:\/\/docs\.aws\.amazon\.com\/AmazonRDS\//);
  assert.match((await node(page, 'detail.verified')).label, /^Last checked against the source on \d{4}-\d{2}-\d{2}\.$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the deep link ?view=explore&cloud=aws&service=rds&compare=ec2 opens exactly that state', async () => {
  const { page, context } = await openApp(browser, server.url + '?view=explore&cloud=aws&service=rds&compare=ec2');
  const state = await page.evaluate(() => window.srm.state());
  assert.equal(state.screen, 'explore');
  assert.deepEqual([state.explore.cloud, state.explore.view, state.explore.service, state.explore.compare], ['aws', 'compare', 'rds', 'ec2']);
  assert.equal((await node(page, 'compare.row.guest-os-patching')).label, 'Guest OS patching: Amazon RDS AWS, Amazon EC2 Customer, changes');
  assert.equal(state.notices.length, 0);
  await context.close();
});

test('a deep link with unknown parameters opens with a visible notice', async () => {
  const { page, context, errors } = await openApp(browser, server.url + '?view=explore&cloud=azure&service=paas&theme=%3Cb%3E&zoom=3');
  const state = await page.evaluate(() => window.srm.state());
  assert.equal(state.explore.cloud, 'azure');
  assert.equal(state.explore.service, 'paas');
  assert.deepEqual(state.notices, ['Ignored theme="<b>": use light, dark or high-contrast.', 'Ignored the unknown link parameter "zoom".']);
  assert.equal((await node(page, 'notices.item.0')).label, state.notices[0]);
  await clickNode(page, 'notices.dismiss');
  assert.deepEqual((await page.evaluate(() => window.srm.state())).notices, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('switching views and clouds by mouse: matrix, compare, Google Cloud', async () => {
  const { page, context } = await openApp(browser, server.url + '?view=explore&cloud=aws', { viewport: { width: 1280, height: 900 } });
  await clickNode(page, 'explore.view.2');
  assert.equal((await page.evaluate(() => window.srm.state())).explore.view, 'matrix');
  await clickNode(page, 'matrix.category');
  await clickNode(page, 'matrix.category.abstracted');
  assert.equal(await node(page, 'matrix.cell.ec2.guest-os-patching'), null, 'EC2 is not an abstracted service');
  const dynamo = content('assets/models/aws.json').cells.find((c) => c.service === 'dynamodb' && c.control === 'encryption-at-rest');
  assert.equal((await node(page, 'matrix.cell.dynamodb.encryption-at-rest')).label,
    `Encryption at rest, Amazon DynamoDB: AWS. ${dynamo.default.on ? 'On by default' : 'Off until you turn it on'}: ${dynamo.default.what}.`);
  await clickNode(page, 'matrix.cell.dynamodb.encryption-at-rest');
  assert.match((await node(page, 'detail.explanation')).label, /cannot be turned off/);
  await clickNode(page, 'explore.cloud.gcp');
  await clickNode(page, 'explore.view.0');
  await clickNode(page, 'explore.service');
  await clickNode(page, 'model.service.cloud-build');
  assert.equal((await node(page, 'model.cell.workload-software')).label, 'Workload software and images, Cloud Build: Customer');
  await context.close();
});

test('a lesson is marked read, survives a reload, and its "explore it" opens the explorer', async () => {
  const { page, context } = await openApp(browser, server.url);
  await clickNode(page, 'home.lessons.next');
  assert.equal(await screen(page), 'lesson');
  await page.reload();
  await page.waitForFunction(() => window.srm && window.srm.ready);
  await settle(page);
  assert.deepEqual((await page.evaluate(() => window.srm.state())).lessons_read, ['of-and-in']);
  assert.equal((await node(page, 'home.lessons.progress')).label, `1 of ${content('assets/lessons/path.json').lessons.length} lessons read.`);
  await clickNode(page, 'home.lessons.next');
  assert.equal((await page.evaluate(() => window.srm.state())).lesson, 'customer-side');
  await clickNode(page, 'lesson.explore');
  const state = await page.evaluate(() => window.srm.state());
  assert.equal(state.screen, 'explore');
  assert.equal(state.explore.service, 's3');
  await context.close();
});

test('corrupted saved progress is set aside with a notice, never fatal', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => { try { localStorage.setItem('srm-trainer.v1.progress', '{"v":1,"lessons_read":'); } catch { /* storage blocked: nothing to corrupt */ } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.srm && window.srm.ready);
  const state = await page.evaluate(() => window.srm.state());
  assert.deepEqual(state.notices, ['Saved progress was unreadable and has been set aside. A copy of it is kept in this browser.']);
  assert.equal(state.screen, 'home');
  assert.equal(await page.evaluate(() => localStorage.getItem('srm-trainer.v1.progress-backup')), '{"v":1,"lessons_read":');
  await context.close();
});

// Chooses DynamoDB after EC2 and records the line position after every animation frame until it settles.
async function lineTrace(page) {
  await clickNode(page, 'explore.service');
  const target = await node(page, 'model.service.dynamodb');
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.click(box.x + target.rect.x + 5, box.y + target.rect.y + target.rect.h / 2);
  return page.evaluate(() => new Promise((resolve) => {
    const trace = [];
    let still = 0;
    const step = () => {
      const s = window.srm.state();
      if (trace.length && trace[trace.length - 1] === s.explore.line && s.explore.service === 'dynamodb') ++still; else still = 0;
      trace.push(s.explore.line);
      if (still > 10 || trace.length > 600) resolve(trace); else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }));
}

test('the line glides to its new place, and jumps under prefers-reduced-motion', async () => {
  for (const reducedMotion of ['no-preference', 'reduce']) {
    const context = await browser.newContext({ reducedMotion, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url + '?view=explore&cloud=aws&service=ec2');
    await page.waitForFunction(() => window.srm && window.srm.ready);
    await settle(page);
    const start = (await page.evaluate(() => window.srm.state())).explore.line;
    const trace = await lineTrace(page);
    const end = trace[trace.length - 1];
    assert.ok(end > start, `the line moves up for DynamoDB: ${start} -> ${end}`);
    const between = trace.filter((x) => x > start + 0.001 && x < end - 0.001);
    if (reducedMotion === 'reduce') assert.deepEqual(between, [], 'no intermediate positions');
    else assert.ok(between.length >= 3, `intermediate positions: ${between.length}`);
    await context.close();
  }
});

// The line is in view, without scrolling by hand, after a service is chosen on a phone and on a desktop.
for (const viewport of [{ width: 390, height: 844 }, { width: 1920, height: 1080 }]) {
  test(`after choosing a service at ${viewport.width}x${viewport.height} the line is in view`, async () => {
    const { page, context, errors } = await openApp(browser, server.url + '?view=explore&cloud=aws&service=ec2', { viewport });
    for (const service of ['dynamodb', 'rds', 'lambda']) {
      await clickNode(page, 'explore.service');
      await clickNode(page, `model.service.${service}`);
      assert.equal((await page.evaluate(() => window.srm.state())).explore.service, service);
      await page.waitForFunction(() => !window.srm.state().counters.awake);   // the line has glided to its place
      const line = await node(page, 'explore.line');
      assert.match(line.label, /^The line for .*: between /);
      assert.ok(line.rect.y >= 0 && line.rect.y + line.rect.h <= viewport.height, `${service}: line at ${line.rect.y}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('links open in a new tab with noopener, from the click or the Enter key', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__opened = [];
    window.open = (url, target, features) => { window.__opened.push({ url, target, features }); return null; };
  });
  const page = await context.newPage();
  await page.goto(server.url + '?view=explore&cloud=aws&service=rds&control=encryption-at-rest');
  await page.waitForFunction(() => window.srm && window.srm.ready);
  await settle(page);
  const source = await node(page, 'detail.source');
  assert.match(source.label, /\(opens in a new tab\)$/);
  await clickNode(page, 'detail.source');
  let opened = await page.evaluate(() => window.__opened);
  assert.deepEqual(opened, [{ url: source.href, target: '_blank', features: 'noopener,noreferrer' }]);
  await page.keyboard.press('Enter');   // the link keeps keyboard focus after the click
  await settle(page);
  opened = await page.evaluate(() => window.__opened);
  assert.equal(opened.length, 2);
  await context.close();
});
