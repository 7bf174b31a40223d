// Facebook UI strings the adapter may compare against, per locale (German first). Facebook localises every
// aria-label, so these are only fallbacks behind structure and URL parameters (see selectors.ts).

export interface FacebookStrings {
  /** Prefix of the top-level composer's aria-label/placeholder, followed by the account name. */
  commentAs: string;
  /** Start of a comment article's aria-label, followed by the author's name and the time. */
  commentBy: string;
  /** A reply article's aria-label: captures the author; the label names the parent comment's author. */
  replyBy: RegExp;
  /** aria-label of the menu on items the viewer may edit: the page's own sign that an item is the user's. */
  ownItemMenu: string;
}

/**
 * de: NOT verified against live Facebook (no public source has German labels, selectors.md §2/§6); these are
 * educated guesses and only matter when structure and URLs fail. en: CRM fixtures and selectors, 2026-09-25/26.
 */
export const STRINGS: Record<'de' | 'en', FacebookStrings> = {
  de: {
    commentAs: 'Kommentieren als ',
    commentBy: 'Kommentar von ',
    replyBy: /^Antwort von (.+?) auf (?:den|einen) Kommentar von /,
    ownItemMenu: 'Bearbeiten oder löschen',
  },
  en: {
    commentAs: 'Comment as ',
    commentBy: 'Comment by ',
    replyBy: /^Reply by (.+?) to /,
    ownItemMenu: 'Edit or delete this',
  },
};

export const LOCALES = Object.values(STRINGS);
