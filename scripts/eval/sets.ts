// The three evaluations, as functions of an analyze() implementation: printed by npm run eval and asserted by
// targets.test.ts, so a change that costs accuracy fails the tests instead of going unnoticed.
import vader from 'vader-sentiment';
import type { analyze as AnalyzeFn } from '../../lib/analysis/index';
import { TONE_TUNING_DE } from '../lexicons/sentiment-de-tuning';
import { loadGermEval, loadGermEval2017, loadVaderTweets, loadYoutubeSpam, type Polarity } from './data';
import { accuracy, type ClassFigures, classFigures, macroF1 } from './measures';

export interface SetReport {
  name: string;
  figures: ClassFigures[];
  accuracy: number;
  macroF1: number;
  /** Figures per part of the set (per video for YouTube). */
  parts: { name: string; spam: ClassFigures }[];
}

export function youtubeSpam(analyze: typeof AnalyzeFn): SetReport {
  const rows = loadYoutubeSpam();
  const predicted = rows.map((r) => analyze(r.text, { mode: 'item', langHint: 'en' }).promotional.flagged);
  const gold = rows.map((r) => r.label);
  const figures = [
    { ...classFigures(gold, predicted, true), label: 'spam' },
    { ...classFigures(gold, predicted, false), label: 'ham' },
  ];
  const parts = [...new Set(rows.map((r) => r.group))].map((group) => {
    const idx = rows.flatMap((r, i) => (r.group === group ? [i] : []));
    return {
      name: group,
      spam: classFigures(
        idx.map((i) => gold[i]),
        idx.map((i) => predicted[i]),
        true,
      ),
    };
  });
  return {
    name: `YouTube spam (${rows.length} comments)`,
    figures,
    accuracy: accuracy(gold, predicted),
    macroF1: macroF1(figures),
    parts,
  };
}

export function germEval(analyze: typeof AnalyzeFn): SetReport {
  const rows = loadGermEval();
  const predicted = rows.map((r) =>
    analyze(r.text, { mode: 'item', langHint: 'de' }).hostile.flagged ? 'OFFENSE' : 'OTHER',
  );
  const gold = rows.map((r) => r.label);
  const figures = [classFigures(gold, predicted, 'OFFENSE'), classFigures(gold, predicted, 'OTHER')];
  return {
    name: `GermEval 2018 training set (${rows.length} tweets)`,
    figures,
    accuracy: accuracy(gold, predicted),
    macroF1: macroF1(figures),
    parts: [],
  };
}

const LABELS: Polarity[] = ['positive', 'neutral', 'negative'];
const vaderLabel = (text: string): Polarity => {
  const c = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
  return c >= 0.05 ? 'positive' : c <= -0.05 ? 'negative' : 'neutral';
};

export function vaderTweets(analyze: typeof AnalyzeFn): { ours: SetReport; baseline: SetReport } {
  const rows = loadVaderTweets();
  const gold = rows.map((r) => r.label);
  const report = (name: string, predicted: Polarity[]): SetReport => {
    const figures = LABELS.map((l) => classFigures(gold, predicted, l));
    return { name, figures, accuracy: accuracy(gold, predicted), macroF1: macroF1(figures), parts: [] };
  };
  return {
    ours: report(
      `VADER tweets (${rows.length}), Listen First tone`,
      rows.map((r) => analyze(r.text, { mode: 'item', langHint: 'en' }).tone.label),
    ),
    baseline: report(
      'vader-sentiment package (compound ±0.05)',
      rows.map((r) => vaderLabel(r.text)),
    ),
  };
}

/** GermEval 2017 development set, document polarity: aggregate figures only (the set is evaluation-only). */
export function germEval2017Sentiment(analyze: typeof AnalyzeFn): SetReport {
  const rows = loadGermEval2017();
  const gold = rows.map((r) => r.label);
  const predicted = rows.map((r) => analyze(r.text, { mode: 'item', langHint: 'de' }).tone.label);
  const figures = LABELS.map((l) => classFigures(gold, predicted, l));
  return {
    name: `GermEval 2017 development set (${rows.length} documents), tone`,
    figures,
    accuracy: accuracy(gold, predicted),
    macroF1: macroF1(figures),
    parts: [],
  };
}

const SIGN: Record<string, Polarity> = { '+': 'positive', '0': 'neutral', '-': 'negative' };

/** The project's own German tone tuning set (scripts/lexicons/sentiment-de-tuning.ts), all lines. */
export function germanTuning(analyze: typeof AnalyzeFn): SetReport {
  const rows = TONE_TUNING_DE.split('\n').filter((line) => /^[-+0] /.test(line));
  const gold = rows.map((line) => SIGN[line[0] as string] as Polarity);
  const predicted = rows.map((line) => analyze(line.slice(2), { mode: 'item', langHint: 'de' }).tone.label);
  const figures = LABELS.map((l) => classFigures(gold, predicted, l));
  return {
    name: `German tone tuning set (${rows.length} comments written for Listen First)`,
    figures,
    accuracy: accuracy(gold, predicted),
    macroF1: macroF1(figures),
    parts: [],
  };
}
