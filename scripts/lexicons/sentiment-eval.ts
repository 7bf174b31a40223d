// Tone metric on the VADER tweets split in two halves (odd ids: tuning, even ids: held out), beside the
// vader-sentiment package, plus a threshold sweep on the tuning half. Run: npx tsx scripts/lexicons/sentiment-eval.ts
// The tone constants are tuned on the first half only; the second half says how well that generalises.
import vader from 'vader-sentiment';
import { analyze } from '../../lib/analysis/index';
import { loadVaderTweets, type Polarity } from '../eval/data';
import { classFigures, macroF1 } from '../eval/measures';

const LABELS: Polarity[] = ['positive', 'neutral', 'negative'];
const rows = loadVaderTweets();
const scored = rows.map((r) => {
  const tone = analyze(r.text, { mode: 'item', langHint: 'en' }).tone;
  const c = vader.SentimentIntensityAnalyzer.polarity_scores(r.text).compound;
  const theirs: Polarity = c >= 0.05 ? 'positive' : c <= -0.05 ? 'negative' : 'neutral';
  return { ...r, score: tone.score, ours: tone.label, theirs, tune: Number(r.id) % 2 === 1 };
});

const f1 = (subset: typeof scored, pick: (r: (typeof scored)[number]) => Polarity) =>
  macroF1(
    LABELS.map((l) =>
      classFigures(
        subset.map((r) => r.label),
        subset.map(pick),
        l,
      ),
    ),
  );

for (const [name, subset] of [
  ['tuning half', scored.filter((r) => r.tune)],
  ['held-out half', scored.filter((r) => !r.tune)],
  ['all', scored],
] as const) {
  console.log(
    `${name.padEnd(14)} n=${subset.length}  ours ${f1(subset, (r) => r.ours).toFixed(3)}  vader-sentiment ${f1(subset, (r) => r.theirs).toFixed(3)}`,
  );
}

if (process.argv.includes('--sweep')) {
  const tune = scored.filter((r) => r.tune);
  const band =
    (lo: number, hi: number) =>
    (r: (typeof scored)[number]): Polarity =>
      r.score >= hi ? 'positive' : r.score <= lo ? 'negative' : 'neutral';
  const results: [number, number, number][] = [];
  for (let hi = 0.01; hi <= 0.4; hi += 0.01) {
    for (let lo = -0.01; lo >= -0.4; lo -= 0.01) results.push([lo, hi, f1(tune, band(lo, hi))]);
  }
  results.sort((a, b) => b[2] - a[2]);
  for (const [lo, hi, f] of results.slice(0, 8))
    console.log(`  neg ≤ ${lo.toFixed(2)}  pos ≥ ${hi.toFixed(2)}  ${f.toFixed(4)}`);
}

if (process.argv.includes('--errors')) {
  for (const r of scored.filter((x) => x.tune && x.ours !== x.label).slice(0, 80)) {
    console.log(`${r.label.slice(0, 3)} ${r.ours.slice(0, 3)} ${r.score.toFixed(2)}  ${r.text.slice(0, 120)}`);
  }
}

if (process.argv.includes('--confusion')) {
  for (const who of ['ours', 'theirs'] as const) {
    console.log(who, 'gold\\pred', LABELS.join(' '));
    for (const g of LABELS) {
      console.log(
        `  ${g.padEnd(9)}`,
        LABELS.map((p) => scored.filter((r) => r.tune && r.label === g && r[who] === p).length).join(' '),
      );
    }
  }
}
