// The content files the site ships, for the Node tests: every *.json file in each folder that
// content-folders.txt lists, as paths relative to the repository root.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function contentFolders() {
  return fs.readFileSync(path.join(ROOT, 'content-folders.txt'), 'utf8').split('\n')
    .map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
}

export function contentFiles() {
  return contentFolders().flatMap((dir) =>
    fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.json')).sort().map((f) => `${dir}/${f}`));
}
