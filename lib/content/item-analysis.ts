// What Listen First notes about one comment of a thread: its tone and the flags a community manager triages by
// (hostile, promotional or spam, complaint, question, watchlist). Computed once per item text.
import { analyze } from '../analysis/index';
import type { Sensitivity, ToneLabel } from '../analysis/types';
import type { StoredItemFlags } from '../db/schema';
import type { ThreadItem } from '../sites/types';

/** The triage flags of an item, as the history stores them. */
export type ItemFlags = StoredItemFlags;

export interface AnalysedItem extends ThreadItem {
  /** The comment was longer than the limit: only its start was analysed and is stored. */
  truncated?: true;
  tone: ToneLabel;
  toneScore: number;
  flags: ItemFlags;
}

export interface ItemOptions {
  langHint?: string;
  watchlist?: readonly string[];
  /** Switched-off rule families: a hostile or promotional badge needs a rule that still runs. */
  disabledRules?: readonly string[];
  sensitivity?: Sensitivity;
}

export function analyseItem(item: ThreadItem, options: ItemOptions): AnalysedItem {
  const result = analyze(item.text, {
    mode: 'item',
    ...(options.langHint ? { langHint: options.langHint } : {}),
    ...(options.watchlist?.length ? { watchlist: [...options.watchlist] } : {}),
    ...(options.disabledRules?.length ? { disabledRules: options.disabledRules } : {}),
    ...(options.sensitivity ? { sensitivity: options.sensitivity } : {}),
  });
  return {
    ...item,
    tone: result.tone.label,
    toneScore: result.tone.score,
    flags: {
      hostile: result.hostile.flagged,
      promotional: result.promotional.flagged,
      complaint: result.isComplaint,
      question: result.isQuestion,
      watchlist: result.watchlist,
    },
  };
}

/** The flags worth a badge, most important first. */
export function notableFlags(flags: ItemFlags): ('hostile' | 'promotional' | 'complaint' | 'question' | 'watchlist')[] {
  const out: ('hostile' | 'promotional' | 'complaint' | 'question' | 'watchlist')[] = [];
  if (flags.hostile) out.push('hostile');
  if (flags.promotional) out.push('promotional');
  if (flags.complaint) out.push('complaint');
  if (flags.question) out.push('question');
  if (flags.watchlist.length) out.push('watchlist');
  return out;
}
