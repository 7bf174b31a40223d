// npm run eval: measures the analysis engine on the labelled sets in ../shared/data and prints precision,
// recall and F1 per set, beside the vader-sentiment package on the VADER tweets. `--check` exits 1 when a
// target is missed. The same figures are asserted by scripts/eval/targets.test.ts.
import { analyze } from '../lib/analysis/index';
import { formatFigures } from './eval/measures';
import { germEval, germEval2017Sentiment, type SetReport, vaderTweets, youtubeSpam } from './eval/sets';

const results: { name: string; value: number; target: number }[] = [];

function print(report: SetReport): void {
  console.log(`\n${report.name}`);
  console.log(formatFigures(report.figures));
  console.log(`  macro-F1 ${report.macroF1.toFixed(3)}  accuracy ${report.accuracy.toFixed(3)}`);
  for (const part of report.parts) {
    const f = part.spam;
    console.log(
      `  ${part.name.padEnd(22)} spam F1 ${f.f1.toFixed(3)}  P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}`,
    );
  }
}

const spam = youtubeSpam(analyze);
print(spam);
const spamFigures = spam.figures[0];
results.push({ name: 'YouTube spam F1', value: spamFigures?.f1 ?? 0, target: 0.95 });
results.push({ name: 'YouTube spam precision', value: spamFigures?.precision ?? 0, target: 0.97 });

const offense = germEval(analyze);
print(offense);
results.push({ name: 'GermEval OFFENSE/OTHER macro-F1', value: offense.macroF1, target: 0.72 });

const tweets = vaderTweets(analyze);
print(tweets.ours);
print(tweets.baseline);
results.push({
  name: 'VADER tweets macro-F1 above vader-sentiment',
  value: tweets.ours.macroF1,
  target: tweets.baseline.macroF1 + 1e-9,
});

// Evaluation only (CC BY-NC): aggregate figures, never rows; no word or threshold is chosen from it.
const german = germEval2017Sentiment(analyze);
print(german);

console.log('\nTargets');
for (const r of results) {
  const pass = r.value >= r.target;
  console.log(
    `  ${pass ? 'met   ' : 'MISSED'} ${r.name.padEnd(46)} ${r.value.toFixed(3)} (target ≥ ${r.target.toFixed(3)})`,
  );
}
if (process.argv.includes('--check') && results.some((r) => r.value < r.target)) process.exit(1);
