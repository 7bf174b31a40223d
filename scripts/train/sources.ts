// The texts each model learns from, with their labels: only licence-clean sets (../shared/data README) and the
// project's own corpus (corpus/). Evaluation-only sets are never read here; scripts/eval reads those.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ModelFamily, ModelLang } from '../../lib/analysis/models/format';
import { DATA_DIR, decodeHtml, loadGermEval, loadVaderTweets, loadYoutubeSpam, parseCsv } from '../eval/data';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../corpus');

export interface Row {
  text: string;
  label: 0 | 1;
  /** Where the row came from: a data set, a corpus file, a video. For cross-source figures. */
  source: string;
  /** The corpus's sub-kind of the row (corpus files only). */
  kind?: string;
}

/** GermEval 2018 training set (CC BY 4.0): OFFENSE is hostile. */
export function loadGermEval2018(): Row[] {
  return loadGermEval().map((r) => ({
    text: r.text,
    label: r.label === 'OFFENSE' ? 1 : 0,
    source: 'germeval2018-train',
  }));
}

/** Davidson et al. 2017 (MIT): hate speech (0) and offensive (1) are both hostile; neither (2) is not. */
export function loadDavidson(): Row[] {
  const [header, ...rows] = parseCsv(readFileSync(join(DATA_DIR, 'davidson2017/labeled_data.csv'), 'utf8'));
  const cls = header?.indexOf('class') ?? -1;
  const tweet = header?.indexOf('tweet') ?? -1;
  return rows.map((r) => ({ text: decodeHtml(r[tweet] ?? ''), label: r[cls] === '2' ? 0 : 1, source: 'davidson2017' }));
}

/**
 * The project's own corpus: corpus/<dir>/<lang>-<class>[-part].tsv, `kind<TAB>text` after a header; the class
 * "promo" or "hostile" is the positive one ("ordinary", "civil" the negative).
 */
export function loadCorpus(dir: string, lang: ModelLang): Row[] {
  const folder = join(CORPUS_DIR, dir);
  return readdirSync(folder)
    .filter((f) => f.startsWith(`${lang}-`) && f.endsWith('.tsv'))
    .sort()
    .flatMap((file) => {
      const label = /^[a-z]{2}-(promo|hostile)/.test(file) ? 1 : 0;
      return readFileSync(join(folder, file), 'utf8')
        .split('\n')
        .slice(1)
        .filter((line) => line.includes('\t'))
        .map((line) => ({
          text: line.slice(line.indexOf('\t') + 1).trim(),
          label: label as 0 | 1,
          source: file,
          kind: line.slice(0, line.indexOf('\t')),
        }));
    });
}

/** The held-out drafts (corpus/heldout/*.tsv, `label<TAB>text`): written apart from the training corpus, never trained on. */
export function loadHeldout(file: string): Row[] {
  return readFileSync(join(CORPUS_DIR, 'heldout', file), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const [label = '', ...rest] = line.split('\t');
      return { text: rest.join('\t').trim(), label: label === 'promo' ? 1 : 0, source: file };
    });
}

/**
 * The project's hostile comments as the hostile models learn them: condescension ("Lern erstmal lesen") is the
 * know-it-all rule's category (condescending, a caution), not hostility, so those rows are left out of both classes.
 */
export function hostileCorpus(lang: ModelLang): Row[] {
  return loadCorpus('hostile', lang).filter((r) => r.kind !== 'condescension');
}

export interface ModelSpec {
  family: ModelFamily;
  lang: ModelLang;
  bits: number;
  rows: () => Row[];
  /** The data files the rows come from, for the data hash. */
  files: () => string[];
}

const corpusFiles = (lang: ModelLang, dir = 'promotional') =>
  readdirSync(join(CORPUS_DIR, dir))
    .filter((f) => f.startsWith(`${lang}-`) && f.endsWith('.tsv'))
    .sort()
    .map((f) => join(CORPUS_DIR, dir, f));

export const SPECS: ModelSpec[] = [
  {
    family: 'hostile',
    lang: 'de',
    bits: 17,
    rows: () => [...loadGermEval2018(), ...hostileCorpus('de')],
    files: () => [join(DATA_DIR, 'germeval2018-train/germeval2018.training.txt'), ...corpusFiles('de', 'hostile')],
  },
  {
    family: 'hostile',
    lang: 'en',
    bits: 17,
    rows: () => [...loadDavidson(), ...hostileCorpus('en')],
    files: () => [join(DATA_DIR, 'davidson2017/labeled_data.csv'), ...corpusFiles('en', 'hostile')],
  },
  {
    family: 'promotional',
    lang: 'de',
    bits: 17,
    rows: () => [
      ...loadCorpus('promotional', 'de'),
      // Everyday German that advertises nothing: tweets (GermEval 2018, CC BY 4.0) and our own hostile and civil
      // comments. Without them the model saw ads against a few hard negatives only, and took any brand's voice
      // ("wir melden uns heute noch") for advertising.
      ...loadGermEval2018().map((r) => ({ ...r, label: 0 as const })),
      ...loadCorpus('hostile', 'de').map((r) => ({ ...r, label: 0 as const })),
    ],
    files: () => [
      ...corpusFiles('de'),
      join(DATA_DIR, 'germeval2018-train/germeval2018.training.txt'),
      ...corpusFiles('de', 'hostile'),
    ],
  },
  {
    family: 'promotional',
    lang: 'en',
    bits: 17,
    rows: () => [
      ...loadCorpus('promotional', 'en'),
      ...loadYoutubeSpam().map((r) => ({ text: r.text, label: (r.label ? 1 : 0) as 0 | 1, source: r.group })),
      // Ordinary tweets, none of them spam (VADER ground truth, MIT), and our own hostile and civil comments: what
      // everyday English looks like.
      ...loadVaderTweets().map((r) => ({ text: r.text, label: 0 as const, source: 'vader-tweets' })),
      ...loadCorpus('hostile', 'en').map((r) => ({ ...r, label: 0 as const })),
    ],
    files: () => [
      ...corpusFiles('en'),
      ...readdirSync(join(DATA_DIR, 'youtube-spam-dev'))
        .filter((f) => f.endsWith('.csv'))
        .sort()
        .map((f) => join(DATA_DIR, 'youtube-spam-dev', f)),
      join(DATA_DIR, 'vader-tweets/tweets_GroundTruth.txt'),
      ...corpusFiles('en', 'hostile'),
    ],
  },
];
