// "Your stack" in the browser: a team builds its worksheet from home and marks a duty; the link
// carries it, a reload restores it from storage, the copied code pastes back, the downloads hold
// the Markdown and CSV, "Train this team" starts a run, the embedded page is read-only, and the
// French page speaks French.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { launch, serveSite, openApp, node, clickNode, settle } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const state = (page) => page.evaluate(() => window.srm.state());
const reload = async (page, url) => {
  await page.goto(url);
  await page.waitForFunction(() => window.srm && window.srm.ready);
  await settle(page);
};

test('build, mark, share by link, reload from storage, copy the code and paste it back', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: { width: 1280, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  await clickNode(page, 'home.stack');
  assert.equal((await state(page)).screen, 'stack');
  await clickNode(page, 'stack.service.ec2');
  await clickNode(page, 'stack.service.rds');
  assert.match((await node(page, 'stack.split.guest-os-patching')).label, /Amazon RDS: AWS/);
  await clickNode(page, 'stack.duty.ec2.guest-os-patching.status.done');
  let s = await state(page);
  assert.equal(s.stack.services, 'ec2,rds');
  assert.equal(s.stack.marks, 'ec2.guest-os-patching:d');
  assert.equal(await page.evaluate(() => localStorage.getItem('srm-trainer.v1.stack')), s.stack.code);

  await clickNode(page, 'stack.copy_link');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, server.url + '?view=stack&cloud=aws&services=ec2,rds&marks=ec2.guest-os-patching:d');
  await clickNode(page, 'stack.copy_code');
  const code = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(code, s.stack.code);

  await reload(page, server.url + '?view=stack');   // from storage
  s = await state(page);
  assert.equal(s.stack.code, code);
  assert.ok((await node(page, 'stack.duty.ec2.guest-os-patching.status.done')).state.includes('checked'));

  // Another browser: the link opens the same worksheet, and the code pastes back.
  const other = await openApp(browser, link, { viewport: { width: 1280, height: 1000 } });
  assert.equal((await state(other.page)).stack.code, code);
  await other.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  await clickNode(other.page, 'stack.service.rds');   // changed here...
  assert.notEqual((await state(other.page)).stack.code, code);
  await other.page.evaluate((t) => navigator.clipboard.writeText(t), code);
  await clickNode(other.page, 'stack.code');
  await other.page.keyboard.press('Control+V');
  await settle(other.page);
  await clickNode(other.page, 'stack.code.open');   // ...and back as it was
  assert.equal((await state(other.page)).stack.code, code);
  assert.deepEqual(errors.concat(other.errors), []);
  await other.context.close();
  await context.close();
});

test('the exports download as Markdown and CSV, and "Train this team" starts a run', async () => {
  const { page, context } = await openApp(browser, server.url + '?view=stack&cloud=aws&services=ec2,lambda&marks=ec2.guest-os-patching:p:Ana',
                                          { viewport: { width: 1280, height: 1000 } });
  const [markdown] = await Promise.all([page.waitForEvent('download'), clickNode(page, 'stack.markdown')]);
  assert.equal(markdown.suggestedFilename(), 'stack-aws.md');
  const md = await fs.readFile(await markdown.path(), 'utf8');
  assert.match(md, /^# Your stack: AWS/);
  assert.match(md, /## Guest OS patching/);
  const [csv] = await Promise.all([page.waitForEvent('download'), clickNode(page, 'stack.csv')]);
  assert.equal(csv.suggestedFilename(), 'stack-aws.csv');
  const rows = await fs.readFile(await csv.path(), 'utf8');
  assert.match(rows, /^"Control","Service","Setting","Responsibility"/);
  assert.match(rows, /"Guest OS patching","Amazon EC2",.*"planned","Ana"/);

  await clickNode(page, 'stack.train');
  const s = await state(page);
  assert.equal(s.screen, 'quiz');
  assert.ok(s.quiz.questions.length > 0);
  await context.close();
});

test('embedded, the worksheet is read-only and nothing is stored', async () => {
  const { page, context } = await openApp(browser, server.url + '?view=stack&cloud=aws&services=ec2&marks=ec2.guest-os-patching:d:Ana&embed=1',
                                          { viewport: { width: 390, height: 844 } });
  assert.equal((await node(page, 'stack.duty.ec2.guest-os-patching.mark')).label, 'Status: done · Owner: Ana');
  assert.equal(await node(page, 'stack.duty.ec2.guest-os-patching.status.done'), null);
  assert.equal(await node(page, 'stack.service.ec2'), null);
  assert.equal(await page.evaluate(() => localStorage.getItem('srm-trainer.v1.stack')), null);
  await context.close();
});

test('in French on a phone, the screen speaks French', async () => {
  const { page, context, errors } = await openApp(browser, server.url + '?lang=fr&view=stack&cloud=aws&services=lambda',
                                                  { viewport: { width: 390, height: 844 } });
  assert.equal((await node(page, 'stack.train')).label, 'Entraîner cette équipe');
  assert.equal((await node(page, 'stack.duty.lambda.application-code.status.planned')).label, 'prévu');
  await clickNode(page, 'stack.duty.lambda.application-code.status.planned');
  assert.equal((await state(page)).stack.marks, 'lambda.application-code:p');
  assert.deepEqual(errors, []);
  await context.close();
});
