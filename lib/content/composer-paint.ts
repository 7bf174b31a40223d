// What the layer draws for one composer in a frame: its box, verdict, findings as the UI shows them, and the boxes of
// the flagged words (underlined in our closed layer, never in the editor or in anything the page can read).
import type { Finding, Severity } from '../analysis/types';
import { describeFinding } from '../i18n/findings/index';
import { DRAFT_ANALYSED_CHARS } from '../limits';
import type { Composer } from './composer';
import type { Box, ComposerView, FindingView, MarkView, UnreadView } from './composer-view';
import type { DraftVerdict } from './draft-verdict';

export interface PaintState {
  composer: Composer;
  verdict: DraftVerdict;
  /** The verdict's findings as the UI shows them, kept while verdict and language stay (paints come on scroll). */
  views: { verdict: DraftVerdict; lang: 'de' | 'en'; findings: FindingView[] } | null;
  open: boolean;
  stopped: boolean;
  /** The rule silenced from this box's list, until the list closes or the user undoes it. */
  silenced: string | null;
}

/** Null when there is nothing to draw: the box has no size, or it is empty and the user is elsewhere. */
export function composerView(
  state: PaintState,
  lang: 'de' | 'en',
  focused: boolean,
  guarded: boolean,
  unread: UnreadView | null,
): ComposerView | null {
  const { composer } = state;
  const rect = composer.element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return null;
  const active = focused || state.open || state.stopped;
  if (!active && composer.text.trim() === '') return null;
  const box = { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
  return {
    id: composer.id,
    kind: composer.kind,
    box,
    verdict: state.verdict.verdict,
    findings: findingViews(state, lang),
    marks: markViews(composer, state.verdict.findings, box),
    truncated: composer.truncated ? DRAFT_ANALYSED_CHARS : null,
    open: state.open,
    stopped: state.stopped,
    guarded,
    silenced: state.silenced,
    unread,
  };
}

/** The flagged words' line boxes, relative to the editable's box (the layer clips them to it, as the editor does). */
function markViews(composer: Composer, findings: readonly Finding[], box: Box): MarkView[] {
  const spans = findings.filter((f) => f.end > f.start);
  if (spans.length === 0) return [];
  const bySeverity = new Map<Severity, Box[]>();
  composer.driver.rangesForSpans(composer.element, spans).forEach((range, i) => {
    const severity = spans[i]?.severity;
    if (!range || !severity) return;
    const rects = bySeverity.get(severity) ?? [];
    for (const r of range.getClientRects()) {
      if (r.width === 0) continue;
      rects.push({ top: r.top - box.top, left: r.left - box.left, width: r.width, height: r.height });
    }
    bySeverity.set(severity, rects);
  });
  return [...bySeverity].map(([severity, rects]) => ({ severity, rects }));
}

function findingViews(state: PaintState, lang: 'de' | 'en'): FindingView[] {
  const { verdict } = state;
  if (state.views?.verdict !== verdict || state.views.lang !== lang) {
    state.views = { verdict, lang, findings: verdict.findings.map((f, index) => findingView(f, index, lang)) };
  }
  return state.views.findings;
}

function findingView(finding: Finding, index: number, lang: 'de' | 'en'): FindingView {
  return {
    index,
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    actual: finding.actual,
    message: describeFinding(lang, finding),
    suggestions: finding.suggestions,
    confidence: finding.confidence,
  };
}
