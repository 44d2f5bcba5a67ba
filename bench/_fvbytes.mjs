import fs from 'node:fs'; import path from 'node:path'; import zlib from 'node:zlib';
import { launch, serveSite, settle, SITE } from '../tests/e2e/browser.mjs';
const browser = await launch(); const server = await serveSite();
const ctx = await browser.newContext({ viewport: { width: 1024, height: 768 } }); const page = await ctx.newPage();
const urls = new Set(); page.on('request', (r) => urls.add(new URL(r.url()).pathname));
await page.goto(server.url + (process.argv[2] || '')); await page.waitForFunction(() => window.srm && window.srm.ready); await settle(page);
let t = 0;
for (const u of urls) { const f = path.join(SITE, u === '/' ? 'index.html' : u.slice(1)); const g = zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length; t += g; console.log(String(g).padStart(8), u); }
console.log('total', t, (t / 1024).toFixed(1) + ' KB', urls.size, 'requests');
await browser.close(); process.exit(0);
