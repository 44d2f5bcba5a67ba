// The content layer: facts the audit corrected stay corrected, no content cites a retired source,
// every English file has a French edition written in French, every wrong choice has feedback, and
// each language meets the counts the product promises (srm-check --stats). Reads the files as shipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentFiles } from '../../scripts/content-files.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const PINS = read('tests/content/pinned-facts.json');
const FILES = contentFiles();
const isFrench = (file) => file.endsWith('.fr.json');
const model = (id) => read(`assets/models/${id}.json`);
const cellOf = (m, service, control) => m.cells.find((c) => c.service === service && c.control === control);

// Every string value of a document (keys are ids, never prose).
function strings(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}
// Every question of a quiz, scenario parts included.
const questionsOf = (quiz) => quiz.questions.flatMap((q) => [q, ...(q.questions || [])]);

test('each fact the audit corrected is still what the model says', () => {
  for (const fact of PINS.facts) {
    const where = `${fact.model}/${fact.service}/${fact.control} (${fact.why})`;
    const cell = cellOf(model(fact.model), fact.service, fact.control);
    assert.ok(cell, `${where}: no such cell`);
    if (fact.owner) assert.equal(cell.owner, fact.owner, where);
    if (fact.explanation) assert.match(cell.explanation, new RegExp(fact.explanation, 'i'), where);
    if (fact.source) assert.ok(cell.source.includes(fact.source), `${where}: source ${cell.source}`);
    if ('default_on' in fact) {
      assert.ok(cell.default, `${where}: the cell states no default`);
      assert.equal(cell.default.on, fact.default_on, where);
    }
    if (fact.default_what) assert.match(cell.default.what, new RegExp(fact.default_what, 'i'), where);
    if (fact.since) assert.equal(cell.default.since, fact.since, where);
  }
});

test('the models have the services a security team expects, under their current names', () => {
  for (const [id, want] of Object.entries(PINS.services)) {
    const ids = model(id).services.map((s) => s.id);
    if (want.at_least) assert.ok(ids.length >= want.at_least, `${id}: ${ids.length} services`);
    for (const s of want.must_have) assert.ok(ids.includes(s), `${id} lacks ${s}`);
  }
  for (const [key, name] of Object.entries(PINS.names)) {
    const [m, s] = key.split('/');
    assert.equal(model(m).services.find((x) => x.id === s).name, name);
  }
});

test('no content file cites the archived 2016 whitepaper', () => {
  for (const file of FILES) {
    const hits = strings(read(file)).filter((s) => s.includes('AWS_Security_Best_Practices.pdf'));
    assert.deepEqual(hits, [], file);
  }
});

test("the generic shared responsibility page supports only what it says of every service", () => {
  const { url, controls, cells } = PINS.generic_page;
  for (const id of ['aws']) {
    for (const c of model(id).cells) {
      const key = `${c.service}/${c.control}`;
      if (c.source === url) assert.ok(controls.includes(c.control) || cells.includes(key), `${id}/${key} cites the generic page`);
      for (const v of c.variants || []) assert.notEqual(v.source, url, `${id}/${key} variant ${v.setting}=${v.option}`);
    }
  }
});

test('every English content file has a French edition', () => {
  for (const file of FILES.filter((f) => !isFrench(f))) {
    const french = file.replace(/\.json$/, '.fr.json');
    assert.ok(FILES.includes(french), `${file} has no ${french}`);
    const doc = read(french);
    if (file.startsWith('assets/models/')) assert.equal(doc.translates, read(file).id, french);
    else assert.equal(doc.lang, 'fr', french);
  }
});

test('French files read as French: no calques, the providers\' French terms', () => {
  const calques = [/sont à vous de/i, /(?<!c[’'])est à vous de/i, /moteur à vous/i, /\bruntimes?\b/i];   // « c’est à vous de » is French
  for (const file of FILES.filter(isFrench)) {
    for (const s of strings(read(file))) {
      if (!s.includes(' ') || s.startsWith('https://')) continue;   // ids and links
      for (const calque of calques) assert.doesNotMatch(s, calque, `${file}: ${s}`);
    }
  }
});

test('every wrong choice of a single or multiple question says which misconception it reflects, in both languages', () => {
  for (const file of FILES.filter((f) => f.startsWith('quizzes/'))) {
    for (const q of questionsOf(read(file))) {
      if (q.type !== 'single' && q.type !== 'multiple') continue;
      const keyed = [].concat(q.key);
      assert.equal((q.choice_feedback || []).length, q.choices.length, `${file} ${q.id}`);
      q.choices.forEach((_, i) => {
        if (!keyed.includes(i)) assert.ok(q.choice_feedback[i].trim().length > 10, `${file} ${q.id} choice ${i}`);
      });
    }
  }
});

test('srm-check --stats: each language has at least 7 quizzes, 120 authored questions and every model whole', () => {
  const bin = path.join(ROOT, 'build/native/src/tools/srm-check');
  const r = spawnSync(bin, ['--stats', ...FILES], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout);
  const lines = Object.fromEntries([...r.stdout.matchAll(/^language (\w+) +(\d+) quizzes, +(\d+) authored questions \(\+(\d+) generated\), +(\d+) cells in (\d+) whole models/gm)]
    .map((m) => [m[1], { quizzes: +m[2], authored: +m[3], cells: +m[5], models: +m[6] }]));
  assert.deepEqual(Object.keys(lines).sort(), ['en', 'fr'], r.stdout);
  for (const lang of ['en', 'fr']) {
    assert.ok(lines[lang].quizzes >= 7, `${lang}: ${lines[lang].quizzes} quizzes`);
    assert.ok(lines[lang].authored >= 120, `${lang}: ${lines[lang].authored} authored questions`);
    assert.equal(lines[lang].models, 3, `${lang}: models translated whole`);
    assert.equal(lines[lang].cells, lines.en.cells);
  }
});
