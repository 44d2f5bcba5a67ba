#!/usr/bin/env node
// A small static file server for the built site (make serve, the browser tests, the benchmark).
//   node scripts/serve.mjs [--root DIR] [--port N] [--host H]
// Serves files with correct MIME types (application/wasm included), refuses paths outside the
// root, never caches (a rebuilt site is picked up on reload), and allows any origin to fetch the
// files, which a sandboxed iframe (an opaque origin) needs. Exported for tests as
// startServer({root, port, host}) -> Promise<{url, close()}>.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.otf': 'font/otf', '.ttf': 'font/ttf', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon',
};

export function startServer({ root, port = 8080, host = '127.0.0.1', headers = {} }) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = path.normalize(path.join(base, decodeURIComponent(url.pathname)));
    if (file !== base && !file.startsWith(base + path.sep)) { res.writeHead(403).end('forbidden'); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file)] || 'application/octet-stream',
        'Content-Length': data.length, 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*', ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/`, close: () => new Promise(r => server.close(r)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
  };
  const root = arg('--root', 'build/web/site');
  const port = Number(arg('--port', process.env.PORT || 8080));
  const host = arg('--host', '127.0.0.1');
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`serve: ${root}/index.html not found; build the site first (make serve does)`);
    process.exit(1);
  }
  startServer({ root, port, host }).then(({ url }) => {
    console.log(`SRM Trainer is being served at ${url.replace('127.0.0.1', 'localhost')}  (Ctrl+C stops)`);
  }, (err) => { console.error(`serve: ${err.message}`); process.exit(1); });
}
