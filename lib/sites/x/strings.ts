// X's own UI strings that the adapter must recognise, per locale (German first). X localises aria-labels and
// visible text, so nothing here may be matched in one language only. Source: CPFT getString() table (2026-08-17).

export type XStringKey = 'showMoreReplies' | 'show';

export const X_STRINGS: Record<'de' | 'en', Record<XStringKey, string>> = {
  de: {
    showMoreReplies: 'Mehr Antworten anzeigen',
    show: 'Anzeigen',
  },
  en: {
    showMoreReplies: 'Show more replies',
    show: 'Show',
  },
};

/** True when a control's visible text is the given string in any supported locale. */
export function isXString(text: string, key: XStringKey): boolean {
  const clean = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return Object.values(X_STRINGS).some((table) => table[key].toLowerCase() === clean);
}
