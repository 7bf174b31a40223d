// Hostile lexicon report on GermEval 2018 (CC BY 4.0, Wiegand, Siegel & Ruppenhofer 2018): macro-F1 on the tuning
// half (even rows) and the held-out half (odd rows), and which list words fire how often on OFFENSE vs OTHER in the
// tuning half, so weak or misleading entries can be reviewed by hand. Never writes any list itself.
// Usage: npx tsx scripts/lexicons/hostile-report.ts [--words] [--misses N] [--false N]
import { analyze } from '../../lib/analysis/index';
import { loadGermEval } from '../eval/data';
import { classFigures, macroF1 } from '../eval/measures';

const rows = loadGermEval();
const parts = { tuning: rows.filter((_, i) => i % 2 === 0), 'held-out': rows.filter((_, i) => i % 2 === 1) };
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? 0 : Number(process.argv[i + 1] ?? 20);
};

for (const [name, part] of Object.entries(parts)) {
  const results = part.map((r) => analyze(r.text, { mode: 'item', langHint: 'de' }));
  const predicted = results.map((r) => (r.hostile.flagged ? 'OFFENSE' : 'OTHER'));
  const gold = part.map((r) => r.label);
  const figures = [classFigures(gold, predicted, 'OFFENSE'), classFigures(gold, predicted, 'OTHER')];
  const off = figures[0];
  console.log(
    `${name.padEnd(9)} ${part.length} tweets  macro-F1 ${macroF1(figures).toFixed(3)}  OFFENSE P ${off?.precision.toFixed(3)} R ${off?.recall.toFixed(3)}`,
  );
  if (name !== 'tuning') continue;
  if (process.argv.includes('--words')) {
    const counts = new Map<string, [number, number]>();
    for (const [i, r] of results.entries()) {
      const seen = new Set(
        r.findings.filter((f) => f.category === 'hostile').map((f) => `${f.args.kind}:${f.actual.toLowerCase()}`),
      );
      for (const w of seen) {
        const c = counts.get(w) ?? [0, 0];
        c[gold[i] === 'OFFENSE' ? 0 : 1]++;
        counts.set(w, c);
      }
    }
    const sorted = [...counts].sort((a, b) => b[1][1] - a[1][1] || b[1][0] - a[1][0]);
    console.log(sorted.map(([w, [o, n]]) => `${w} ${o}/${n}`).join('\n'));
  }
  const misses = arg('--misses');
  const falses = arg('--false');
  let shownMiss = 0;
  let shownFalse = 0;
  for (const [i, r] of results.entries()) {
    if (gold[i] === 'OFFENSE' && !r.hostile.flagged && shownMiss++ < misses) console.log(`MISS ${part[i]?.text}`);
    if (gold[i] === 'OTHER' && r.hostile.flagged && shownFalse++ < falses)
      console.log(`FALSE ${r.findings.map((f) => f.actual).join('|')} :: ${part[i]?.text}`);
  }
}
