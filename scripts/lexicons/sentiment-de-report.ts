// German tone report: figures on the project's own tuning set (odd lines tune, even lines check), and candidate
// forms mined from GermEval 2018 (CC BY 4.0) for the hand-written German lexicon. Run:
// npx tsx scripts/lexicons/sentiment-de-report.ts [--errors] [--candidates [min]] [--false-friends] [--forms]
import { analyze } from '../../lib/analysis/index';
import { lookupGermanForms } from '../../lib/analysis/metrics/tone/german-forms';
import { toneWords } from '../../lib/analysis/metrics/tone/words';
import { tokenize } from '../../lib/analysis/tokenize';
import { loadGermEval, type Polarity } from '../eval/data';
import { classFigures, formatFigures, macroF1 } from '../eval/measures';
import { TONE_TUNING_DE } from './sentiment-de-tuning';

const LABELS: Polarity[] = ['positive', 'neutral', 'negative'];
const SIGN: Record<string, Polarity> = { '+': 'positive', '0': 'neutral', '-': 'negative' };

const rows = TONE_TUNING_DE.split('\n')
  .filter((line) => /^[-+0] /.test(line))
  .map((line, i) => {
    const text = line.slice(2);
    const tone = analyze(text, { mode: 'item', langHint: 'de' }).tone;
    return { text, gold: SIGN[line[0] as string] as Polarity, ours: tone.label, score: tone.score, tune: i % 2 === 0 };
  });

for (const [name, subset] of [
  ['tuning (odd lines)', rows.filter((r) => r.tune)],
  ['check (even lines)', rows.filter((r) => !r.tune)],
  ['all', rows],
] as const) {
  const figures = LABELS.map((l) =>
    classFigures(
      subset.map((r) => r.gold),
      subset.map((r) => r.ours),
      l,
    ),
  );
  console.log(`\n${name}, n=${subset.length}: macro-F1 ${macroF1(figures).toFixed(3)}`);
  console.log(formatFigures(figures));
}

if (process.argv.includes('--errors')) {
  console.log('\nMisread lines of the tuning half (gold, ours, score):');
  for (const r of rows.filter((x) => x.tune && x.ours !== x.gold)) {
    console.log(`  ${r.gold.slice(0, 3)} ${r.ours.slice(0, 3)} ${r.score.toFixed(2).padStart(5)}  ${r.text}`);
  }
}

/** Word frequencies (documents) in GermEval 2018, with the share of OFFENSE tweets: a hint of negative words. */
function corpusWords(): [string, number, number][] {
  const counts = new Map<string, [number, number]>();
  for (const row of loadGermEval()) {
    const seen = new Set<string>();
    for (const t of tokenize(row.text)) {
      if (t.kind !== 'word' && t.kind !== 'hashtag') continue;
      const w = t.kind === 'hashtag' ? t.norm.slice(1) : t.norm;
      if (seen.has(w)) continue;
      seen.add(w);
      const c = counts.get(w) ?? [0, 0];
      c[0]++;
      if (row.label === 'OFFENSE') c[1]++;
      counts.set(w, c);
    }
  }
  return [...counts].map(([w, [n, off]]): [string, number, number] => [w, n, off / n]).sort((a, b) => b[1] - a[1]);
}

const { words } = toneWords();
const list = (title: string, picked: string[]) => console.log(`\n${title} (${picked.length}):\n  ${picked.join('  ')}`);
const candidates = process.argv.indexOf('--candidates');
if (candidates >= 0) {
  const min = Number(process.argv[candidates + 1]) || 5;
  list(
    `GermEval 2018 words without a German valence, in at least ${min} tweets (word:tweets:% OFFENSE)`,
    corpusWords()
      .filter(([w, n]) => n >= min && w.length > 2 && words.get(w)?.de === undefined && !lookupGermanForms(w))
      .map(([w, n, off]) => `${w}:${n}:${Math.round(off * 100)}`),
  );
}
if (process.argv.includes('--false-friends')) {
  list(
    'GermEval 2018 words read with an English valence only (false-friend candidates; word:tweets:valence)',
    corpusWords()
      .filter(([w, n]) => n >= 2 && words.get(w)?.en !== undefined && words.get(w)?.de === undefined)
      .filter(([w]) => !toneWords().deFalseFriends.has(w))
      .map(([w, n]) => `${w}:${n}:${words.get(w)?.en}`),
  );
}
if (process.argv.includes('--forms')) {
  list(
    'GermEval 2018 words scored through German forms and compounds (word:tweets:valence): check for false hits',
    corpusWords()
      .filter(([w, n]) => n >= 2 && words.get(w)?.de === undefined && lookupGermanForms(w) !== undefined)
      .map(([w, n]) => `${w}:${n}:${lookupGermanForms(w)}`),
  );
}
