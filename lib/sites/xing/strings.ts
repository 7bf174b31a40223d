// Xing UI text the adapter must recognise, per locale (German is Xing's default, English lives under /en).
// Kept as tables so no localised string is hard-coded in selectors or readers. All of it is guessed (2026-11).
export type XingLocale = 'de' | 'en' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl';

export interface XingStrings {
  /** aria-label of the comments region below a post (guessed). */
  comments: string;
  /** Button that loads further replies of a comment (guessed; the runtime may click or watch it). */
  moreReplies: string;
  /** Prefix of the top bar's own profile image alt text, before the member's name (guessed). */
  profileImageAltPrefix: string;
}

// Xing's UI today is German or English only (localeOfPath); fr, es, it, pt, nl, pl are translations kept so a
// page in another language (an older or future UI) still matches. They are guesses like the rest: unverified.
export const STRINGS: Record<XingLocale, XingStrings> = {
  de: {
    comments: 'Kommentare',
    moreReplies: 'Weitere Antworten anzeigen',
    profileImageAltPrefix: 'Profilbild von',
  },
  en: {
    comments: 'Comments',
    moreReplies: 'Show more replies',
    profileImageAltPrefix: 'Profile picture of',
  },
  fr: {
    comments: 'Commentaires',
    moreReplies: 'Afficher plus de réponses',
    profileImageAltPrefix: 'Photo de profil de',
  },
  es: {
    comments: 'Comentarios',
    moreReplies: 'Mostrar más respuestas',
    profileImageAltPrefix: 'Foto de perfil de',
  },
  it: {
    comments: 'Commenti',
    moreReplies: 'Mostra altre risposte',
    profileImageAltPrefix: 'Immagine del profilo di',
  },
  pt: {
    comments: 'Comentários',
    moreReplies: 'Mostrar mais respostas',
    profileImageAltPrefix: 'Foto de perfil de',
  },
  nl: {
    comments: 'Reacties',
    moreReplies: 'Meer reacties weergeven',
    profileImageAltPrefix: 'Profielfoto van',
  },
  pl: {
    comments: 'Komentarze',
    moreReplies: 'Pokaż więcej odpowiedzi',
    profileImageAltPrefix: 'Zdjęcie profilowe',
  },
};

export const LOCALES = Object.keys(STRINGS) as XingLocale[];

/** Xing serves English under /en/...; everything else is the German default. */
export function localeOfPath(pathname: string): 'de' | 'en' {
  return /^\/en(\/|$)/.test(pathname) ? 'en' : 'de';
}

/** One string in every locale, for selectors that must match whichever UI language the page has. */
export function allLocales(key: keyof XingStrings): string[] {
  return LOCALES.map((l) => STRINGS[l][key]);
}

/** The member name from a profile image alt ("Profilbild von Jana Beispiel" -> "Jana Beispiel"). */
export function nameFromProfileAlt(alt: string): string {
  const trimmed = alt.trim();
  for (const prefix of allLocales('profileImageAltPrefix')) {
    if (trimmed.toLowerCase().startsWith(prefix.toLowerCase())) return trimmed.slice(prefix.length).trim();
  }
  return trimmed;
}
