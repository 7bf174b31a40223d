// X's own UI strings that the adapter must recognise, per locale (German first). X localises aria-labels and
// visible text, so nothing here may be matched in one language only. Source: CPFT script.js `locales` table
// (insin/control-panel-for-twitter, 2026-08-17), entries SHOW and SHOW_MORE_REPLIES, for all eight languages.

export type XStringKey = 'showMoreReplies' | 'show';

export type XLocale = 'de' | 'en' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl';

export const X_STRINGS: Record<XLocale, Record<XStringKey, string>> = {
  de: {
    showMoreReplies: 'Mehr Antworten anzeigen',
    show: 'Anzeigen',
  },
  en: {
    showMoreReplies: 'Show more replies',
    show: 'Show',
  },
  fr: {
    showMoreReplies: 'Voir plus de réponses',
    show: 'Afficher',
  },
  es: {
    showMoreReplies: 'Mostrar más respuestas',
    show: 'Mostrar',
  },
  it: {
    showMoreReplies: 'Mostra altre risposte',
    show: 'Mostra',
  },
  pt: {
    showMoreReplies: 'Mostrar mais respostas',
    show: 'Mostrar',
  },
  nl: {
    showMoreReplies: 'Meer antwoorden tonen',
    show: 'Weergeven',
  },
  pl: {
    showMoreReplies: 'Pokaż więcej odpowiedzi',
    show: 'Pokaż',
  },
};

/** True when a control's visible text is the given string in any supported locale. */
export function isXString(text: string, key: XStringKey): boolean {
  const clean = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return Object.values(X_STRINGS).some((table) => table[key].toLowerCase() === clean);
}
