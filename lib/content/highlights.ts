// Marks flagged words in the site's editor with the CSS Custom Highlight API: ranges are registered by name and
// styled by ::highlight(), so the editor's DOM is never touched (no spans, no attributes). Where the API is
// missing (older browsers), findings are still listed in the badge and the card.
import type { Severity } from '../analysis/types';

const NAMES: Record<Severity, string> = {
  warn: 'listen-first-warn',
  caution: 'listen-first-caution',
  info: 'listen-first-info',
};

// The one style we add to the site's document: a constructed sheet (no <style> element in the page).
const CSS_TEXT = `::highlight(listen-first-warn){background-color:rgba(220,38,38,.14);text-decoration:underline wavy #dc2626 1.5px;text-underline-offset:3px}
::highlight(listen-first-caution){background-color:rgba(217,119,6,.12);text-decoration:underline wavy #d97706 1.5px;text-underline-offset:3px}
::highlight(listen-first-info){text-decoration:underline dotted #2563eb 1.5px;text-underline-offset:3px}`;

let sheet: CSSStyleSheet | null = null;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function ensureSheet(): void {
  if (sheet) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS_TEXT);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Replaces all of Listen First's highlights with these ranges (from every composer on the page). */
export function setHighlights(marks: readonly { severity: Severity; range: Range }[]): void {
  if (!highlightsSupported()) return;
  if (marks.length) ensureSheet();
  for (const severity of Object.keys(NAMES) as Severity[]) {
    const ranges = marks.filter((m) => m.severity === severity).map((m) => m.range);
    if (ranges.length) CSS.highlights.set(NAMES[severity], new Highlight(...ranges));
    else CSS.highlights.delete(NAMES[severity]);
  }
}

/** Takes every highlight and the style sheet back out of the page. */
export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  for (const name of Object.values(NAMES)) CSS.highlights.delete(name);
  if (sheet) {
    const ours = sheet;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== ours);
    sheet = null;
  }
}
