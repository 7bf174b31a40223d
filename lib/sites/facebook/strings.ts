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

export type FacebookLocale = 'de' | 'en' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl';

/**
 * en: CRM fixtures and selectors, 2026-09-25/26. Everything else is NOT verified against live Facebook (no public
 * source has those labels, selectors.md §2/§6), except that Dutch comment articles carry "Opmerking" in their
 * aria-label (DISREX facebook-comment-scraper.user.js getCurrentCommentCount, 2025-10). The other words are
 * Facebook-style translations of the English labels: educated guesses that only matter when structure and URLs
 * fail. Each is anchored at the start of the label, so a wrong guess matches nothing rather than something else.
 */
export const STRINGS: Record<FacebookLocale, FacebookStrings> = {
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
  fr: {
    commentAs: 'Commenter en tant que ',
    commentBy: 'Commentaire de ',
    replyBy: /^Réponse de (.+?) (?:à|au) (?:un |le )?commentaire de /,
    ownItemMenu: 'Modifier ou supprimer ceci',
  },
  es: {
    commentAs: 'Comentar como ',
    commentBy: 'Comentario de ',
    replyBy: /^Respuesta de (.+?) al? (?:un )?comentario de /,
    ownItemMenu: 'Editar o eliminar esto',
  },
  it: {
    commentAs: 'Commenta come ',
    commentBy: 'Commento di ',
    replyBy: /^Risposta di (.+?) al? (?:un )?commento di /,
    ownItemMenu: 'Modifica o elimina',
  },
  pt: {
    commentAs: 'Comentar como ',
    commentBy: 'Comentário de ',
    replyBy: /^Resposta de (.+?) (?:a|ao) (?:um )?comentário de /,
    ownItemMenu: 'Editar ou excluir isto',
  },
  nl: {
    commentAs: 'Reageren als ',
    commentBy: 'Opmerking van ',
    replyBy: /^(?:Antwoord|Reactie) van (.+?) op (?:de |een )?(?:opmerking|reactie) van /,
    ownItemMenu: 'Bewerken of verwijderen',
  },
  pl: {
    commentAs: 'Skomentuj jako ',
    commentBy: 'Komentarz użytkownika ',
    replyBy: /^Odpowiedź użytkownika (.+?) na komentarz użytkownika /,
    ownItemMenu: 'Edytuj lub usuń',
  },
};

export const LOCALES = Object.values(STRINGS);
