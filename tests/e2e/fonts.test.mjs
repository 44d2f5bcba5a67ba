// The subset fonts of the built site hold a glyph for every character the app can show, in both
// languages: the interface's string table (English and French) and every content file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, SITE } from './browser.mjs';
import { contentFiles } from '../../scripts/content-files.mjs';

function cmap(font) {
  const script = 'import json, sys\nfrom fontTools.ttLib import TTFont\nprint(json.dumps(sorted(TTFont(sys.argv[1]).getBestCmap())))';
  const r = spawnSync('/usr/bin/python3', ['-c', script, font], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return new Set(JSON.parse(r.stdout));
}

function shownText() {
  const files = [path.join(ROOT, 'src/ui/strings.fr.json')];
  for (const file of contentFiles()) files.push(path.join(ROOT, file));
  return files.map((f) => fs.readFileSync(f, 'utf8')).join('');
}

test('both UI fonts cover every character of the interface and content in English and French', () => {
  const needed = new Set([...shownText()].map((c) => c.codePointAt(0)).filter((cp) => cp >= 0x20));
  for (const cp of [0x202f, 0xab, 0xbb, 0x2019, 0xe9, 0xe8, 0xe0, 0xe7, 0xea, 0xf4, 0xfb, 0xc9, 0x153]) needed.add(cp);
  for (const font of ['fonts/ui-regular.ttf', 'fonts/ui-semibold.ttf']) {
    const have = cmap(path.join(SITE, font));
    const missing = [...needed].filter((cp) => !have.has(cp)).map((cp) => 'U+' + cp.toString(16).toUpperCase().padStart(4, '0'));
    assert.deepEqual(missing, [], `${font} lacks glyphs`);
  }
});
