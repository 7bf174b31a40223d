// The history row of one guarded submit, as the content script sends it: what happened, the verdict and findings,
// and the text unless the user keeps statistics only; cut to the limits the background accepts (lib/limits.ts).
import type { DraftOutcome } from '../db/drafts';
import { clip, DRAFT_STORED_CHARS, FINDING_ACTUAL_CHARS, FINDINGS_PER_DRAFT, NAME_CHARS, URL_CHARS } from '../limits';
import type { WireDraft } from '../messaging';
import type { ComposerKind } from './composer';
import type { DraftVerdict } from './draft-verdict';

export interface DraftFacts {
  kind: ComposerKind;
  outcome: DraftOutcome;
  text: string;
  verdict: DraftVerdict;
  lang: string;
  /** The thread the box belongs to; null for a new post or an unrecognised page. */
  threadId: string | null;
  url: string;
  /** The user's choice: 'stats' keeps neither the text nor the flagged words. */
  statsOnly: boolean;
  at: number;
}

export function draftRecord(facts: DraftFacts): WireDraft {
  const { statsOnly } = facts;
  const draft: WireDraft = {
    at: facts.at,
    threadId: facts.kind === 'post' ? null : facts.threadId,
    url: clip(facts.url, URL_CHARS),
    composer: facts.kind,
    outcome: facts.outcome,
    verdict: facts.verdict.verdict,
    findings: facts.verdict.findings.slice(0, FINDINGS_PER_DRAFT).map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      ...(statsOnly || !f.actual ? {} : { actual: clip(f.actual, FINDING_ACTUAL_CHARS) }),
    })),
    chars: facts.text.length,
    lang: clip(facts.lang, NAME_CHARS),
  };
  if (!statsOnly) draft.text = clip(facts.text, DRAFT_STORED_CHARS);
  return draft;
}
