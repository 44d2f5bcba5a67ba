// Copy and paste through the browser clipboard: the app's "Copy as text" lands on the system
// clipboard, and Ctrl+V pastes clipboard text into a text box drawn on the canvas.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveSite, openApp, node, clickNode, settle, content } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('copy a model cell to the clipboard, paste text into the filter', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  await clickNode(page, 'home.model.aws');
  await clickNode(page, 'explore.service');
  await clickNode(page, 'model.service.ec2');
  await clickNode(page, 'model.cell.guest-os-patching');
  await clickNode(page, 'detail.copy');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^Guest OS patching, Amazon EC2: Customer\. .* Source: https:\/\/docs\.aws\.amazon\.com\/AWSEC2\/.* \(checked \d{4}-\d{2}-\d{2}\)$/);

  await page.evaluate(() => navigator.clipboard.writeText('encryption'));
  await clickNode(page, 'model.filter');
  await page.keyboard.press('Control+V');
  await settle(page);
  assert.equal((await node(page, 'model.filter')).value, 'encryption');
  const tiles = (await page.evaluate(() => window.srm.semantics())).filter((n) => n.id.startsWith('model.cell.')).map((n) => n.id);
  // The filter keeps the tiles whose control label or EC2 explanation mentions the text.
  const aws = content('assets/models/aws.json');
  const expected = aws.controls.filter((c) => (c.label + ' ' + aws.cells.find((x) => x.service === 'ec2' && x.control === c.id).explanation)
    .toLowerCase().includes('encryption')).map((c) => 'model.cell.' + c.id);
  assert.ok(expected.includes('model.cell.encryption-at-rest') && expected.includes('model.cell.encryption-in-transit'));
  assert.deepEqual(tiles.sort(), expected.sort());
  assert.deepEqual(errors, []);
  await context.close();
});
