// npm run eval: measures the analysis engine on the labelled sets in ../shared/data and prints precision,
// recall and F1 per set, beside the vader-sentiment package on the VADER tweets. `--check` exits 1 when a
// target is missed. Targets: see the analysis-engine issue and README.
import vader from 'vader-sentiment';
import { analyze } from '../lib/analysis/index';
import { loadGermEval, loadVaderTweets, loadYoutubeSpam, type Polarity } from './eval/data';
import { accuracy, classFigures, formatFigures, macroF1 } from './eval/measures';

const results: { name: string; value: number; target: number; pass: boolean }[] = [];
const target = (name: string, value: number, goal: number) => {
  results.push({ name, value, target: goal, pass: value >= goal });
};

function youtube(): void {
  const rows = loadYoutubeSpam();
  const predicted = rows.map((r) => analyze(r.text, { mode: 'item', langHint: 'en' }).promotional.flagged);
  const gold = rows.map((r) => r.label);
  const spam = classFigures(gold, predicted, true);
  console.log(`\nYouTube spam (${rows.length} comments, promotional.flagged vs CLASS=1)`);
  console.log(
    formatFigures([
      { ...spam, label: 'spam' },
      { ...classFigures(gold, predicted, false), label: 'ham' },
    ]),
  );
  console.log(`  accuracy ${accuracy(gold, predicted).toFixed(3)}`);
  for (const group of [...new Set(rows.map((r) => r.group))]) {
    const idx = rows.flatMap((r, i) => (r.group === group ? [i] : []));
    const f = classFigures(
      idx.map((i) => gold[i]),
      idx.map((i) => predicted[i]),
      true,
    );
    console.log(
      `  ${group.padEnd(22)} spam F1 ${f.f1.toFixed(3)}  P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}`,
    );
  }
  target('YouTube spam F1', spam.f1, 0.95);
  target('YouTube spam precision', spam.precision, 0.97);
}

function germeval(): void {
  const rows = loadGermEval();
  const predicted = rows.map((r) =>
    analyze(r.text, { mode: 'item', langHint: 'de' }).hostile.flagged ? 'OFFENSE' : 'OTHER',
  );
  const gold = rows.map((r) => r.label);
  const figures = [classFigures(gold, predicted, 'OFFENSE'), classFigures(gold, predicted, 'OTHER')];
  console.log(`\nGermEval 2018 training set (${rows.length} tweets, hostile.flagged vs OFFENSE)`);
  console.log(formatFigures(figures));
  console.log(`  macro-F1 ${macroF1(figures).toFixed(3)}  accuracy ${accuracy(gold, predicted).toFixed(3)}`);
  target('GermEval macro-F1', macroF1(figures), 0.72);
}

function vaderTweets(): void {
  const rows = loadVaderTweets();
  const gold = rows.map((r) => r.label);
  const ours = rows.map((r) => analyze(r.text, { mode: 'item', langHint: 'en' }).tone.label);
  const theirs = rows.map((r): Polarity => {
    const c = vader.SentimentIntensityAnalyzer.polarity_scores(r.text).compound;
    return c >= 0.05 ? 'positive' : c <= -0.05 ? 'negative' : 'neutral';
  });
  const labels: Polarity[] = ['positive', 'neutral', 'negative'];
  const oursF = labels.map((l) => classFigures(gold, ours, l));
  const theirsF = labels.map((l) => classFigures(gold, theirs, l));
  console.log(`\nVADER tweets (${rows.length}, gold: mean rating / 4, ±0.05)`);
  console.log('  Listen First tone:');
  console.log(formatFigures(oursF));
  console.log(`  macro-F1 ${macroF1(oursF).toFixed(3)}`);
  console.log('  vader-sentiment package (compound ±0.05):');
  console.log(formatFigures(theirsF));
  console.log(`  macro-F1 ${macroF1(theirsF).toFixed(3)}`);
  target('VADER tweets macro-F1 (vader-sentiment: see above)', macroF1(oursF), macroF1(theirsF) + 1e-9);
}

youtube();
germeval();
vaderTweets();

console.log('\nTargets');
for (const r of results) {
  console.log(
    `  ${r.pass ? 'met   ' : 'MISSED'} ${r.name.padEnd(52)} ${r.value.toFixed(3)} (target ≥ ${r.target.toFixed(3)})`,
  );
}
if (process.argv.includes('--check') && results.some((r) => !r.pass)) process.exit(1);
