// Benchmarks of the analysis engine: per-call time by language and length beside vader-sentiment, a 1,000-comment
// thread end to end, heap growth, adversarial inputs (catastrophic backtracking would show here), bundle size.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import vader from 'vader-sentiment';
import type { analyze as AnalyzeFn } from '../../lib/analysis/index';
import type { installWeights as InstallFn, uninstallWeights as UninstallFn } from '../../lib/analysis/models/store';
import { WEIGHTS_FILE } from '../train/files';
import { figure, slug } from './figures';
import { kb, ms, timeCalls, us } from './stats';
import { textOf, threadOf } from './texts';

/**
 * The engine is measured as it ships: one minified bundle (as in the content scripts), not the TypeScript
 * sources through a loader, whose extra indirection made every figure 1.5–2.5x slower.
 */
interface Engine {
  analyze: typeof AnalyzeFn;
  installWeights: typeof InstallFn;
  uninstallWeights: typeof UninstallFn;
}

async function bundledEngine(): Promise<Engine & { raw: number; gzip: number }> {
  const bundle = await build({
    // The engine and the store of its models, in one bundle so both share one module instance.
    stdin: {
      contents:
        "export { analyze } from './lib/analysis/index'; export { installWeights, uninstallWeights } from './lib/analysis/models/store';",
      resolveDir: resolve(import.meta.dirname, '../..'),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    charset: 'ascii',
    write: false,
  });
  const code = bundle.outputFiles[0]?.contents ?? new Uint8Array();
  const dir = resolve(import.meta.dirname, '../../.output/bench');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, 'analysis.mjs');
  writeFileSync(file, code);
  const engine = (await import(pathToFileURL(file).href)) as Engine;
  return { ...engine, raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function runAnalysisBench(): Promise<void> {
  const { analyze, installWeights, uninstallWeights, raw, gzip } = await bundledEngine();
  const weights = new Uint8Array(readFileSync(WEIGHTS_FILE));
  const gc0 = (globalThis as { gc?: () => void }).gc;
  gc0?.();
  const heapBefore = process.memoryUsage().heapUsed;
  installWeights(weights);
  analyze('warm');
  gc0?.();
  const modelHeap = process.memoryUsage().heapUsed - heapBefore;
  console.log('\n== Learned layer: cost of the models on top of the rules (same texts, one run)');
  console.log(
    `${'text'.padEnd(16)} ${'rules only'.padStart(11)} ${'with models'.padStart(11)} ${'models per 100 ch'.padStart(18)}`,
  );
  for (const lang of ['de', 'en'] as const) {
    for (const length of [100, 280, 2000]) {
      const texts = Array.from({ length: 16 }, (_, i) => textOf(lang, length, i));
      const calls = length > 1000 ? 2000 : 10000;
      uninstallWeights();
      let i = 0;
      const rulesOnly = timeCalls(() => analyze(texts[i++ % texts.length] ?? ''), calls);
      installWeights(weights);
      let j = 0;
      const withModels = timeCalls(() => analyze(texts[j++ % texts.length] ?? ''), calls);
      const modelsPer100 = (Math.max(0, withModels.median - rulesOnly.median) * 100) / length;
      figure('analysis', `analysis.rules_only.median.${lang}.${length}`, rulesOnly.median, 'µs');
      figure('analysis', `analysis.models.per_100ch.${lang}.${length}`, modelsPer100, 'µs');
      console.log(
        `${`${lang} ${length} chars`.padEnd(16)} ${us(rulesOnly.median)} ${us(withModels.median)} ${us(modelsPer100).padStart(18)}`,
      );
    }
  }
  figure('analysis', 'analysis.models.weights_file', weights.length / 1024, 'KB');
  figure('analysis', 'analysis.models.heap', modelHeap / 1024, 'KB');
  console.log(
    `weights file ${kb(weights.length)}, heap after installing it ${kb(modelHeap)} (loaded once per tab from the background; not in the page script)`,
  );
  console.log(
    '\n== Analysis engine (rules + models): analyze() per call (median / p95), beside vader-sentiment on the same texts',
  );
  console.log(
    `${'text'.padEnd(16)} ${'median'.padStart(11)} ${'p95'.padStart(11)} ${'per 100 ch'.padStart(11)}   vader median   ratio`,
  );
  for (const lang of ['de', 'en'] as const) {
    for (const length of [100, 280, 2000]) {
      const texts = Array.from({ length: 16 }, (_, i) => textOf(lang, length, i));
      let i = 0;
      const ours = timeCalls(() => analyze(texts[i++ % texts.length] ?? ''), length > 1000 ? 2000 : 10000);
      let j = 0;
      const theirs = timeCalls(
        () => vader.SentimentIntensityAnalyzer.polarity_scores(texts[j++ % texts.length] ?? ''),
        length > 1000 ? 500 : 3000,
      );
      const per100 = (ours.median * 100) / length;
      figure('analysis', `analysis.analyze.median_per_100ch.${lang}.${length}`, per100, 'µs', 20);
      figure('analysis', `analysis.analyze.median.${lang}.${length}`, ours.median, 'µs');
      figure('analysis', `analysis.analyze.p95.${lang}.${length}`, ours.p95, 'µs');
      figure('analysis', `analysis.vader.median.${lang}.${length}`, theirs.median, 'µs');
      console.log(
        `${`${lang} ${length} chars`.padEnd(16)} ${us(ours.median)} ${us(ours.p95)} ${us(per100)}   ${us(theirs.median)}   ${(theirs.median / ours.median).toFixed(1)}x faster`,
      );
    }
  }

  const comments = threadOf(1000);
  const thread = { items: comments.map((text) => ({ text })) };
  const passes: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    const start = performance.now();
    for (const text of comments) analyze(text, { mode: 'item' });
    passes.push(performance.now() - start);
  }
  const warm = [...passes.slice(1)].sort((a, b) => a - b);
  const draftStart = performance.now();
  analyze('Danke für eure Hinweise! Wir prüfen das heute.', { mode: 'draft', thread, replyTo: thread.items[5] });
  const draftMs = performance.now() - draftStart;
  const warmMedian = ((warm[1] ?? 0) + (warm[2] ?? 0)) / 2;
  figure('analysis', 'analysis.thread_1000.first_pass', passes[0] ?? 0, 'ms');
  figure('analysis', 'analysis.thread_1000.warm_median', warmMedian, 'ms', 50);
  figure('analysis', 'analysis.thread_1000.draft_against_thread', draftMs, 'ms');
  console.log(
    `\n1,000-comment thread (${Math.round(comments.join('').length / 1000)} chars each on average), every comment analysed:` +
      `\n  first pass ${ms(passes[0] ?? 0)}, warm median ${ms(warmMedian)}` +
      `\n  a draft checked against the whole thread (reads all 1,000 items once) ${ms(draftMs)}`,
  );

  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  for (let round = 0; round < 20; round++) for (const text of comments) analyze(text);
  gc?.();
  const growth = process.memoryUsage().heapUsed - before;
  figure('analysis', 'analysis.heap_growth_20k_calls', growth / 1024, 'KB');
  console.log(
    `heap growth after 20,000 calls: ${kb(growth)}${gc ? '' : ' (run with --expose-gc for a settled figure)'}`,
  );

  console.log('\nAdversarial inputs: time at 256 KB and at 1 MB (about 4x is linear; quadratic would be 16x)');
  const KB = 1024;
  const adversarial: [string, (size: number) => string][] = [
    ['dotted labels a.a.a…', (n) => 'a.'.repeat(n / 2)],
    ['at signs a@a@a…', (n) => 'a@'.repeat(n / 2)],
    ['digits and commas', (n) => '1,'.repeat(n / 2)],
    ['one long word', (n) => 'x'.repeat(n)],
    ['emoji with joiners', (n) => '👨‍👩‍👧'.repeat(n / 8)],
    ['zero-width + combining', (n) => 'e\u0301\u200b'.repeat(n / 3)],
    ['exclamation run', (n) => '!'.repeat(n)],
    ['url-ish www.www.', (n) => 'www.'.repeat(n / 4)],
    ['repeated insult phrase', (n) => 'du Vollidiot '.repeat(n / 13)],
    ['mixed sentences', (n) => textOf('de', n)],
  ];
  for (const [name, make] of adversarial) {
    const timeOf = (text: string) => {
      const t0 = performance.now();
      analyze(text);
      return performance.now() - t0;
    };
    const small = timeOf(make(256 * KB));
    const large = timeOf(make(1024 * KB));
    figure('analysis', `analysis.adversarial.${slug(name)}.256kb`, small, 'ms');
    figure('analysis', `analysis.adversarial.${slug(name)}.1mb`, large, 'ms');
    console.log(`  ${name.padEnd(26)} ${ms(small)} ${ms(large)}   x${(large / Math.max(small, 0.01)).toFixed(1)}`);
  }

  figure('analysis', 'analysis.bundle.raw', raw / 1024, 'KB');
  figure('analysis', 'analysis.bundle.gzip', gzip / 1024, 'KB');
  console.log(`\nAnalysis bundle (code + word lists + language detector): ${kb(raw)} raw, ${kb(gzip)} gzip`);
  contentScriptSizes();
}

/** Each site's content script as built (npm run build), gzip level 9 as in scripts/size-report.ts; target ≤ 150 KB. */
function contentScriptSizes(): void {
  const dir = resolve(import.meta.dirname, '../../.output/chrome-mv3/content-scripts');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
  if (files.length === 0) {
    console.log('Content scripts: not built (npm run build), no sizes');
    return;
  }
  console.log('Content scripts as built (target ≤ 150 KB gzip each):');
  for (const file of files.sort()) {
    const data = readFileSync(resolve(dir, file));
    const gz = gzipSync(data, { level: 9 }).length;
    figure('analysis', `analysis.content_script.gzip.${slug(basename(file, '.js'))}`, gz / 1024, 'KB', 150);
    console.log(`  ${file.padEnd(16)} ${kb(data.length).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
  }
}
