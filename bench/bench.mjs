// SRM Trainer benchmark: prints numbers, asserts nothing about time.
//   bytes      each shipped file raw and gzip, and the totals
//   first      navigation to first frame in headless Chromium, median of alternating loads of the
//              app and of a page that only creates a WebGL2 context and draws once (the floor)
//   idle       main-thread CPU share and frames rendered over 5 idle seconds
//   frame      CPU time of one active frame inside the app (mouse moves wake it)
// Run with `make bench` (builds the site first).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch, serveSite, SITE, ROOT, settle } from '../tests/e2e/browser.mjs';
import { startServer } from '../scripts/serve.mjs';

const LOADS = Number(process.env.BENCH_LOADS || 7);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => (n / 1024).toFixed(1) + ' KB';

function bytes() {
  const files = [];
  const walk = (dir) => {
    for (const name of fs.readdirSync(dir)) {
      const p = path.join(dir, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (!name.endsWith('glyphs.txt')) files.push(p);
    }
  };
  walk(SITE);
  // Fetched only when needed: the QR encoder (workshop screens), the host pages' resizer, the
  // accessible HTML version, and content translations (*.fr.json, for French pages only).
  const onDemandNames = new Set(['qrcode.js', 'embed.js', 'manifest.json']);
  const onDemand = { has: (rel) => onDemandNames.has(rel) || /^accessible\//.test(rel) || /\.[a-z]{2}\.json$/.test(rel) };
  let raw = 0, gz = 0, firstRaw = 0, firstGz = 0;
  console.log('== bytes shipped (build/web/site); * = fetched on demand, not at start');
  for (const f of files.sort()) {
    const data = fs.readFileSync(f);
    const g = zlib.gzipSync(data, { level: 9 }).length;
    const rel = path.relative(SITE, f);
    raw += data.length; gz += g;
    if (!onDemand.has(rel)) { firstRaw += data.length; firstGz += g; }
    console.log(`  ${(rel + (onDemand.has(rel) ? ' *' : '')).padEnd(34)} ${String(data.length).padStart(8)} B raw ${String(g).padStart(8)} B gzip`);
  }
  console.log(`  ${'first load'.padEnd(34)} ${String(firstRaw).padStart(8)} B raw ${String(firstGz).padStart(8)} B gzip (${kb(firstGz)}; target <= 300 KB)`);
  console.log(`  ${'everything'.padEnd(34)} ${String(raw).padStart(8)} B raw ${String(gz).padStart(8)} B gzip (${kb(gz)})`);
}

async function firstFrame(browser, appUrl, floorUrl) {
  const app = [], floor = [], marks = [];
  for (let i = 0; i < LOADS; ++i) {
    for (const [url, out, probe] of [[floorUrl, floor, 'window.firstFrameAt'], [appUrl, app, 'window.srm && window.srm.firstFrameAt']]) {
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(probe, null, { timeout: 30000 });
      out.push(await page.evaluate(probe));
      if (out === app) marks.push(await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))));
      await context.close();
    }
  }
  console.log(`== first frame (median of ${LOADS} alternating loads, ms after navigation start)`);
  console.log(`  WebGL2 floor page  ${median(floor).toFixed(0)} ms   [${floor.map((x) => x.toFixed(0)).join(' ')}]`);
  console.log(`  SRM Trainer app    ${median(app).toFixed(0)} ms   [${app.map((x) => x.toFixed(0)).join(' ')}]`);
  console.log(`  app - floor        ${(median(app) - median(floor)).toFixed(0)} ms (target <= 300 ms)`);
  for (const name of ['srm-downloaded', 'srm-runtime', 'srm-content', 'srm-started'])
    console.log(`    ${name.padEnd(16)} ${median(marks.map((m) => m[name])).toFixed(0)} ms`);
}

async function idleAndFrame(browser, appUrl) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await page.goto(appUrl);
  await page.waitForFunction(() => window.srm && window.srm.ready);
  await settle(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const c0 = await page.evaluate(() => window.srm.state().counters);
  const m0 = await metric();
  await page.waitForTimeout(5000);
  const m1 = await metric();
  const c1 = await page.evaluate(() => window.srm.state().counters);
  const wall = m1.Timestamp - m0.Timestamp;
  console.log('== idle (5 s, nobody touching the page)');
  console.log(`  main-thread CPU share   ${((m1.TaskDuration - m0.TaskDuration) / wall * 100).toFixed(2)} %`);
  console.log(`  frames rendered         ${c1.frames - c0.frames} (animation-frame callbacks ${c1.ticks - c0.ticks}; target 0 of each)`);

  // Active frames: mouse moves over the home screen, 120 of them.
  const before = await page.evaluate(() => window.srm.state().counters);
  for (let i = 0; i < 120; ++i) { await page.mouse.move(100 + (i % 40) * 15, 150 + (i % 7) * 40); await page.waitForTimeout(8); }
  await settle(page);
  const after = await page.evaluate(() => window.srm.state().counters);
  const frames = after.frames - before.frames;
  console.log('== active frame (home screen, mouse moving)');
  console.log(`  frames ${frames}, mean CPU per frame inside the app ${((after.frame_ms_total - before.frame_ms_total) / frames).toFixed(3)} ms (target <= 2 ms)`);
  await context.close();
}

// The question-bank parser, natively and in wasm under Node (built by the native and web-test presets).
import { execFileSync } from 'node:child_process';
function bankParse() {
  console.log('== question bank: parse and validate a generated bank');
  const native = path.join(ROOT, 'build/native/bench/bank_bench');
  const wasm = path.join(ROOT, 'build/web-test/bench/bank_bench.js');
  if (fs.existsSync(native)) console.log('  native: ' + execFileSync(native, { encoding: 'utf8' }).trim());
  if (fs.existsSync(wasm)) console.log('  wasm:   ' + execFileSync('node', ['--no-experimental-fetch', wasm], { encoding: 'utf8' }).trim());
}

bytes();
bankParse();
const server = await serveSite();
const floorServer = await startServer({ root: path.join(ROOT, 'bench'), port: 0 });
const browser = await launch();
try {
  await firstFrame(browser, server.url, floorServer.url + 'webgl-floor.html');
  await idleAndFrame(browser, server.url);
} finally {
  await browser.close(); await server.close(); await floorServer.close();
}
