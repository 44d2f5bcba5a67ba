// srm-check as a user runs it: exit codes, compiler-style output, and the CSV export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentFiles } from '../../scripts/content-files.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'build/native/src/tools/srm-check');
const run = (...args) => spawnSync(BIN, args, { cwd: ROOT, encoding: 'utf8' });

test('every bundled content file passes, exit status 0', () => {
  const r = run(...contentFiles());
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /srm-check: \d+ file\(s\), 3 model\(s\), \d+ quiz\(zes\), 0 error\(s\)/);
});

test('a broken file gives file:line:col, the JSON pointer and the id, exit status 1', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-check-'));
  fs.mkdirSync(path.join(dir, 'quizzes'));
  const file = path.join(dir, 'quizzes', 'bad.json');
  fs.writeFileSync(file, '{\n  "schema_version": 1,\n  "id": "Bad Id",\n  "title": "t",\n  "lang": "en",\n  "description": "d",\n  "questions": []\n}\n');
  const r = run(file);
  assert.equal(r.status, 1);
  assert.ok(r.stdout.includes(`${file}:3:9: error: /id: ids use lower-case letters`), r.stdout);
  assert.ok(r.stdout.includes(`${file}:7:16: error: /questions: the quiz has no questions [empty-quiz]`), r.stdout);
});

test('usage errors exit with status 2', () => {
  assert.equal(run().status, 2);
  assert.equal(run('--bogus').status, 2);
});

test('--export-matrix prints the whole matrix as CSV', () => {
  const r = run('--export-matrix', 'assets/models/aws.json');
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\r\n');
  assert.equal(lines[0], 'service,control,owner,explanation,source,last_verified');
  const model = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/models/aws.json'), 'utf8'));
  const variants = model.cells.reduce((n, c) => n + (c.variants ? c.variants.length : 0), 0);
  assert.equal(lines.length, 1 + model.services.length * model.controls.length + variants);
  const manual = model.cells.find((c) => c.service === 'lambda' && c.control === 'runtime-patching')
    .variants.find((v) => v.setting === 'runtime-update-mode' && v.option === 'manual');
  const quoted = (text) => `"${text.replaceAll('"', '""')}"`;   // every field is quoted
  assert.ok(lines.includes(['lambda[runtime-update-mode=manual]', 'runtime-patching', manual.owner, manual.explanation,
    manual.source, manual.last_verified].map(quoted).join(',')), 'the variant follows its cell with the setting in the service column');
  assert.ok(lines.some((l) => l.startsWith('"rds","guest-os-patching","provider",')));
});

test('--export-matrix of a broken model prints the diagnostics and exits 1', () => {
  const r = run('--export-matrix', 'quizzes/fundamentals.json');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /error: /);
  assert.equal(r.stdout, '');
});

test('--stats counts questions per quiz, type and concept', () => {
  const quizzes = fs.readdirSync(path.join(ROOT, 'quizzes')).map((f) => `quizzes/${f}`);
  const models = fs.readdirSync(path.join(ROOT, 'assets/models')).map((f) => `assets/models/${f}`);
  const r = run('--stats', ...models, ...quizzes);
  assert.equal(r.status, 0, r.stdout);
  const total = Number(r.stdout.match(/^total (\d+) questions in (\d+) quizzes$/m)[1]);
  assert.ok(total >= 80, `at least 80 questions, found ${total}`);
  assert.match(r.stdout, /^quiz services\s+\d+ questions \((\d+) generated\)$/m);
  for (const type of ['single', 'multiple', 'true-false', 'classify', 'matrix', 'ordering', 'scenario'])
    assert.match(r.stdout, new RegExp(`^type ${type}\\s+\\d+$`, 'm'), `type ${type} is used`);
});
