// How varied the project's own corpus is: per file, lines, distinct first words, distinct two-word openings, and
// distinct verb forms, counted as the word right after a subject pronoun (German V2, English SVO) or a sentence-
// opening imperative before "!" — a heuristic, printed as such. Run: npx tsx scripts/corpus-stats.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../lib/analysis/tokenize';
import { CORPUS_DIR } from './train/sources';

const SUBJECTS = new Set('ich du wir ihr er sie es man i you we they he she it'.split(' '));

function stats(texts: string[]) {
  const first = new Set<string>();
  const two = new Set<string>();
  const verbs = new Set<string>();
  for (const text of texts) {
    const words = tokenize(text).filter((t) => t.kind === 'word');
    if (words[0]) first.add(words[0].norm);
    if (words[1]) two.add(`${words[0]?.norm} ${words[1].norm}`);
    words.forEach((w, i) => {
      const next = words[i + 1];
      if (SUBJECTS.has(w.norm) && next && next.norm.length > 2) verbs.add(next.norm);
    });
  }
  return { lines: texts.length, first: first.size, two: two.size, verbs: verbs.size };
}

for (const dir of readdirSync(CORPUS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  const folder = join(CORPUS_DIR, dir.name);
  const byLang = new Map<string, string[]>();
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
    const texts = readFileSync(join(folder, file), 'utf8')
      .split('\n')
      .slice(1)
      .filter((l) => l.includes('\t'))
      .map((l) => l.slice(l.indexOf('\t') + 1));
    const s = stats(texts);
    console.log(
      `${`${dir.name}/${file}`.padEnd(42)} ${String(s.lines).padStart(5)} lines  ${String(s.first).padStart(4)} first words  ${String(s.two).padStart(4)} openings  ${String(s.verbs).padStart(4)} verb forms`,
    );
    const lang = file.slice(0, 2);
    byLang.set(lang, [...(byLang.get(lang) ?? []), ...texts]);
  }
  for (const [lang, texts] of byLang) {
    const s = stats(texts);
    console.log(
      `${`${dir.name}/${lang} (all)`.padEnd(42)} ${String(s.lines).padStart(5)} lines  ${String(s.first).padStart(4)} first words  ${String(s.two).padStart(4)} openings  ${String(s.verbs).padStart(4)} verb forms`,
    );
  }
}
