// srm-check as a user runs it: exit codes, compiler-style output, the CSV export and the
// accessible HTML version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'build/native/src/tools/srm-check');
const run = (...args) => spawnSync(BIN, args, { cwd: ROOT, encoding: 'utf8' });

test('every bundled content file passes, exit status 0', () => {
  const files = ['assets/models', 'assets/lessons', 'assets/resources', 'quizzes']
    .flatMap((dir) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`));
  const r = run(...files);
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

// --accessible-html: the plain HTML version of the content, written from the same loaders as the app.
const contentFiles = () => ['assets/models', 'assets/lessons', 'assets/resources', 'quizzes']
  .flatMap((dir) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`));
const sections = (html) => (html.match(/<section /g) || []).length;

test('--accessible-html writes the index, every quiz in each of its languages, every model and the style sheet', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-accessible-'));
  const r = run('--accessible-html', out, ...contentFiles());
  assert.equal(r.status, 0, r.stderr);
  const quizzes = fs.readdirSync(path.join(ROOT, 'quizzes'));
  const models = fs.readdirSync(path.join(ROOT, 'assets/models')).filter((f) => !/\.[a-z]{2}\.json$/.test(f));
  const expected = [...quizzes.map((f) => `quiz-${f.replace(/\.json$/, '.html')}`), ...models.map((f) => `model-${f.replace(/\.json$/, '.html')}`)];
  assert.deepEqual(fs.readdirSync(out).sort(), [...expected, 'accessible.css', 'index.html'].sort());
  const index = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
  for (const page of expected) assert.ok(index.includes(`<a href="${page}"`), `the index links ${page}`);
  for (const page of expected) {
    const html = fs.readFileSync(path.join(out, page), 'utf8');
    assert.match(html, new RegExp(`^<!doctype html>\\n<html lang="${page.includes('.fr.') ? 'fr' : 'en'}">`), page);
    assert.equal((html.match(/<h1>/g) || []).length, 1, `${page} has one h1`);
    assert.ok(!/<script/i.test(html), `${page} has no script`);
    if (!page.startsWith('quiz-')) continue;
    const count = Number(html.match(/<p>(\d+) questions\. /)[1]);
    assert.equal(sections(html), count, `${page}: one section per question, as the page says`);
    assert.equal((html.match(/<details><summary>/g) || []).length, count, `${page}: one "Show the answer" per question`);
  }
  const all = expected.filter((p) => p.startsWith('quiz-')).map((p) => fs.readFileSync(path.join(out, p), 'utf8')).join('');
  assert.match(all, /<input type="checkbox"/, 'multiple choice as checkboxes');
  assert.match(all, /<fieldset><legend>[^<]+<\/legend><label><input type="radio" name="q\d+-0">/, 'classify and matrix rows as radio groups');
  assert.match(all, /<p>Put these in order:<\/p><ul><li>/, 'ordering items as a list');
  assert.match(all, /<p class="case">/, 'scenario cases');
  assert.match(fs.readFileSync(path.join(out, 'quiz-services.fr.html'), 'utf8'), /<label><input type="radio" name="q\d+"> Vrai<\/label>/);
});

test('--accessible-html includes the questions generated from the models, in English and in French', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-accessible-'));
  assert.equal(run('--accessible-html', out, ...contentFiles()).status, 0);
  const authored = JSON.parse(fs.readFileSync(path.join(ROOT, 'quizzes/services.json'), 'utf8')).questions.length;
  const english = fs.readFileSync(path.join(out, 'quiz-services.html'), 'utf8');
  const french = fs.readFileSync(path.join(out, 'quiz-services.fr.html'), 'utf8');
  assert.ok(sections(english) > authored, `more than the ${authored} authored questions`);
  assert.equal(sections(french), sections(english));
  assert.match(english, /<legend>Who is responsible for [^<]+ on Amazon [^<]+\?<\/legend>\n<label><input type="radio" name="q\d+"> The customer<\/label>/);
  assert.match(english, /<details><summary>Show the answer to question \d+<\/summary>\n<p><strong>Answer:<\/strong> (The customer|AWS|Shared between the customer and AWS)<\/p>/);
  assert.match(french, /<legend>Qui est responsable de «\u202f[^<]+\u202f» pour Amazon [^<]+\u202f\?<\/legend>/);
});

