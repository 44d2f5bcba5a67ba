// srm-check as a user runs it: exit codes, compiler-style output, the CSV export and the
// accessible HTML version.
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
  for (const type of ['single', 'multiple', 'true-false', 'classify', 'matrix', 'ordering', 'scenario', 'line'])
    assert.match(r.stdout, new RegExp(`^type ${type}\\s+\\d+$`, 'm'), `type ${type} is used`);
});

// --accessible-html: the plain HTML version of the content, written from the same loaders as the app.
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

test('--accessible-html shows a line question as its layers in order, the right line in the answer', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-accessible-'));
  assert.equal(run('--accessible-html', out, ...contentFiles()).status, 0);
  const english = fs.readFileSync(path.join(out, 'quiz-multi-cloud.html'), 'utf8');
  const french = fs.readFileSync(path.join(out, 'quiz-multi-cloud.fr.html'), 'utf8');
  assert.match(english, /<p>The layers, from the top \(your side\) down:<\/p><ol><li>[^<]+<\/li><li>/);
  assert.match(english, /<p><strong>Answer:<\/strong> (between [^<]+ and [^<]+|above [^<]+|below [^<]+)(, on either side of [^<]+)?<\/p>/);
  assert.match(french, /<p>Les couches, du haut \(votre côté\) vers le bas\u202f:<\/p><ol><li>/);
  assert.match(french, /<p><strong>[^<]+<\/strong> (entre [^<]+ et [^<]+|au-dessus de [^<]+|en dessous de [^<]+)/);
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

// "Your stack" on the command line: the worksheet a team keeps beside its code.
const MODELS = ['assets/models/aws.json', 'assets/models/azure.json', 'assets/models/gcp.json'];
const fnv1a = (text) => {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
};

test('--worksheet prints the Markdown worksheet: a table per control, splits named, the provider side summed up', () => {
  const r = run('--worksheet', 'aws', '--services', 'ec2,rds,lambda', ...MODELS);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const md = r.stdout;
  assert.ok(md.startsWith('# Your stack: AWS\n\n- Services: Amazon EC2; Amazon RDS ('), md.slice(0, 200));
  assert.match(md, /\n## Guest OS patching\n\nSplit differently: Amazon EC2: Customer; Amazon RDS: AWS; AWS Lambda: AWS\n/);
  const model = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/models/aws.json'), 'utf8'));
  const duties = model.cells.filter((c) => ['ec2', 'rds', 'lambda'].includes(c.service) && ['customer', 'shared'].includes(c.owner));
  const rows = md.split('\n').filter((l) => /^\| Amazon EC2 |^\| Amazon RDS |^\| AWS Lambda /.test(l));
  assert.equal(rows.length, duties.length, 'one row per duty under the default settings');
  for (const row of rows) assert.equal(row.replaceAll('\\|', '').split('|').length, 12, row);   // 10 columns, pipes escaped
  const ec2 = model.cells.find((c) => c.service === 'ec2' && c.control === 'guest-os-patching');
  assert.ok(md.includes(`| Amazon EC2 | Customer |  | ${ec2.explanation} |  | [docs.aws.amazon.com](${ec2.source}) | ${ec2.last_verified} | open |  |  |`));
  const provided = model.controls.filter((c) => model.cells.some((x) => x.service === 'ec2' && x.control === c.id && x.owner === 'provider'));
  assert.ok(md.includes(`\n## The provider's side\n\n- Amazon EC2 (${provided.length} of ${model.controls.length} controls): `
    + `${provided.map((c) => c.label).join(', ')}\n`), md.slice(-600));
});

test('--worksheet --format csv: settings and third parties move the rows, every field quoted', () => {
  const r = run('--worksheet', 'assets/models/aws.json', '--services', 'lambda', '--set', 'lambda.package=container-image',
    '--party', 'Platform team=lambda/runtime-patching', '--format', 'csv');
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\r\n');
  assert.equal(lines[0], '"Control","Service","Setting","Responsibility","Taken by","Explanation","Provider default","Source",'
    + '"Last checked","Status","Owner","Evidence","Split differently"');
  for (const line of lines) assert.match(line, /^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*"){12}$/, line);
  const runtime = lines.find((l) => l.startsWith('"Runtime patching",'));
  assert.ok(runtime.startsWith('"Runtime patching","AWS Lambda","Deployment package: Container image","Customer","Platform team",'), runtime);
  assert.ok(lines.some((l) => l.startsWith('"Guest OS patching","AWS Lambda","Deployment package: Container image","Shared",')));
});

test('--worksheet --code reads a code from the app with its marks; a damaged code is refused', () => {
  const body = 'SRMS1|aws|ec2|||ec2.guest-os-patching:d:Ana_B:https~3A//wiki.example.com/patching';
  const r = run('--worksheet', 'aws', '--code', `${body}|${fnv1a(body)}`, ...MODELS);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /\| open \| {2}\| {2}\|\n/);
  assert.ok(r.stdout.includes('| done | Ana B | [wiki.example.com](https://wiki.example.com/patching) |\n'), r.stdout);
  const damaged = run('--worksheet', 'aws', '--code', `${body.replace('Ana', 'Bob')}|${fnv1a(body)}`, ...MODELS);
  assert.equal(damaged.status, 2);
  assert.match(damaged.stderr, /damaged/);
  assert.equal(damaged.stdout, '');
});

test('--worksheet names every unknown service, setting, option and duty, exit status 2', () => {
  const r = run('--worksheet', 'aws', '--services', 'ec2,s4,lambda', '--set', 'lambda.package=image', '--set', 'lambda.colour=red',
    '--party', 'Platform team=ec2/physical-security', ...MODELS);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.ok(r.stderr.includes('error: services: the AWS model has no service "s4".'), r.stderr);
  assert.ok(r.stderr.includes('error: set: lambda.package has no option "image"; choose zip or container-image.'), r.stderr);
  assert.ok(r.stderr.includes('error: set: AWS Lambda has no setting "colour". Its settings: package, runtime-update-mode.'), r.stderr);
  assert.ok(r.stderr.includes("error: parties: Platform team takes ec2/physical-security, which is not the team's to hand over"), r.stderr);
  assert.equal(run('--worksheet', 'mars', '--services', 'ec2', ...MODELS).status, 2);
  assert.equal(run('--worksheet', 'aws', '--services', 'ec2', '--format', 'html', ...MODELS).status, 2);
  assert.equal(run('--worksheet', 'aws', ...MODELS).status, 2);
  assert.equal(run('--worksheet', 'aws', '--services', 'ec2', '--set', 'nodot', ...MODELS).status, 2);
});

// A certificate code as the app writes it: its fields, then the FNV-1a 32 checksum of everything before.
function certificateCode(body) {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(body, 'utf8')) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return body + '|' + h.toString(16).padStart(8, '0');
}

test('--verify says what a certificate code certifies, exit 0; a damaged one is refused, exit 1', () => {
  const code = certificateCode('SRMC1|Zo%C3%A9%20Martin|fundamentals|85|2026-11-30|aws:2026-11-30');
  const ok = run('--verify', code, 'quizzes/fundamentals.json', 'assets/models/aws.json');
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  const title = JSON.parse(fs.readFileSync(path.join(ROOT, 'quizzes/fundamentals.json'), 'utf8')).title;
  assert.equal(ok.stdout.trim(), `valid certificate: Zoé Martin passed the quiz "${title}" with 85% on 2026-11-30 (content edition aws:2026-11-30)`);
  const bare = run('--verify', code);
  assert.equal(bare.status, 0);
  assert.match(bare.stdout, /passed the quiz "fundamentals" with 85%/);
  const raised = run('--verify', code.replace('|85|', '|95|'));
  assert.equal(raised.status, 1);
  assert.match(raised.stdout, /^invalid certificate: .*check digits do not match/);
  assert.equal(run('--verify', 'SRMW1|ABCDE-FGHJK|Sam|0|0|00000000').status, 1);
});
