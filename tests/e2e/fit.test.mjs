// Every screen a link opens fits a 390 x 844 phone and a 1920 x 1080 desktop: no control, text or
// link reaches past the left or right edge, so nothing needs a sideways scroll of the page. The
// matrix is the one wide view: its cells scroll sideways inside their own table, whose first
// column stays put.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveSite, settle } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SCREENS = [
  ['home', ''], ['explorer', '?view=explore&cloud=aws&service=rds&control=guest-os-patching'],
  ['compare', '?view=compare&cloud=aws&service=ec2&compare=lambda'], ['matrix', '?view=matrix&cloud=azure'],
  ['lessons', '?view=lessons'], ['a lesson', '?lesson=line-moves'], ['resources', '?view=resources'],
  ['quizzes', '?view=quiz'], ['a question', '?quiz=services&seed=3'], ['your stack', '?view=stack'],
  ['a French question', '?lang=fr&quiz=fundamentals&seed=2'], ['text at 200%', '?text=200&view=explore&cloud=aws'],
];
const scrollsInside = (id) => /^matrix\.cell\./.test(id);

for (const viewport of [{ width: 390, height: 844 }, { width: 1920, height: 1080 }]) {
  test(`every screen fits ${viewport.width} x ${viewport.height} without a sideways scroll`, async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    for (const [where, query] of SCREENS) {
      await page.goto(server.url + query);
      await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
      await settle(page);
      const nodes = await page.evaluate(() => window.srm.semantics());
      assert.ok(nodes.length > 5, `${where}: drawn`);
      const outside = nodes.filter((n) => n.rect && n.rect.w > 0 && !scrollsInside(n.id) &&
        (n.rect.x < -1 || n.rect.x + n.rect.w > viewport.width + 1));
      assert.deepEqual(outside.map((n) => `${n.id} at x ${Math.round(n.rect.x)}, ${Math.round(n.rect.w)} wide`), [], where);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, `${where}: the page itself`);
    }
    if (viewport.width === 390) {   // the matrix's first column and its filters stay on screen
      await page.goto(server.url + '?view=matrix&cloud=azure');
      await page.waitForFunction(() => window.srm && window.srm.ready, null, { timeout: 30000 });
      await settle(page);
      const owner = await page.evaluate(() => window.srm.semantics().find((n) => n.id === 'matrix.owner'));
      assert.ok(owner && owner.rect.x + owner.rect.w <= 390, 'the owner filter is reachable');
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}