test('--accessible-html escapes everything that comes from content', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-accessible-'));
  fs.mkdirSync(path.join(dir, 'quizzes'));
  const evil = '<script>alert(1)</script><img src=x onerror="alert(2)">\'&';
  const common = { explanation: `Why ${evil}`, sources: [`https://example.com/?a=1&b='x'`], concepts: ['c'] };
  const quiz = {
    schema_version: 1, id: 'hostile', title: `Title ${evil}`, lang: 'en', description: `About ${evil}`, pass_mark: 0.7,
    concepts: [{ id: 'c', label: `Concept ${evil}`, misconception: `Believing ${evil}` }],
    questions: [
      { id: 'one', type: 'single', prompt: `Pick ${evil}`, choices: [`Right ${evil}`, `Wrong ${evil}`], key: 0,
        choice_feedback: ['', `No ${evil}`], ...common },
      { id: 'many', type: 'multiple', prompt: `Pick all ${evil}`, choices: [`A ${evil}`, `B ${evil}`], key: [0, 1],
        choice_feedback: [`Yes ${evil}`, ''], ...common },
      { id: 'tf', type: 'true-false', prompt: `True ${evil}`, key: false, ...common },
      { id: 'sort', type: 'classify', prompt: `Sort ${evil}`, items: [{ text: `Item ${evil}`, owner: 'customer' },
        { text: `Other ${evil}`, owner: 'provider' }], ...common },
      { id: 'order', type: 'ordering', prompt: `Order ${evil}`, order: [`First ${evil}`, `Second ${evil}`], ...common },
      { id: 'case', type: 'scenario', prompt: `Case ${evil}`, case: `Story ${evil}`, ...common,
        questions: [{ id: 'part', type: 'true-false', prompt: `Part ${evil}`, key: true, explanation: `Because ${evil}` }] },
    ],
  };
  fs.writeFileSync(path.join(dir, 'quizzes/hostile.json'), JSON.stringify(quiz));
  const out = path.join(dir, 'site');
  const r = run('--accessible-html', out, path.join(dir, 'quizzes/hostile.json'));
  assert.equal(r.status, 0, r.stderr);
  for (const page of ['index.html', 'quiz-hostile.html']) {
    const html = fs.readFileSync(path.join(out, page), 'utf8');
    assert.ok(!/<script|<img|onerror="/i.test(html), `${page} holds no markup from content`);
    assert.ok(html.includes('Title &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;&#x27;&amp;'), page);
  }
  const html = fs.readFileSync(path.join(out, 'quiz-hostile.html'), 'utf8');
  assert.equal(sections(html), 6);
  assert.ok(html.includes('<a href="https://example.com/?a=1&amp;b=&#x27;x&#x27;">Learn more</a>'), 'the source link is escaped');
  for (const text of ['Pick', 'Right', 'No', 'A', 'Yes', 'True', 'Item', 'First', 'Story', 'Part', 'Because'])
    assert.ok(html.includes(`${text} &lt;script&gt;`), `${text} is shown, escaped`);
});

test('--accessible-html of a broken content file reports where, exits 1 and writes nothing', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-accessible-'));
  fs.mkdirSync(path.join(dir, 'quizzes'));
  const file = path.join(dir, 'quizzes', 'broken.json');
  fs.writeFileSync(file, '{\n  "schema_version": 1,\n  "id": "broken"\n  "title": "t"\n}\n');
  const out = path.join(dir, 'site');
  const r = run('--accessible-html', out, 'quizzes/fundamentals.json', file);
  assert.equal(r.status, 1);
  assert.ok(r.stderr.split('\n').some((l) => l.startsWith(`${file}:4:9: error: `) && l.endsWith('[syntax-error]')), r.stderr);
  assert.equal(r.stdout, '');
  assert.ok(!fs.existsSync(out), 'no pages written');
});
