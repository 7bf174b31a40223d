// Generalisation figures for the promotional detector. YouTube Spam Collection (CC BY 4.0; Alberto, Lochter &
// Almeida, ICMLA 2015): leave-one-video-out, i.e. for each video the figures on the other two (what a tuner may
// look at) beside the figures on it (held out), then the whole set. VADER tweets (MIT; Hutto & Gilbert 2014):
// ordinary tweets, none of them spam, so every flag is a false positive; the rate must stay low.
// Run: npx tsx scripts/lexicons/promotional-split.ts [--errors <video>[,<video>]] [--vader]
//   --errors Psy,KatyPerry  prints misses and false alarms of those videos only (tune on two, never on the third)
//   --vader                 prints the flagged tweets with their findings
import { analyze } from '../../lib/analysis/index';
import { loadVaderTweets, loadYoutubeSpam } from '../eval/data';
import { classFigures } from '../eval/measures';

const rows = loadYoutubeSpam();
const results = rows.map((r) => analyze(r.text, { mode: 'item', langHint: 'en' }));
const predicted = results.map((r) => r.promotional.flagged);
const groups = [...new Set(rows.map((r) => r.group))];
const short = (g: string) => g.replace(/^Youtube\d+-/, '');

function figures(keep: (group: string) => boolean) {
  const idx = rows.flatMap((r, i) => (keep(r.group) ? [i] : []));
  const f = classFigures(
    idx.map((i) => rows[i]?.label),
    idx.map((i) => predicted[i]),
    true,
  );
  return { ...f, n: idx.length };
}
const fmt = (f: ReturnType<typeof figures>) =>
  `F1 ${f.f1.toFixed(3)}  P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}  (n=${String(f.n).padEnd(4)})`;

console.log('Leave one video out (tuned on the other two, measured on the held-out one)');
for (const held of groups) {
  const rest = groups.filter((g) => g !== held).map(short);
  const train = figures((g) => g !== held);
  const test = figures((g) => g === held);
  console.log(
    `  held out ${short(held).padEnd(10)} tune ${rest.join('+').padEnd(16)} ${fmt(train)}   held-out ${fmt(test)}`,
  );
}
console.log(`  all ${' '.repeat(38)} ${fmt(figures(() => true))}`);

const tweets = loadVaderTweets();
const tweetResults = tweets.map((t) => analyze(t.text, { mode: 'item', langHint: 'en' }));
const flaggedTweets = tweetResults.flatMap((r, i) => (r.promotional.flagged ? [i] : []));
const withLink = tweets.filter((t) => /https?:\/\/|www\./.test(t.text)).length;
console.log(
  `\nVADER tweets (no spam): ${flaggedTweets.length} of ${tweets.length} flagged = ${((100 * flaggedTweets.length) / tweets.length).toFixed(2)} % (${withLink} carry a link)`,
);

const promoFindings = (r: (typeof results)[number]) =>
  r.findings
    .filter((f) => f.category === 'promotional' || f.category === 'spam')
    .map((f) => `${f.ruleId}:${f.confidence}:"${f.actual.slice(0, 40)}"`)
    .join(' | ');

const errorsArg = process.argv.indexOf('--errors');
if (errorsArg >= 0) {
  const wanted = (process.argv[errorsArg + 1] ?? '').split(',').map((s) => s.toLowerCase());
  for (const [i, r] of rows.entries()) {
    if (!wanted.includes(short(r.group).toLowerCase()) || r.label === predicted[i]) continue;
    const res = results[i] as (typeof results)[number];
    console.log(
      `\n${r.label ? 'MISS' : 'FALSE'} ${short(r.group)} ${res.promotional.score} ${JSON.stringify(r.text.slice(0, 300))}\n   ${promoFindings(res)}`,
    );
  }
}
if (process.argv.includes('--vader')) {
  for (const i of flaggedTweets) {
    const res = tweetResults[i] as (typeof tweetResults)[number];
    console.log(`\n${res.promotional.score} ${JSON.stringify(tweets[i]?.text)}\n   ${promoFindings(res)}`);
  }
}
