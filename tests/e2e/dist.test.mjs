// The distribution: the single self-contained file opened from file://, and the static site
// behind a real nginx with the strict Content-Security-Policy of dist/nginx.conf.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { launch, openApp, node, clickNode, wholeCatalog, ROOT } from './browser.mjs';

const DIST = path.join(ROOT, 'dist');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Opens the app with Content-Security-Policy violations collected in window.__csp.
function openWatchingCsp(url) {
  return openApp(browser, url, {
    init: () => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
    },
  });
}

test('the single file works when opened from file://', async () => {
  const file = path.join(DIST, 'srm-trainer.html');
  assert.ok(fs.existsSync(file), 'make dist writes dist/srm-trainer.html');
  const { context, page, errors } = await openWatchingCsp('file://' + file);
  assert.match(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'), /^default-src 'none'; script-src 'sha256-/);
  await wholeCatalog(page);
  const state = await page.evaluate(() => window.srm.state());
  assert.deepEqual(state.content.models.map((m) => m.id), ['aws', 'azure', 'gcp']);
  assert.ok(state.content.quizzes.length >= 5);
  assert.deepEqual(state.content.diagnostics, []);
  assert.equal(await page.getAttribute('#progress', 'aria-valuenow'), '100');
  await clickNode(page, 'home.model.aws');
  assert.equal((await node(page, 'model.cell.guest-os-patching')).label, 'Guest OS patching, Amazon EC2: Customer');
  // Workshops work offline too: the room's QR code comes from the encoder inside the file.
  await clickNode(page, 'nav.home');
  await clickNode(page, 'home.workshop');
  await page.waitForFunction(() => window.srm.state().room.qr > 0, null, { timeout: 10000 });
  assert.ok((await page.evaluate(() => window.srm.state())).room.join_link.startsWith('file://'));
  assert.ok(await node(page, 'room.qr'));
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'the meta policy allows everything the file does');
  assert.deepEqual(errors, []);
  await context.close();
});

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

test('behind nginx with its strict CSP: no violations, wasm as application/wasm, compressed', async () => {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-nginx-'));
  for (const d of ['tmp/body', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi']) fs.mkdirSync(path.join(prefix, d), { recursive: true });
  const port = await freePort();
  const conf = fs.readFileSync(path.join(DIST, 'nginx.conf'), 'utf8')
    .replace('listen 127.0.0.1:8088;', `listen 127.0.0.1:${port};`)
    .replace('root site;', `root ${path.join(DIST, 'site')};`);
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), conf);
  // Run as root (CI), nginx hands requests to unprivileged workers, which cannot enter a checkout
  // inside a private temporary folder (mktemp -d): keep the workers as the test's own user.
  const globals = 'daemon off;' + (process.getuid && process.getuid() === 0 ? ' user root;' : '');
  const nginx = spawn('/usr/sbin/nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', globals], { stdio: 'pipe' });
  let nginxLog = '';
  nginx.stderr.on('data', (d) => { nginxLog += d; });
  try {
    const url = `http://127.0.0.1:${port}/`;
    for (let i = 0; i < 50; ++i) {
      try { await fetch(url); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
    }
    const index = await fetch(url);
    assert.equal(index.status, 200, nginxLog);
    assert.match(index.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'/);
    const wasm = await fetch(url + 'app.wasm', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    assert.equal(wasm.headers.get('content-encoding'), 'gzip');
    const body = Buffer.from(await wasm.arrayBuffer());
    assert.equal(body.length, fs.statSync(path.join(DIST, 'site/app.wasm')).size, 'fetch decodes gzip; the bytes are the wasm');

    const { context, page, errors } = await openWatchingCsp(url + '?view=explore&cloud=aws&service=rds');
    await clickNode(page, 'model.cell.guest-os-patching');
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(errors, []);
    assert.equal((await page.evaluate(() => window.srm.state())).explore.control, 'guest-os-patching');
    await context.close();
  } finally {
    nginx.kill('SIGTERM');
  }
});
