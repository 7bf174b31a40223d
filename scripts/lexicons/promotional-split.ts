// Tuning/held-out figures for the promotional detector on the YouTube Spam Collection (CC BY 4.0; Alberto,
// Lochter & Almeida, ICMLA 2015). Weights in lib/analysis/lexicons/*/promotional.ts were set by hand while
// looking at the Psy and KatyPerry videos only; LMFAO is the held-out part. Run: npx tsx scripts/lexicons/promotional-split.ts
import { analyze } from '../../lib/analysis/index';
import { loadYoutubeSpam } from '../eval/data';
import { classFigures } from '../eval/measures';

const HELD_OUT = 'Youtube03-LMFAO';
const rows = loadYoutubeSpam();
const predicted = rows.map((r) => analyze(r.text, { mode: 'item', langHint: 'en' }).promotional.flagged);

for (const [name, keep] of [
  ['tuning (Psy, KatyPerry)', (g: string) => g !== HELD_OUT],
  ['held-out (LMFAO)', (g: string) => g === HELD_OUT],
  ['all', () => true],
] as const) {
  const idx = rows.flatMap((r, i) => (keep(r.group) ? [i] : []));
  const f = classFigures(
    idx.map((i) => rows[i]?.label),
    idx.map((i) => predicted[i]),
    true,
  );
  console.log(
    `${name.padEnd(24)} n=${String(idx.length).padEnd(5)} spam F1 ${f.f1.toFixed(3)}  P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}`,
  );
}
