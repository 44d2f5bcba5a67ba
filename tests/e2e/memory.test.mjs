// Memory in Chromium, as sizes, not timings: after load the app's WebAssembly memory and the
// page's JavaScript heap stay under generous bounds, and the loader keeps no copy of the bytes
// it fetched (the app, fonts and content live once, inside the app's memory).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveSite, openApp } from './browser.mjs';

let browser, server;
before(async () => { server = await serveSite(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const MiB = 1024 * 1024;

test('after load the wasm memory and the JS heap are small, and the fetched bytes are not kept', async () => {
  const { page, context } = await openApp(browser, server.url);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { wasm, fetched, atlas } = await page.evaluate(() => ({
    wasm: window.Module.HEAPU8.buffer.byteLength,
    fetched: window.srm.loading.total,
    atlas: window.srm.state().canvas.font_atlas_bytes,
  }));
  assert.ok(wasm <= 6 * MiB, `wasm memory ${(wasm / MiB).toFixed(2)} MiB`);
  assert.ok(heap.usedSize <= 6 * MiB, `JS heap ${(heap.usedSize / MiB).toFixed(2)} MiB`);
  // Array buffers still alive in the page: far less than what was downloaded.
  assert.ok(heap.backingStorageSize < fetched / 4, `array buffers ${heap.backingStorageSize} bytes of ${fetched} fetched`);
  // The font texture takes two bytes a texel, and the atlas's own pixels are freed after upload.
  assert.ok(atlas > 0 && atlas <= 2 * MiB, `font texture ${atlas} bytes`);
  await context.close();
});
